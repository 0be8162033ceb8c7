//! `opendoor`'s detector and policies as [DataFusion] SQL functions, for
//! questions asked of stored invitations rather than of one request:
//!
//! ```sql
//! -- How many notes are stock texts, generic templates, personal, empty?
//! SELECT opendoor_note_kind(note) AS kind, count(*) FROM invitations GROUP BY kind;
//! -- Which note bodies are pasted by many different senders?
//! SELECT opendoor_fingerprint(note) AS body, count(DISTINCT sender) AS senders
//! FROM invitations GROUP BY body HAVING count(DISTINCT sender) >= 50;
//! -- What would a strict Hybrid have decided?
//! SELECT opendoor_decide('{"policy": "hybrid", "strangers": "ignore"}',
//!                        sender, note, familiarity, mutual_connections)['action'] AS action,
//!        count(*)
//! FROM invitations GROUP BY action;
//! ```
//!
//! | function | result |
//! |---|---|
//! | `opendoor_note_kind(note)` | the note's [`GreetingKind`](opendoor::GreetingKind) spelling (`platform_default`, `generic_template`, `personal`, `empty`) |
//! | `opendoor_platform(note)` | the platform whose stock text the note is; null for any other note |
//! | `opendoor_language(note)` | that stock text's language tag; null for any other note |
//! | `opendoor_fingerprint(note)` | the note body's [`NoteFingerprint`](opendoor::NoteFingerprint) as an unsigned 64-bit integer; null for a note without a body |
//! | `opendoor_decide(config, sender, note, …)` | a policy's decision: a struct of `action` and `reasons` (see [`decide`]) |
//!
//! Each wraps a kernel of [`opendoor::columns`]: the answers are those of the
//! row-wise API on the same notes, a null note gives a null result, and no
//! row allocates. Notes may be `Utf8`, `LargeUtf8` or `Utf8View` (what
//! DataFusion reads from Parquet). The note functions use the built-in
//! detector ([`GreetingDetector::new`](opendoor::GreetingDetector::new));
//! `opendoor_decide` uses the detector its config describes.
//!
//! [`register`] adds them to a [`SessionContext`]; [`functions`] lists them
//! for a session state built another way (a Ballista scheduler's or
//! executor's: see the `cluster` module, feature `ballista`).
//!
//! # Examples
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> datafusion::error::Result<()> {
//! use datafusion::prelude::SessionContext;
//!
//! let ctx = SessionContext::new();
//! opendoor_datafusion::register(&ctx);
//! let kinds = ctx
//!     .sql("SELECT opendoor_note_kind('I''d like to add you to my professional network on LinkedIn.') AS kind")
//!     .await?
//!     .collect()
//!     .await?;
//! let kind = datafusion::arrow::util::display::array_value_to_string(kinds[0].column(0), 0)?;
//! assert_eq!(kind, "platform_default");
//! # Ok(())
//! # }
//! ```
//!
//! [DataFusion]: https://datafusion.apache.org/

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "ballista")]
#[cfg_attr(docsrs, doc(cfg(feature = "ballista")))]
pub mod cluster;
mod decide;
mod note;

use std::sync::Arc;

use datafusion::arrow::array::{Array, ArrayRef};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field};
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::ScalarUDF;
use datafusion::prelude::SessionContext;

pub use decide::decide;
pub use note::{fingerprint, language, note_kind, platform};

/// Every function of this crate: `opendoor_note_kind`,
/// `opendoor_platform`, `opendoor_language`, `opendoor_fingerprint` and
/// `opendoor_decide`.
///
/// # Examples
///
/// ```
/// use datafusion::execution::SessionStateBuilder;
///
/// let state = SessionStateBuilder::new()
///     .with_default_features()
///     .with_scalar_functions(opendoor_datafusion::functions())
///     .build();
/// assert!(state.scalar_functions().contains_key("opendoor_decide"));
/// ```
#[must_use]
pub fn functions() -> Vec<Arc<ScalarUDF>> {
    vec![
        Arc::new(note_kind()),
        Arc::new(platform()),
        Arc::new(language()),
        Arc::new(fingerprint()),
        Arc::new(decide()),
    ]
}

/// Registers [`functions`] on `ctx`, replacing functions of the same names.
///
/// # Examples
///
/// ```
/// use datafusion::prelude::SessionContext;
///
/// let ctx = SessionContext::new();
/// opendoor_datafusion::register(&ctx);
/// assert!(ctx.state().scalar_functions().contains_key("opendoor_fingerprint"));
/// ```
pub fn register(ctx: &SessionContext) {
    for function in functions() {
        ctx.register_udf(Arc::unwrap_or_clone(function));
    }
}

/// A kernel's dictionary-encoded spellings as plain text.
///
/// The kernels encode their few spellings as dictionaries; the SQL
/// functions return plain `Utf8`, because Ballista 55's shuffle gave a
/// two-partition `GROUP BY` over a `Dictionary(Int8, Utf8)` column back as
/// `Utf8`, and the final stage failed ("column types must match schema
/// types"). An aggregate's output is plain text either way.
fn plain_text(spelled: &dyn Array) -> Result<ArrayRef> {
    Ok(cast(spelled, &plain_type(spelled.data_type()))?)
}

/// The type `plain_text` gives a column of `data_type`.
fn plain_type(data_type: &DataType) -> DataType {
    match data_type {
        DataType::Dictionary(_, values) => values.as_ref().clone(),
        DataType::List(item) => DataType::List(Arc::new(Field::new(
            item.name(),
            plain_type(item.data_type()),
            item.is_nullable(),
        ))),
        other => other.clone(),
    }
}

/// A kernel's error as DataFusion reports an execution error, naming the
/// function.
fn execution_error(function: &str, error: impl std::fmt::Display) -> DataFusionError {
    DataFusionError::Execution(format!("{function}: {error}"))
}
