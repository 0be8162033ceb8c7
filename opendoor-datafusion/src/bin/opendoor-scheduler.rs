//! A Ballista scheduler whose sessions know opendoor's SQL functions.
//!
//! ```text
//! opendoor-scheduler [--bind-host 0.0.0.0] [--bind-port 50050] [--external-host HOST]
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;

use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use opendoor_datafusion::cluster::session_builder;

const USAGE: &str =
    "usage: opendoor-scheduler [--bind-host HOST] [--bind-port PORT] [--external-host HOST]";

fn config() -> Result<SchedulerConfig, lexopt::Error> {
    use lexopt::prelude::*;
    let mut config = SchedulerConfig::default().with_override_session_builder(session_builder());
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("bind-host") => config.bind_host = parser.value()?.string()?,
            Long("bind-port") => config.bind_port = parser.value()?.parse()?,
            Long("external-host") => config.external_host = parser.value()?.string()?,
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
            eprintln!("opendoor-scheduler: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let run = async {
        let address: SocketAddr = format!("{}:{}", config.bind_host, config.bind_port)
            .parse()
            .map_err(|e| format!("bind address: {e}"))?;
        let cluster = BallistaCluster::new_from_config(&config)
            .await
            .map_err(|e| e.to_string())?;
        println!("opendoor-scheduler listening on {address}");
        start_server(cluster, address, Arc::new(config))
            .await
            .map_err(|e| e.to_string())
    };
    match run.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("opendoor-scheduler: {e}");
            ExitCode::FAILURE
        }
    }
}
