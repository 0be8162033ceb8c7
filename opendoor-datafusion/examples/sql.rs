//! Writes a Parquet table of generated invitations and asks it, in SQL,
//! what a trust-and-safety team asks of its stored invitations: how many
//! notes are stock texts, which bodies are pasted by many senders, what a
//! strict policy would have decided. Each query runs with 1 and with 2
//! partitions, with a timing line (seconds and rows a second).
//!
//! ```text
//! cargo run --release -p opendoor-datafusion --example sql [-- --rows 1000000 --dir DIR --partitions 1,2]
//! cargo run --release -p opendoor-datafusion --features ballista --example sql -- --cluster
//! ```
//!
//! `--cluster` runs the queries on a Ballista scheduler and two executors
//! started in this process (loopback only); `--scheduler df://HOST:PORT`
//! on a running cluster (the `opendoor-scheduler` and `opendoor-executor`
//! binaries), whose executors must read `--dir`.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Instant;

use datafusion::arrow::util::pretty::pretty_format_batches;
use datafusion::error::{DataFusionError, Result};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};

/// The queries, by name.
const QUERIES: [(&str, &str); 3] = [
    (
        "note kinds",
        "SELECT opendoor_note_kind(note) AS kind, count(*) AS invitations
         FROM invitations GROUP BY kind ORDER BY invitations DESC",
    ),
    (
        "mass-pasted notes (other than the platforms' own stock texts)",
        "SELECT opendoor_fingerprint(note) AS body, count(DISTINCT sender) AS senders,
                count(*) AS invitations
         FROM invitations WHERE opendoor_note_kind(note) <> 'platform_default'
         GROUP BY body HAVING body IS NOT NULL AND count(DISTINCT sender) >= 50
         ORDER BY senders DESC",
    ),
    (
        "strict hybrid replay",
        r#"SELECT decision['action'] AS action, count(*) AS invitations
           FROM (SELECT opendoor_decide('{"policy": "hybrid", "strangers": "ignore", "min_mutual_connections": 3}',
                                        sender, note, familiarity, mutual_connections, claim, introduction_to) AS decision
                 FROM invitations)
           GROUP BY action ORDER BY invitations DESC"#,
    ),
];

const USAGE: &str =
    "usage: sql [--rows N] [--dir DIR] [--partitions 1,2] [--cluster | --scheduler df://HOST:PORT]";

struct Args {
    rows: usize,
    dir: Option<PathBuf>,
    partitions: Vec<usize>,
    cluster: bool,
    scheduler: Option<String>,
}

fn args() -> std::result::Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        rows: 1_000_000,
        dir: None,
        partitions: vec![1, 2],
        cluster: false,
        scheduler: None,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("rows") => args.rows = parser.value()?.parse()?,
            Long("dir") => args.dir = Some(parser.value()?.into()),
            Long("partitions") => {
                args.partitions = parser
                    .value()?
                    .string()?
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()
                    .map_err(|e| lexopt::Error::Custom(Box::new(e)))?;
            }
            Long("cluster") => args.cluster = true,
            Long("scheduler") => args.scheduler = Some(parser.value()?.string()?),
            Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

/// Writes `rows` invitations to `dir` as 8 Parquet files (a table's
/// partitions on disk), in chunks: memory stays at one chunk.
fn write_invitations(dir: &Path, rows: usize) -> Result<u64> {
    const FILES: usize = 8;
    const CHUNK: usize = 25_000;
    std::fs::create_dir_all(dir)?;
    // A reused directory may hold the files of a larger run: remove them,
    // so the table is exactly these rows.
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default();
        if name.starts_with("part-") && name.ends_with(".parquet") {
            std::fs::remove_file(&path)?;
        }
    }
    let mut bytes = 0;
    for file in 0..FILES {
        let path = dir.join(format!("part-{file}.parquet"));
        let file_rows = rows / FILES + usize::from(file < rows % FILES);
        let mut writer: Option<ArrowWriter<File>> = None;
        for (at, start) in (0..file_rows).step_by(CHUNK).enumerate() {
            let seed = 2026 + (file * 1_000 + at) as u64;
            let chunk = opendoor_testkit::corpus::invitations(CHUNK.min(file_rows - start), seed);
            let batch = opendoor_testkit::batch(&chunk);
            let writer = match &mut writer {
                Some(writer) => writer,
                None => writer.insert(ArrowWriter::try_new(
                    File::create(&path)?,
                    batch.schema(),
                    None,
                )?),
            };
            writer.write(&batch)?;
        }
        if let Some(writer) = writer {
            writer.close()?;
            bytes += std::fs::metadata(&path)?.len();
        }
    }
    Ok(bytes)
}

async fn context(partitions: usize, cluster: Option<&str>) -> Result<SessionContext> {
    let config = SessionConfig::new().with_target_partitions(partitions);
    let Some(url) = cluster else {
        let ctx = SessionContext::new_with_config(config);
        opendoor_datafusion::register(&ctx);
        return Ok(ctx);
    };
    #[cfg(feature = "ballista")]
    {
        use ballista::prelude::SessionConfigExt;
        let config = SessionConfig::new_with_ballista().with_target_partitions(partitions);
        opendoor_datafusion::cluster::connect(url, config).await
    }
    #[cfg(not(feature = "ballista"))]
    Err(DataFusionError::Configuration(format!(
        "a Ballista cluster ({url}) needs the `ballista` feature"
    )))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = args().map_err(|e| DataFusionError::Configuration(format!("{e}\n{USAGE}")))?;
    let temporary = tempfile::tempdir()?;
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| temporary.path().join("invitations"));

    let cluster: Option<String> = if let Some(url) = &args.scheduler {
        Some(url.clone())
    } else if args.cluster {
        #[cfg(feature = "ballista")]
        {
            let url = opendoor_datafusion::cluster::start_local_cluster(2, 1).await?;
            println!("Ballista: a scheduler and 2 executors of 1 task slot on loopback, {url}");
            Some(url)
        }
        #[cfg(not(feature = "ballista"))]
        return Err(DataFusionError::Configuration(
            "--cluster needs the `ballista` feature".into(),
        ));
    } else {
        None
    };

    let started = Instant::now();
    let bytes = write_invitations(&dir, args.rows)?;
    println!(
        "wrote {} invitations to {} (8 Parquet files, {:.1} MB) in {:.2} s",
        args.rows,
        dir.display(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    for (name, sql) in QUERIES {
        for &partitions in &args.partitions {
            let ctx = context(partitions, cluster.as_deref()).await?;
            ctx.register_parquet(
                "invitations",
                dir.to_str().unwrap_or_default(),
                ParquetReadOptions::default(),
            )
            .await?;
            let started = Instant::now();
            let batches = ctx.sql(sql).await?.collect().await?;
            let seconds = started.elapsed().as_secs_f64();
            println!(
                "\n-- {name}, {partitions} partition{}: {seconds:.2} s, {:.0} rows/s",
                if partitions == 1 { "" } else { "s" },
                args.rows as f64 / seconds
            );
            if partitions == args.partitions[0] {
                println!("{}", pretty_format_batches(&batches)?);
            }
        }
    }
    Ok(())
}
