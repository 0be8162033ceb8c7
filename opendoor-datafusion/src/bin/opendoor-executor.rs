//! A Ballista executor whose function registry knows opendoor's SQL
//! functions.
//!
//! ```text
//! opendoor-executor [--bind-host 127.0.0.1] [--external-host HOST] [--port 50051]
//!                   [--grpc-port 50052] [--scheduler-host localhost] [--scheduler-port 50050]
//!                   [--scheduler-connect-timeout-seconds 0] [--vcores CORES] [--work-dir DIR]
//! ```
//!
//! The defaults (shown) are Ballista's: an executor whose shuffle output
//! other machines fetch needs `--bind-host 0.0.0.0` (or its address) and
//! the `--external-host` they know it by. With a connect timeout of 0 it
//! tries the scheduler once.

mod common;

use std::process::ExitCode;
use std::sync::Arc;

use ballista_executor::executor_process::{ExecutorProcessConfig, start_executor_process};
use common::Failure;
use opendoor_datafusion::cluster::function_registry;

const USAGE: &str = "usage: opendoor-executor [--bind-host HOST] [--external-host HOST] [--port PORT] [--grpc-port PORT] [--scheduler-host HOST] [--scheduler-port PORT] [--scheduler-connect-timeout-seconds S] [--vcores N] [--work-dir DIR]";

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
            Long("scheduler-connect-timeout-seconds") => {
                config.scheduler_connect_timeout_seconds = parser.value()?.parse()?;
            }
            Long("vcores") => config.vcores = parser.value()?.parse()?,
            Long("work-dir") => config.work_dir = Some(parser.value()?.string()?),
            Long("help") => common::help(USAGE),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(config)
}

#[tokio::main]
async fn main() -> ExitCode {
    let result = match config() {
        Ok(config) => {
            println!(
                "opendoor-executor on {}:{}, scheduler {}:{}",
                config.bind_host, config.port, config.scheduler_host, config.scheduler_port
            );
            start_executor_process(Arc::new(config))
                .await
                .map_err(|e| Failure::Run(e.to_string()))
        }
        Err(e) => Err(Failure::Flags(e)),
    };
    common::exit_code("opendoor-executor", USAGE, result)
}
