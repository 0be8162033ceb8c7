//! What the scheduler and executor binaries share: `--help`, and how they
//! end.

use std::process::ExitCode;

/// Why a binary stopped.
pub enum Failure {
    /// A flag it does not know, or a value it cannot read.
    Flags(lexopt::Error),
    /// The server could not start, or stopped with an error.
    Run(String),
}

/// Prints `usage` and ends the process: the answer to `--help`.
pub fn help(usage: &str) -> ! {
    println!("{usage}");
    std::process::exit(0)
}

/// The exit code of the binary `name` that ended with `result`: 2 for bad
/// flags (with the usage), 1 for a server that failed, each with a message.
pub fn exit_code(name: &str, usage: &str, result: Result<(), Failure>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Flags(e)) => {
            eprintln!("{name}: {e}\n{usage}");
            ExitCode::from(2)
        }
        Err(Failure::Run(e)) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}
