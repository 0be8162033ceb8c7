//! Shared by the examples that take no flags: `-h`/`--help` prints the usage
//! and exits 0; any other argument is an error.

/// Checks the command line of the example `name`: with `-h` or `--help`,
/// prints the usage to stdout and exits 0; with anything else, prints the
/// error and the usage to stderr and exits 2.
pub fn parse(name: &str) {
    use lexopt::prelude::*;
    let usage = format!("usage: {name} [-h|--help]");
    let mut parser = lexopt::Parser::from_env();
    let err = match parser.next() {
        Ok(None) => return,
        Ok(Some(Short('h') | Long("help"))) => {
            println!("{usage}");
            std::process::exit(0);
        }
        Ok(Some(arg)) => arg.unexpected(),
        Err(err) => err,
    };
    eprintln!("{name}: {err}\n{usage}");
    std::process::exit(2);
}
