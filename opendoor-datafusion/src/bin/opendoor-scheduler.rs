//! A Ballista scheduler whose sessions know opendoor's SQL functions.
//!
//! ```text
//! opendoor-scheduler [--bind-host 127.0.0.1] [--bind-port 50050] [--external-host localhost]
//! ```
//!
//! The defaults (shown) are Ballista's: a scheduler other machines reach
//! needs `--bind-host 0.0.0.0` (or its address) and the `--external-host`
//! they know it by.

mod common;

use std::net::{SocketAddr, ToSocketAddrs};
use std::process::ExitCode;
use std::sync::Arc;

use ballista_scheduler::cluster::BallistaCluster;
use ballista_scheduler::config::SchedulerConfig;
use ballista_scheduler::scheduler_process::start_server;
use common::Failure;
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
            Long("help") => common::help(USAGE),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(config)
}

async fn run(config: SchedulerConfig) -> Result<(), String> {
    let bind = (config.bind_host.as_str(), config.bind_port);
    let address: SocketAddr = bind
        .to_socket_addrs()
        .map_err(|e| format!("bind address {}:{}: {e}", bind.0, bind.1))?
        .next()
        .ok_or_else(|| format!("bind address {}:{}: no address", bind.0, bind.1))?;
    let cluster = BallistaCluster::new_from_config(&config)
        .await
        .map_err(|e| e.to_string())?;
    println!("opendoor-scheduler listening on {address}");
    start_server(cluster, address, Arc::new(config))
        .await
        .map_err(|e| e.to_string())
}

#[tokio::main]
async fn main() -> ExitCode {
    let result = match config() {
        Ok(config) => run(config).await.map_err(Failure::Run),
        Err(e) => Err(Failure::Flags(e)),
    };
    common::exit_code("opendoor-scheduler", USAGE, result)
}
