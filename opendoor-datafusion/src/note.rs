//! The note functions: one kernel of [`opendoor::columns`] each, over one
//! text column.

use std::sync::Arc;

use datafusion::arrow::array::ArrayRef;
use datafusion::arrow::datatypes::DataType;
use datafusion::error::Result;
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature, Volatility,
};
use opendoor::GreetingDetector;
use opendoor::columns::{note_fingerprints, note_kinds, note_languages, note_platforms};

use crate::{execution_error, plain_text};

/// What a note function reads off each note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reading {
    Kind,
    Platform,
    Language,
    Fingerprint,
}

/// A function of one note: its name, signature and reading.
#[derive(Debug, PartialEq, Eq, Hash)]
struct NoteFunction {
    name: &'static str,
    signature: Signature,
    reading: Reading,
}

impl NoteFunction {
    fn udf(name: &'static str, reading: Reading) -> ScalarUDF {
        ScalarUDF::new_from_impl(NoteFunction {
            name,
            // Any string type, kept as it is (Parquet's Utf8View included).
            signature: Signature::string(1, Volatility::Immutable),
            reading,
        })
    }
}

impl ScalarUDFImpl for NoteFunction {
    fn name(&self) -> &str {
        self.name
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _: &[DataType]) -> Result<DataType> {
        Ok(match self.reading {
            Reading::Kind | Reading::Platform | Reading::Language => DataType::Utf8,
            Reading::Fingerprint => DataType::UInt64,
        })
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let [note] = args.args.as_slice() else {
            return Err(execution_error(self.name, "takes one note"));
        };
        let notes = note.to_array(args.number_rows)?;
        let detector = GreetingDetector::new();
        let error = |e| execution_error(self.name, e);
        let column: ArrayRef = match self.reading {
            Reading::Kind => plain_text(&note_kinds(&detector, &notes).map_err(error)?)?,
            Reading::Platform => Arc::new(note_platforms(&detector, &notes).map_err(error)?),
            Reading::Language => Arc::new(note_languages(&detector, &notes).map_err(error)?),
            Reading::Fingerprint => Arc::new(note_fingerprints(&detector, &notes).map_err(error)?),
        };
        Ok(ColumnarValue::Array(column))
    }
}

/// `opendoor_note_kind(note)`: the note's
/// [`GreetingKind`](opendoor::GreetingKind) spelling (`platform_default`,
/// `generic_template`, `personal`, `empty`) as text; null for a null note.
///
/// # Examples
///
/// ```
/// assert_eq!(opendoor_datafusion::note_kind().name(), "opendoor_note_kind");
/// ```
#[must_use]
pub fn note_kind() -> ScalarUDF {
    NoteFunction::udf("opendoor_note_kind", Reading::Kind)
}

/// `opendoor_platform(note)`: the platform whose stock text the note is
/// (`LinkedIn`, `XING`, …); null for any other note.
///
/// # Examples
///
/// ```
/// assert_eq!(opendoor_datafusion::platform().name(), "opendoor_platform");
/// ```
#[must_use]
pub fn platform() -> ScalarUDF {
    NoteFunction::udf("opendoor_platform", Reading::Platform)
}

/// `opendoor_language(note)`: the language tag of the stock text the note
/// is (`en`, `pt-BR`, …); null for any other note.
///
/// # Examples
///
/// ```
/// assert_eq!(opendoor_datafusion::language().name(), "opendoor_language");
/// ```
#[must_use]
pub fn language() -> ScalarUDF {
    NoteFunction::udf("opendoor_language", Reading::Language)
}

/// `opendoor_fingerprint(note)`: the
/// [`NoteFingerprint`](opendoor::NoteFingerprint) of the note's body (its
/// salutation, signature and names removed) as a `UInt64`; null for a note
/// without a body. Copies of one template pasted by different senders
/// share it, so `GROUP BY` it counts a body's senders.
///
/// # Examples
///
/// ```
/// assert_eq!(opendoor_datafusion::fingerprint().name(), "opendoor_fingerprint");
/// ```
#[must_use]
pub fn fingerprint() -> ScalarUDF {
    NoteFunction::udf("opendoor_fingerprint", Reading::Fingerprint)
}

#[cfg(test)]
mod tests {
    use datafusion::arrow::array::{Array, StringArray, StringViewArray, UInt64Array};
    use datafusion::arrow::datatypes::Field;
    use datafusion::config::ConfigOptions;

    use super::*;

    #[test]
    fn a_literal_note_gives_a_column_of_the_batch_s_length() {
        let function = fingerprint();
        let note = "Hi Ann, our agency doubles your leads in 30 days. – Bo";
        let args = ScalarFunctionArgs {
            args: vec![ColumnarValue::from(
                datafusion::common::ScalarValue::Utf8View(Some(note.into())),
            )],
            arg_fields: vec![Arc::new(Field::new("note", DataType::Utf8View, true))],
            number_rows: 3,
            return_field: Arc::new(Field::new("f", DataType::UInt64, true)),
            config_options: Arc::new(ConfigOptions::default()),
        };
        let ColumnarValue::Array(column) = function.invoke_with_args(args).unwrap() else {
            panic!("a column");
        };
        let column = column.as_any().downcast_ref::<UInt64Array>().unwrap();
        let expected = GreetingDetector::new().fingerprint(note).unwrap().as_u64();
        assert_eq!(column.values().as_ref(), [expected; 3]);
    }

    #[test]
    fn a_view_column_reads_as_text_does() {
        let notes = [
            Some("Hi!"),
            Some("I'd like to add you to my professional network on LinkedIn."),
            None,
        ];
        let kinds = |column: ArrayRef| {
            let args = ScalarFunctionArgs {
                args: vec![ColumnarValue::Array(column)],
                arg_fields: vec![Arc::new(Field::new("note", DataType::Utf8View, true))],
                number_rows: notes.len(),
                return_field: Arc::new(Field::new("k", DataType::Utf8, true)),
                config_options: Arc::new(ConfigOptions::default()),
            };
            match note_kind().invoke_with_args(args).unwrap() {
                ColumnarValue::Array(kinds) => kinds,
                ColumnarValue::Scalar(_) => panic!("a column"),
            }
        };
        let from_view = kinds(Arc::new(StringViewArray::from(notes.to_vec())));
        let from_text = kinds(Arc::new(StringArray::from(notes.to_vec())));
        assert_eq!(&from_view, &from_text);
        assert_eq!(
            from_text
                .as_any()
                .downcast_ref::<StringArray>()
                .unwrap()
                .value(1),
            "platform_default"
        );
        assert!(from_text.is_null(2));
    }
}
