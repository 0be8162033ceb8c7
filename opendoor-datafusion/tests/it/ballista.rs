//! The same queries on a Ballista scheduler and two executors in this
//! process (loopback only): the answers of the single-process run and of
//! the row-wise API.

use ballista::prelude::SessionConfigExt;
use datafusion::prelude::{SessionConfig, SessionContext};

use crate::{mass_notes, note_kinds, register_table, replay, rows};

// One test: the cluster runs on this test's runtime, and stops with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_local_cluster_answers_as_one_process_does() {
    let url = opendoor_datafusion::cluster::start_local_cluster(2, 1)
        .await
        .expect("a local cluster");
    for query in [note_kinds(), mass_notes(), replay()] {
        let local = SessionContext::new();
        opendoor_datafusion::register(&local);
        register_table(&local).await;
        let one_process = rows(&local, &query.sql).await;
        assert_eq!(one_process, query.expected, "{}", query.sql);
        for partitions in [1, 2] {
            let config = SessionConfig::new_with_ballista().with_target_partitions(partitions);
            let remote = opendoor_datafusion::cluster::connect(&url, config)
                .await
                .expect("a client session");
            register_table(&remote).await;
            assert_eq!(
                rows(&remote, &query.sql).await,
                one_process,
                "{partitions} partitions: {}",
                query.sql
            );
        }
    }
}
