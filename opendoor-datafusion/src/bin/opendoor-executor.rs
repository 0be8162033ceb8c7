//! A Ballista executor whose function registry knows opendoor's SQL
//! functions.
//!
//! ```text
//! opendoor-executor [--bind-host 0.0.0.0] [--external-host HOST] [--port 50051]
//!                   [--grpc-port 50052] [--scheduler-host HOST] [--scheduler-port 50050]
//!                   [--vcores N] [--work-dir DIR]
//! ```

use std::process::ExitCode;
use std::sync::Arc;

use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};
use opendoor_datafusion::cluster::function_registry;

const USAGE: &str = "usage: opendoor-executor [--bind-host HOST] [--external-host HOST] [--port PORT] [--grpc-port PORT] [--scheduler-host HOST] [--scheduler-port PORT] [--vcores N] [--work-dir DIR]";

fn config() -> Result<ExecutorProcessConfig, lexopt::Error> {
    use lexopt::prelude::*;
    let mut config = ExecutorProcessConfig {
        override_function_registry: Some(Arc::new(function_registry())),
        ..ExecutorProcessConfig::default()
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("bind-host") => config.bind_host = parser.value()?.string()?,
            Long("external-host") => config.external_host = Some(parser.value()?.string()?),
            Long("port") => config.port = parser.value()?.parse()?,
            Long("grpc-port") => config.grpc_port = parser.value()?.parse()?,
            Long("scheduler-host") => config.scheduler_host = parser.value()?.string()?,
            Long("scheduler-port") => config.scheduler_port = parser.value()?.parse()?,
            Long("vcores") => config.vcores = parser.value()?.parse()?,
            Long("work-dir") => config.work_dir = Some(parser.value()?.string()?),
            Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(config)
}

#[tokio::main]
async fn main() -> ExitCode {
    let config = match config() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("opendoor-executor: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    println!(
        "opendoor-executor on {}:{}, scheduler {}:{}",
        config.bind_host, config.port, config.scheduler_host, config.scheduler_port
    );
    match start_executor_process(Arc::new(config)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("opendoor-executor: {e}");
            ExitCode::FAILURE
        }
    }
}
