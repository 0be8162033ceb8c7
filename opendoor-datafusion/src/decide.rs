//! `opendoor_decide`: a policy, described by a config, deciding each row.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use datafusion::arrow::array::{Array, ArrayRef, RecordBatch, StructArray};
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Fields};
use datafusion::common::ScalarValue;
use datafusion::error::{DataFusionError, Result};
use datafusion::logical_expr::{
    ColumnarValue, ReturnFieldArgs, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature,
    Volatility,
};
use opendoor::columns::{ColumnError, ColumnType, REQUEST_COLUMNS, decide_batch, decision_schema};
use opendoor::{NetworkingPolicy, PolicyConfig};

use crate::{execution_error, plain_text, plain_type};

const NAME: &str = "opendoor_decide";

/// How a request column is passed: the type a `NULL` argument takes, and
/// what an error calls the column's type. `None` for a type this function
/// does not know yet (`ColumnType` may grow).
fn argument(holds: ColumnType) -> Option<(DataType, &'static str)> {
    match holds {
        ColumnType::Text => Some((DataType::Utf8, "text")),
        ColumnType::Count => Some((DataType::UInt32, "an integer")),
        ColumnType::Flag => Some((DataType::Boolean, "a boolean")),
        _ => None,
    }
}

type Policy = Arc<dyn NetworkingPolicy + Send + Sync>;

/// How many configs' policies one function keeps: a query compares a few
/// configs, not thousands.
const KEPT: usize = 16;

/// The function, with the policies of the configs it has seen: a query
/// passes a literal config (or a few), so each is parsed once, not once a
/// batch.
struct Decide {
    signature: Signature,
    policies: Mutex<HashMap<String, Policy>>,
}

impl std::fmt::Debug for Decide {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let policies = self.policies.lock().unwrap_or_else(PoisonError::into_inner);
        f.debug_struct("Decide")
            .field("signature", &self.signature)
            .field("configs", &policies.keys().collect::<Vec<_>>())
            .finish()
    }
}

// Every instance is the same function: the kept policies are not part of it.
impl PartialEq for Decide {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Decide {}

impl std::hash::Hash for Decide {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        NAME.hash(state);
    }
}

impl Decide {
    fn new() -> Self {
        Decide {
            signature: Signature::user_defined(Volatility::Immutable),
            policies: Mutex::new(HashMap::new()),
        }
    }

    /// The policy `config` describes, built once per config (outside the
    /// lock: a config with a `detector` knob builds a detector, and other
    /// partitions need not wait for it).
    fn policy(&self, config: &str) -> Result<Policy> {
        let kept = |config: &str| {
            let policies = self.policies.lock().unwrap_or_else(PoisonError::into_inner);
            policies.get(config).map(Arc::clone)
        };
        if let Some(policy) = kept(config) {
            return Ok(policy);
        }
        let built: Policy = Arc::from(parse(config)?.build());
        let mut policies = self.policies.lock().unwrap_or_else(PoisonError::into_inner);
        if policies.len() >= KEPT {
            policies.clear();
        }
        // Another partition may have built it meanwhile: keep one.
        Ok(Arc::clone(
            policies.entry(config.to_owned()).or_insert(built),
        ))
    }
}

/// `config` as a policy description, refusing a follow-up budget: a budget
/// counts follow-ups against the wall clock in the order rows arrive, which
/// a query over stored rows (split into partitions, maybe across machines)
/// does not have.
fn parse(config: &str) -> Result<PolicyConfig> {
    let parsed: PolicyConfig = serde_json::from_str(config).map_err(|e| {
        DataFusionError::Plan(format!(
            "{NAME}: the policy config (argument 1) is not valid: {e}"
        ))
    })?;
    let budgeted = match &parsed {
        PolicyConfig::Hybrid(hybrid) => hybrid.follow_up_budget.is_some(),
        PolicyConfig::Rules(rules) => rules.follow_up_budget.is_some(),
        _ => false,
    };
    if budgeted {
        return Err(DataFusionError::Plan(format!(
            "{NAME}: a follow_up_budget depends on the order and time requests arrive, which a query over stored rows does not replay; remove it from the config"
        )));
    }
    Ok(parsed)
}

/// The result's fields: [`decision_schema`]'s, as plain text.
fn plain_fields() -> Fields {
    decision_schema()
        .fields()
        .iter()
        .map(|field| {
            Field::new(
                field.name(),
                plain_type(field.data_type()),
                field.is_nullable(),
            )
        })
        .collect()
}

/// The config argument's text, when it is a constant.
fn constant_text(value: &ScalarValue) -> Option<Option<&str>> {
    match value {
        ScalarValue::Utf8(text) | ScalarValue::LargeUtf8(text) | ScalarValue::Utf8View(text) => {
            Some(text.as_deref())
        }
        _ => None,
    }
}

impl ScalarUDFImpl for Decide {
    fn name(&self) -> &str {
        NAME
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        let plan_error = |message: String| Err(DataFusionError::Plan(format!("{NAME}: {message}")));
        if arg_types.len() < 2 || arg_types.len() > REQUEST_COLUMNS.len() + 1 {
            return plan_error(format!(
                "takes a policy config and 1 to {} request columns ({}), not {} arguments",
                REQUEST_COLUMNS.len(),
                REQUEST_COLUMNS.map(|(name, _)| name).join(", "),
                arg_types.len()
            ));
        }
        let mut coerced = Vec::with_capacity(arg_types.len());
        for (at, data_type) in arg_types.iter().enumerate() {
            let (name, holds) = match at {
                0 => ("config", ColumnType::Text),
                _ => REQUEST_COLUMNS[at - 1],
            };
            let Some((null_type, wanted)) = argument(holds) else {
                return plan_error(format!(
                    "argument {} (`{name}`) is of a kind this version cannot pass",
                    at + 1
                ));
            };
            coerced.push(if holds.accepts(data_type) {
                data_type.clone()
            } else if *data_type == DataType::Null {
                null_type
            } else {
                return plan_error(format!(
                    "argument {} (`{name}`) must be {wanted}, not {data_type}",
                    at + 1
                ));
            });
        }
        Ok(coerced)
    }

    fn return_type(&self, _: &[DataType]) -> Result<DataType> {
        Ok(DataType::Struct(plain_fields()))
    }

    /// The result type, after checking a literal config: a bad config
    /// fails the query when it is planned, not on its first batch. A config
    /// given as an expression is checked when the query runs (by then
    /// DataFusion has folded a constant expression into a literal).
    fn return_field_from_args(&self, args: ReturnFieldArgs) -> Result<FieldRef> {
        if let Some(value) = args.scalar_arguments.first().copied().flatten() {
            match constant_text(value) {
                Some(Some(config)) => {
                    parse(config)?;
                }
                Some(None) | None if value.is_null() => {
                    return Err(DataFusionError::Plan(format!(
                        "{NAME}: the policy config (argument 1) is NULL"
                    )));
                }
                _ => {}
            }
        }
        Ok(Arc::new(Field::new(NAME, self.return_type(&[])?, true)))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let Some((config, columns)) = args.args.split_first() else {
            return Err(execution_error(NAME, "takes a policy config"));
        };
        let config = match config {
            ColumnarValue::Scalar(value) => constant_text(value).flatten(),
            ColumnarValue::Array(_) => None,
        }
        .ok_or_else(|| {
            execution_error(
                NAME,
                "the policy config (argument 1) must be a constant string",
            )
        })?;
        let policy = self.policy(config)?;
        let named = REQUEST_COLUMNS
            .iter()
            .zip(columns)
            .map(|((name, _), column)| Ok((*name, column.to_array(args.number_rows)?)))
            .collect::<Result<Vec<(&str, ArrayRef)>>>()?;
        let batch = RecordBatch::try_from_iter(named)?;
        let decided = decide_batch(&*policy, &batch).map_err(|e| match e {
            ColumnError::BadValue { .. } => execution_error(
                NAME,
                format!("{e} (rows counted within the batch being evaluated)"),
            ),
            e => execution_error(NAME, e),
        })?;
        let nulls = decided.column(0).logical_nulls();
        let columns = decided
            .columns()
            .iter()
            .map(|column| plain_text(column))
            .collect::<Result<Vec<ArrayRef>>>()?;
        Ok(ColumnarValue::Array(Arc::new(StructArray::try_new(
            plain_fields(),
            columns,
            nulls,
        )?)))
    }
}

/// `opendoor_decide(config, sender [, note [, familiarity [, …]]])`: the
/// decision of the policy `config` describes (a JSON
/// [`PolicyConfig`], as `serde_json` reads it) on each row, as a struct of
/// `action` (an [`Action`](opendoor::Action) spelling) and `reasons` (a list
/// of [`Reason`](opendoor::Reason) spellings), as text; null where the
/// sender is null.
///
/// The request columns follow the config in this order; pass as many as
/// the table has (the rest take their defaults), `NULL` to skip one:
///
/// | # | column | type |
/// |---|---|---|
/// | 2 | `sender` | text |
/// | 3 | `note` | text |
/// | 4 | `familiarity` | text (a [`Familiarity`](opendoor::Familiarity) spelling) |
/// | 5 | `mutual_connections` | integer |
/// | 6 | `claim` | text (a [`Relationship`](opendoor::Relationship) spelling) |
/// | 7 | `introduction_to` | text |
/// | 8 | `account_age_days` | integer |
/// | 9 | `follows_you_since_days` | integer |
/// | 10 | `mass_senders` | integer |
/// | 11 | `limited_sender` | boolean |
/// | 12 | `private_mention` | boolean |
/// | 13 | `bot_sender` | boolean |
/// | 14 | `server` | text |
///
/// The decisions are [`decide_batch`]'s, so those of
/// [`NetworkingPolicy::decide`] on the same requests.
///
/// # Errors
///
/// The query fails when it is planned if a literal config is NULL, is not
/// a valid config (serde's message, with its line and column), or sets a
/// `follow_up_budget` (a budget spends follow-ups in the order and at the
/// time requests arrive, which a query over stored rows does not replay);
/// or if a column has the wrong type (naming the argument). A config given
/// as a constant expression is checked the same way when the query runs; a
/// config that varies by row (a column) fails then. The query also fails
/// when it runs on a spelling no familiarity or relationship has, or a
/// negative count, naming the column, the value and its row within the
/// batch being evaluated (DataFusion's batches, after any filter: not the
/// table's row number).
///
/// # Examples
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> datafusion::error::Result<()> {
/// use datafusion::prelude::SessionContext;
///
/// let ctx = SessionContext::new();
/// opendoor_datafusion::register(&ctx);
/// let sql = r#"SELECT opendoor_decide('{"policy": "hybrid"}', 'Ann', 'Loved your RustConf talk!', 'stranger', 0)['action']"#;
/// let batches = ctx.sql(sql).await?.collect().await?;
/// let action = datafusion::arrow::util::display::array_value_to_string(batches[0].column(0), 0)?;
/// assert_eq!(action, "accept");
///
/// let bad = ctx.sql(r#"SELECT opendoor_decide('{"policy": "hybird"}', 'Ann')"#).await;
/// assert!(bad.unwrap_err().to_string().contains("unknown variant `hybird`"));
/// # Ok(())
/// # }
/// ```
#[must_use]
pub fn decide() -> ScalarUDF {
    ScalarUDF::new_from_impl(Decide::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn function() -> Decide {
        Decide::new()
    }

    #[test]
    fn a_null_argument_takes_its_column_s_type() {
        let mut arguments = vec![DataType::Utf8View, DataType::Utf8];
        arguments.extend(std::iter::repeat_n(
            DataType::Null,
            REQUEST_COLUMNS.len() - 1,
        ));
        let coerced = function().coerce_types(&arguments).unwrap();
        assert_eq!(
            coerced[..3],
            [DataType::Utf8View, DataType::Utf8, DataType::Utf8]
        );
        assert_eq!(coerced[4], DataType::UInt32, "mutual_connections");
        assert_eq!(coerced[10], DataType::Boolean, "limited_sender");
    }

    #[test]
    fn text_may_be_dictionary_encoded_and_counts_any_integer() {
        let dictionary =
            DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::LargeUtf8));
        let arguments = [
            DataType::Utf8,
            dictionary.clone(),
            DataType::Utf8,
            dictionary.clone(),
            DataType::Int64,
        ];
        assert_eq!(function().coerce_types(&arguments).unwrap(), arguments);
        let floats = [
            DataType::Utf8,
            DataType::Utf8,
            DataType::Utf8,
            DataType::Utf8,
            DataType::Float64,
        ];
        assert!(function().coerce_types(&floats).is_err());
    }

    #[test]
    fn each_config_builds_one_policy() {
        let function = function();
        let open = function.policy(r#"{"policy": "open"}"#).unwrap();
        let closed = function.policy(r#"{"policy": "closed"}"#).unwrap();
        assert!(!Arc::ptr_eq(&open, &closed));
        // Two configs in turn (two calls in one query) keep their policies.
        let again = function.policy(r#"{"policy": "open"}"#).unwrap();
        assert!(Arc::ptr_eq(&open, &again));
        let again = function.policy(r#"{"policy": "closed"}"#).unwrap();
        assert!(Arc::ptr_eq(&closed, &again));
    }

    #[test]
    fn the_kept_policies_are_bounded() {
        let function = function();
        for mutual in 0..100 {
            let config = format!(r#"{{"policy": "hybrid", "min_mutual_connections": {mutual}}}"#);
            function.policy(&config).unwrap();
            assert!(function.policies.lock().unwrap().len() <= KEPT);
        }
    }

    #[test]
    fn the_result_is_decide_batch_s_schema_as_text() {
        let DataType::Struct(fields) = function().return_type(&[]).unwrap() else {
            panic!("a struct");
        };
        assert_eq!(fields[0].data_type(), &DataType::Utf8);
        let item = Field::new("item", DataType::Utf8, false);
        assert_eq!(fields[1].data_type(), &DataType::List(Arc::new(item)));
        assert_eq!(fields.len(), decision_schema().fields().len());
    }
}
