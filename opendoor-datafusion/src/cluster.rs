//! The functions on [Apache Ballista], DataFusion's distributed engine
//! (feature `ballista`).
//!
//! A Ballista query meets the functions three times: the client plans it
//! (its session state must know them), the scheduler decodes the plan the
//! client sends (so must its sessions), and each executor decodes the
//! tasks it runs (so must its function registry). This module gives each
//! of them the functions:
//!
//! - [`connect`]: a client's session;
//! - [`session_builder`]: a scheduler's sessions
//!   (`SchedulerConfig::with_override_session_builder`);
//! - [`function_registry`]: an executor's registry
//!   (`ExecutorProcessConfig::override_function_registry`);
//! - [`start_local_cluster`]: a scheduler and executors in this process,
//!   on loopback, for tests and notebooks.
//!
//! The `opendoor-scheduler` and `opendoor-executor` binaries of this crate
//! are Ballista's scheduler and executor with the functions registered, for
//! a cluster of machines (see the README).
//!
//! # Examples
//!
//! ```no_run
//! # #[tokio::main]
//! # async fn main() -> datafusion::error::Result<()> {
//! use ballista::prelude::SessionConfigExt;
//! use datafusion::prelude::SessionConfig;
//! use opendoor_datafusion::cluster;
//!
//! let url = cluster::start_local_cluster(2, 1).await?;
//! let ctx = cluster::connect(&url, SessionConfig::new_with_ballista()).await?;
//! ctx.sql("SELECT opendoor_note_kind('Hi!')").await?.show().await?;
//! # Ok(())
//! # }
//! ```
//!
//! [Apache Ballista]: https://datafusion.apache.org/ballista/

use std::sync::Arc;

use ballista::prelude::SessionContextExt;
use ballista_core::registry::BallistaFunctionRegistry;
use ballista_core::serde::BallistaCodec;
use ballista_core::serde::protobuf::scheduler_grpc_client::SchedulerGrpcClient;
use ballista_core::utils::{default_config_producer, default_session_builder};
use ballista_scheduler::scheduler_server::SessionBuilder;
use datafusion::error::{DataFusionError, Result};
use datafusion::execution::SessionStateBuilder;
use datafusion::execution::registry::FunctionRegistry;
use datafusion::execution::runtime_env::RuntimeEnvBuilder;
use datafusion::prelude::{SessionConfig, SessionContext};

use crate::functions;

/// A client session on the cluster at `url` (`df://host:port`) that knows
/// this crate's functions.
///
/// The functions are registered after Ballista has made the session its
/// own: `SessionContext::remote_with_state` (Ballista 55) replaces a
/// state's scalar functions with Ballista's list, so functions registered
/// on the state beforehand are lost.
///
/// # Errors
///
/// A `url` Ballista cannot parse. The scheduler is first contacted when a
/// query runs.
///
/// # Examples
///
/// ```no_run
/// # #[tokio::main]
/// # async fn main() -> datafusion::error::Result<()> {
/// use ballista::prelude::SessionConfigExt;
/// use datafusion::prelude::SessionConfig;
///
/// let ctx = opendoor_datafusion::cluster::connect(
///     "df://scheduler.internal:50050",
///     SessionConfig::new_with_ballista().with_target_partitions(16),
/// )
/// .await?;
/// ctx.sql("SELECT opendoor_note_kind(note), count(*) FROM invitations GROUP BY 1").await?.show().await?;
/// # Ok(())
/// # }
/// ```
pub async fn connect(url: &str, config: SessionConfig) -> Result<SessionContext> {
    let state = SessionStateBuilder::new()
        .with_config(config)
        .with_default_features()
        .build();
    let ctx = SessionContext::remote_with_state(url, state).await?;
    crate::register(&ctx);
    Ok(ctx)
}

/// Ballista's default scheduler session, with this crate's functions: the
/// scheduler decodes a client's plan with it.
///
/// # Examples
///
/// ```
/// use ballista::prelude::SessionConfigExt;
/// use datafusion::prelude::SessionConfig;
///
/// let build = opendoor_datafusion::cluster::session_builder();
/// let state = build(SessionConfig::new_with_ballista())?;
/// assert!(state.scalar_functions().contains_key("opendoor_fingerprint"));
/// # Ok::<(), datafusion::error::DataFusionError>(())
/// ```
#[must_use]
pub fn session_builder() -> SessionBuilder {
    Arc::new(|config| {
        let mut state = default_session_builder(config)?;
        for function in functions() {
            state.register_udf(function)?;
        }
        Ok(state)
    })
}

/// Ballista's default executor functions, with this crate's: an executor
/// decodes its tasks with it.
///
/// # Examples
///
/// ```
/// use datafusion::execution::registry::FunctionRegistry;
///
/// let registry = opendoor_datafusion::cluster::function_registry();
/// assert!(registry.udf("opendoor_decide").is_ok());
/// assert!(registry.udf("upper").is_ok());
/// ```
#[must_use]
pub fn function_registry() -> BallistaFunctionRegistry {
    let mut registry = BallistaFunctionRegistry::default();
    for function in functions() {
        registry
            .scalar_functions
            .insert(function.name().to_owned(), function);
    }
    registry
}

/// Starts a Ballista scheduler and `executors` executors of `vcores` task
/// slots each in this process, listening on loopback ports the system
/// picks, every one knowing this crate's functions; returns the URL a
/// client connects to (`df://localhost:PORT`). They run on the current
/// Tokio runtime until it shuts down.
///
/// # Errors
///
/// No executor or no task slot (queries would wait forever); a scheduler
/// or executor that cannot start (no free port, no temporary directory) or
/// a scheduler that does not answer within 5 s, as a configuration error
/// with Ballista's message.
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "multi_thread", worker_threads = 2)]
/// # async fn main() -> datafusion::error::Result<()> {
/// use ballista::prelude::SessionConfigExt;
/// use datafusion::arrow::util::display::array_value_to_string;
/// use datafusion::prelude::SessionConfig;
/// use opendoor_datafusion::cluster;
///
/// let url = cluster::start_local_cluster(1, 1).await?;
/// let ctx = cluster::connect(&url, SessionConfig::new_with_ballista()).await?;
/// let sql = "SELECT opendoor_note_kind(n) FROM (VALUES ('Loved your RustConf talk!')) AS t(n)";
/// let batches = ctx.sql(sql).await?.collect().await?;
/// assert_eq!(array_value_to_string(batches[0].column(0), 0)?, "personal");
/// assert!(cluster::start_local_cluster(0, 1).await.is_err());
/// # Ok(())
/// # }
/// ```
pub async fn start_local_cluster(executors: usize, vcores: usize) -> Result<String> {
    if executors == 0 || vcores == 0 {
        // A cluster without task slots would take queries and never run them.
        return Err(DataFusionError::Configuration(format!(
            "local Ballista cluster: {executors} executors of {vcores} task slots run nothing"
        )));
    }
    let configuration = |e: ballista_core::error::BallistaError| {
        DataFusionError::Configuration(format!("local Ballista cluster: {e}"))
    };
    let address = ballista_scheduler::standalone::new_standalone_scheduler_with_builder(
        session_builder(),
        Arc::new(default_config_producer),
        BallistaCodec::default(),
    )
    .await
    .map_err(configuration)?;
    let url = format!("http://localhost:{}", address.port());
    // The scheduler's server task may not serve yet when its listener is
    // bound: retry for a while, then report the last refusal.
    let mut attempts = 0;
    let scheduler = loop {
        match SchedulerGrpcClient::connect(url.clone()).await {
            Ok(scheduler) => break scheduler,
            Err(e) if attempts == 250 => {
                return Err(DataFusionError::Configuration(format!(
                    "local Ballista cluster: the scheduler at {url} did not answer in 5 s: {e}"
                )));
            }
            Err(_) => {
                attempts += 1;
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
        }
    };
    for _ in 0..executors {
        ballista_executor::new_standalone_executor_from_builder(
            scheduler.clone(),
            vcores,
            Arc::new(default_config_producer),
            Arc::new(|_: &SessionConfig| RuntimeEnvBuilder::new().build_arc()),
            BallistaCodec::default(),
            function_registry(),
        )
        .await
        .map_err(configuration)?;
    }
    Ok(format!("df://localhost:{}", address.port()))
}
