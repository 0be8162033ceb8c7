//! Columnar kernels over Apache Arrow arrays (feature `arrow`).
//!
//! A trust-and-safety or growth team asks its questions of stored
//! invitations in columnar form (Parquet read into Arrow record batches):
//! how many notes are stock texts, per language, per week; what a strict
//! policy would have decided. These kernels answer them a column at a time,
//! with the same detector and policies as the row-wise API, and the same
//! answers:
//!
//! - [`note_kinds`]: each note's [`GreetingKind`], dictionary-encoded;
//! - [`note_platforms`], [`note_languages`]: the catalog entry of a stock
//!   text (null for any other note);
//! - [`note_fingerprints`]: each note's [`NoteFingerprint`] (null when it
//!   has no body);
//! - [`decide_batch`]: a policy's decision on each row of a record batch of
//!   requests, as an action column and a reasons column ([`decision_schema`]).
//!
//! Text columns may be `Utf8`, `LargeUtf8`, `Utf8View` or a dictionary of
//! one of them; a null note or sender gives a null result. No kernel
//! allocates per row: outputs grow in amortised buffers, and
//! [`decide_batch`] reuses one [`Request`] for every row.
//!
//! # Examples
//!
//! ```
//! use opendoor::columns::note_kinds;
//! use opendoor::GreetingDetector;
//! use arrow_array::{Array, StringArray};
//!
//! let notes = StringArray::from(vec![
//!     Some("I'd like to add you to my professional network on LinkedIn."),
//!     Some("Loved your talk on Rust lifetimes at RustConf!"),
//!     None,
//! ]);
//! let kinds = note_kinds(&GreetingDetector::new(), &notes)?;
//! let spelled: Vec<Option<&str>> = kinds.downcast_dict::<StringArray>().unwrap().into_iter().collect();
//! assert_eq!(spelled, [Some("platform_default"), Some("personal"), None]);
//! # Ok::<(), opendoor::columns::ColumnError>(())
//! ```

use std::cell::Cell;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{
    Int8Type, Int16Type, Int32Type, Int64Type, UInt8Type, UInt16Type, UInt32Type, UInt64Type,
};
use arrow_array::{
    Array, ArrayRef, ArrowPrimitiveType, BooleanArray, DictionaryArray, Int8Array,
    LargeStringArray, ListArray, PrimitiveArray, RecordBatch, StringArray, StringViewArray,
    UInt64Array,
};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{ArrowError, DataType, Field, Schema};

use crate::decision::{Action, Reason};
use crate::detector::{GreetingDetector, GreetingKind, NoteFingerprint, StockText};
use crate::policy::NetworkingPolicy;
use crate::request::{Familiarity, Relationship, Request, RequestRow};

/// A column the kernels cannot read: which column, and what was wrong (for
/// a bad value, which row).
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::{ArrayRef, RecordBatch, StringArray};
/// use opendoor::{Hybrid, columns::{ColumnError, decide_batch}};
///
/// let batch = RecordBatch::try_from_iter([
///     ("sender", Arc::new(StringArray::from(vec!["Ann"])) as ArrayRef),
///     ("familiarity", Arc::new(StringArray::from(vec!["frend"])) as ArrayRef),
/// ])?;
/// let err = decide_batch(&Hybrid::new(), &batch).unwrap_err();
/// assert!(matches!(err, ColumnError::BadValue { row: 0, .. }));
/// assert!(err.to_string().starts_with("column `familiarity`, row 0"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ColumnError {
    /// The record batch has no column of this name.
    #[error("the record batch has no `{column}` column")]
    MissingColumn {
        /// The column looked for.
        column: &'static str,
    },
    /// The column's type is not one the kernel reads.
    #[error("column `{column}` is {found}, expected {expected}")]
    WrongType {
        /// The column.
        column: String,
        /// What the kernel reads.
        expected: &'static str,
        /// The column's type.
        found: DataType,
    },
    /// A value no request can hold (an unknown familiarity, a negative
    /// count).
    #[error("column `{column}`, row {row}: {problem}")]
    BadValue {
        /// The column.
        column: String,
        /// The row, from 0.
        row: usize,
        /// What is wrong with the value.
        problem: String,
    },
    /// Arrow refused to build an output array (a bug of this crate if it
    /// ever happens: the kernels build only well-formed arrays).
    #[error(transparent)]
    Arrow(#[from] ArrowError),
}

/// What a request column holds, as [`decide_batch`] reads it.
///
/// # Examples
///
/// ```
/// use arrow_schema::DataType;
/// use opendoor::columns::ColumnType;
///
/// let dictionary = DataType::Dictionary(Box::new(DataType::Int32), Box::new(DataType::Utf8View));
/// assert!(ColumnType::Text.accepts(&dictionary));
/// assert!(ColumnType::Count.accepts(&DataType::Int64));
/// assert!(!ColumnType::Flag.accepts(&DataType::Utf8));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ColumnType {
    /// Text: `Utf8`, `LargeUtf8`, `Utf8View`, or a dictionary of one of
    /// them.
    Text,
    /// A count: any integer type (a negative value is an error, one past
    /// `u32::MAX` is `u32::MAX`).
    Count,
    /// A flag: `Boolean`.
    Flag,
}

impl ColumnType {
    /// Whether a column of `data_type` can be read as this: for an engine
    /// that checks or coerces argument types before it builds a batch.
    ///
    /// # Examples
    ///
    /// ```
    /// use arrow_schema::DataType;
    /// use opendoor::columns::{ColumnType, REQUEST_COLUMNS};
    ///
    /// let (name, holds) = REQUEST_COLUMNS[3];
    /// assert_eq!(name, "mutual_connections");
    /// assert!(holds.accepts(&DataType::UInt16) && !holds.accepts(&DataType::Float32));
    /// ```
    #[must_use]
    pub fn accepts(self, data_type: &DataType) -> bool {
        let text = |data_type: &DataType| {
            matches!(
                data_type,
                DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
            )
        };
        match self {
            ColumnType::Text => match data_type {
                DataType::Dictionary(_, values) => text(values),
                other => text(other),
            },
            ColumnType::Count => data_type.is_integer(),
            ColumnType::Flag => *data_type == DataType::Boolean,
        }
    }

    /// What a column of this type may be, as [`ColumnError::WrongType`]
    /// says it.
    fn expected(self) -> &'static str {
        match self {
            ColumnType::Text => "Utf8, LargeUtf8, Utf8View or a dictionary of them",
            ColumnType::Count => "an integer type",
            ColumnType::Flag => "Boolean",
        }
    }
}

/// Every column of a batch of requests that [`decide_batch`] reads, with
/// what it holds: `sender` first, then the others in the order of
/// [`Request`]'s most used signals. (The SQL function `opendoor_decide` of
/// the `opendoor-datafusion` crate takes them as arguments in this order.)
/// A `greeting` column is read as `note` when there is no `note`.
///
/// # Examples
///
/// ```
/// use opendoor::columns::{ColumnType, REQUEST_COLUMNS};
///
/// assert_eq!(REQUEST_COLUMNS[0], ("sender", ColumnType::Text));
/// assert!(REQUEST_COLUMNS.contains(&("mutual_connections", ColumnType::Count)));
/// ```
pub const REQUEST_COLUMNS: [(&str, ColumnType); 13] = [
    ("sender", ColumnType::Text),
    ("note", ColumnType::Text),
    ("familiarity", ColumnType::Text),
    ("mutual_connections", ColumnType::Count),
    ("claim", ColumnType::Text),
    ("introduction_to", ColumnType::Text),
    ("account_age_days", ColumnType::Count),
    ("follows_you_since_days", ColumnType::Count),
    ("mass_senders", ColumnType::Count),
    ("limited_sender", ColumnType::Flag),
    ("private_mention", ColumnType::Flag),
    ("bot_sender", ColumnType::Flag),
    ("server", ColumnType::Text),
];

/// Checks, in debug builds (every test), that the kernels read only the
/// columns [`REQUEST_COLUMNS`] lists, as the type it says: the list is the
/// one place the columns are named.
fn listed(name: &str, holds: ColumnType) -> &str {
    debug_assert!(
        REQUEST_COLUMNS.contains(&(name, holds)) || (name, holds) == ("greeting", ColumnType::Text),
        "column `{name}` ({holds:?}) is not in REQUEST_COLUMNS"
    );
    name
}

/// A text column of any layout, read by row.
enum Text<'a> {
    Small(&'a StringArray),
    Large(&'a LargeStringArray),
    View(&'a StringViewArray),
    /// A dictionary: each row's index into its values (null rows
    /// included), and the values.
    Dictionary {
        array: &'a dyn Array,
        keys: Vec<usize>,
        values: Box<Text<'a>>,
    },
}

impl<'a> Text<'a> {
    fn of(array: &'a dyn Array, column: &str) -> Result<Self, ColumnError> {
        let wrong = || ColumnError::WrongType {
            column: column.to_owned(),
            expected: ColumnType::Text.expected(),
            found: array.data_type().clone(),
        };
        Ok(match array.data_type() {
            DataType::Utf8 => Text::Small(array.as_string::<i32>()),
            DataType::LargeUtf8 => Text::Large(array.as_string::<i64>()),
            DataType::Utf8View => Text::View(array.as_string_view()),
            dictionary @ DataType::Dictionary(..) if ColumnType::Text.accepts(dictionary) => {
                let dictionary = array.as_any_dictionary_opt().ok_or_else(wrong)?;
                Text::Dictionary {
                    array,
                    // Arrow's normalisation asserts values exist; a
                    // dictionary without any has only null rows.
                    keys: if dictionary.values().is_empty() {
                        Vec::new()
                    } else {
                        dictionary.normalized_keys()
                    },
                    values: Box::new(Text::of(dictionary.values().as_ref(), column)?),
                }
            }
            _ => return Err(wrong()),
        })
    }

    fn len(&self) -> usize {
        match self {
            Text::Small(a) => a.len(),
            Text::Large(a) => a.len(),
            Text::View(a) => a.len(),
            Text::Dictionary { array, .. } => array.len(),
        }
    }

    fn get(&self, row: usize) -> Option<&'a str> {
        match self {
            Text::Small(a) => a.is_valid(row).then(|| a.value(row)),
            Text::Large(a) => a.is_valid(row).then(|| a.value(row)),
            Text::View(a) => a.is_valid(row).then(|| a.value(row)),
            Text::Dictionary {
                array,
                keys,
                values,
            } => {
                if array.is_valid(row) {
                    values.get(*keys.get(row)?)
                } else {
                    None
                }
            }
        }
    }
}

/// The kinds of `notes`, one per row, as a dictionary of
/// [`GreetingKind::as_str`] spellings (`Int8` keys); null where the note is
/// null.
///
/// # Errors
///
/// [`ColumnError::WrongType`] when `notes` is not a text column.
///
/// # Examples
///
/// ```
/// use arrow_array::{Array, LargeStringArray, StringArray};
/// use opendoor::{GreetingDetector, GreetingKind, columns::note_kinds};
///
/// let notes = LargeStringArray::from(vec!["", "Hi! Let's connect."]);
/// let kinds = note_kinds(&GreetingDetector::new(), &notes)?;
/// assert_eq!(kinds.values().len(), GreetingKind::ALL.len());
/// let kinds: Vec<_> = kinds.downcast_dict::<StringArray>().unwrap().into_iter().collect();
/// assert_eq!(kinds, [Some("empty"), Some("generic_template")]);
/// # Ok::<(), opendoor::columns::ColumnError>(())
/// ```
pub fn note_kinds(
    detector: &GreetingDetector,
    notes: &dyn Array,
) -> Result<DictionaryArray<Int8Type>, ColumnError> {
    let text = Text::of(notes, "notes")?;
    let keys: Int8Array = (0..text.len())
        .map(|row| {
            text.get(row)
                .map(|note| key(GreetingKind::ALL, detector.classify(note)))
        })
        .collect();
    spelled_keys(keys, GreetingKind::ALL, GreetingKind::as_str)
}

/// The position of `value` among `all` (a spelled enum's variants), as a
/// dictionary key.
fn key<T: PartialEq>(all: &[T], value: T) -> i8 {
    let at = all.iter().position(|v| *v == value).unwrap_or(0);
    i8::try_from(at).unwrap_or(i8::MAX)
}

/// `keys` (from [`key`]) as a dictionary of the spellings of `all`.
fn spelled_keys<T: Copy>(
    keys: Int8Array,
    all: &[T],
    spell: fn(T) -> &'static str,
) -> Result<DictionaryArray<Int8Type>, ColumnError> {
    let values = StringArray::from_iter_values(all.iter().map(|&value| spell(value)));
    Ok(DictionaryArray::try_new(keys, Arc::new(values))?)
}

/// The platform of each note that is a stock text (null for any other
/// note, and for a null one).
///
/// # Errors
///
/// [`ColumnError::WrongType`] when `notes` is not a text column.
///
/// # Examples
///
/// ```
/// use arrow_array::{Array, StringArray};
/// use opendoor::{GreetingDetector, columns::note_platforms};
///
/// let notes = StringArray::from(vec!["我是张伟", "hello there, Rust fan"]);
/// let platforms = note_platforms(&GreetingDetector::new(), &notes)?;
/// assert_eq!(platforms.value(0), "WeChat");
/// assert!(platforms.is_null(1));
/// # Ok::<(), opendoor::columns::ColumnError>(())
/// ```
pub fn note_platforms(
    detector: &GreetingDetector,
    notes: &dyn Array,
) -> Result<StringArray, ColumnError> {
    stock_column(detector, notes, StockText::platform)
}

/// The language of the catalog entry of each note that is a stock text
/// (null for any other note, and for a null one).
///
/// # Errors
///
/// [`ColumnError::WrongType`] when `notes` is not a text column.
///
/// # Examples
///
/// ```
/// use arrow_array::StringViewArray;
/// use opendoor::{GreetingDetector, columns::note_languages};
///
/// let notes = StringViewArray::from(vec!["Hola, me gustaría contactar contigo"]);
/// let languages = note_languages(&GreetingDetector::new(), &notes)?;
/// assert_eq!(languages.value(0), "es");
/// # Ok::<(), opendoor::columns::ColumnError>(())
/// ```
pub fn note_languages(
    detector: &GreetingDetector,
    notes: &dyn Array,
) -> Result<StringArray, ColumnError> {
    stock_column(detector, notes, StockText::language)
}

/// `field` of the catalog entry of each note that is a stock text.
fn stock_column(
    detector: &GreetingDetector,
    notes: &dyn Array,
    field: fn(&StockText) -> &str,
) -> Result<StringArray, ColumnError> {
    let text = Text::of(notes, "notes")?;
    Ok((0..text.len())
        .map(|row| {
            text.get(row)
                .and_then(|note| detector.detect(note).stock_text().map(field))
        })
        .collect())
}

/// The [`NoteFingerprint`] of each note (null when the note is null or has
/// no body).
///
/// # Errors
///
/// [`ColumnError::WrongType`] when `notes` is not a text column.
///
/// # Examples
///
/// ```
/// use arrow_array::{Array, StringArray};
/// use opendoor::{GreetingDetector, columns::note_fingerprints};
///
/// let notes = StringArray::from(vec![
///     "Hi Ann, our agency doubles your leads in 30 days. – Bo",
///     "Hello Carl!\nOUR AGENCY DOUBLES YOUR LEADS IN 30 DAYS",
///     "",
/// ]);
/// let fingerprints = note_fingerprints(&GreetingDetector::new(), &notes)?;
/// assert_eq!(fingerprints.value(0), fingerprints.value(1));
/// assert!(fingerprints.is_null(2));
/// # Ok::<(), opendoor::columns::ColumnError>(())
/// ```
pub fn note_fingerprints(
    detector: &GreetingDetector,
    notes: &dyn Array,
) -> Result<UInt64Array, ColumnError> {
    let text = Text::of(notes, "notes")?;
    Ok((0..text.len())
        .map(|row| {
            text.get(row)
                .and_then(|note| detector.fingerprint(note))
                .map(NoteFingerprint::as_u64)
        })
        .collect())
}

/// An integer column of any width, read as a count (its type resolved
/// once, not per row).
enum Integers<'a> {
    I8(&'a PrimitiveArray<Int8Type>, &'a str),
    I16(&'a PrimitiveArray<Int16Type>, &'a str),
    I32(&'a PrimitiveArray<Int32Type>, &'a str),
    I64(&'a PrimitiveArray<Int64Type>, &'a str),
    U8(&'a PrimitiveArray<UInt8Type>),
    U16(&'a PrimitiveArray<UInt16Type>),
    U32(&'a PrimitiveArray<UInt32Type>),
    U64(&'a PrimitiveArray<UInt64Type>),
}

impl<'a> Integers<'a> {
    fn of(array: &'a dyn Array, column: &'a str) -> Result<Self, ColumnError> {
        Ok(match array.data_type() {
            DataType::Int8 => Integers::I8(array.as_primitive(), column),
            DataType::Int16 => Integers::I16(array.as_primitive(), column),
            DataType::Int32 => Integers::I32(array.as_primitive(), column),
            DataType::Int64 => Integers::I64(array.as_primitive(), column),
            DataType::UInt8 => Integers::U8(array.as_primitive()),
            DataType::UInt16 => Integers::U16(array.as_primitive()),
            DataType::UInt32 => Integers::U32(array.as_primitive()),
            DataType::UInt64 => Integers::U64(array.as_primitive()),
            found => {
                return Err(ColumnError::WrongType {
                    column: column.to_owned(),
                    expected: ColumnType::Count.expected(),
                    found: found.clone(),
                });
            }
        })
    }

    /// Row `row` as a count: null is `None`, a negative value an error, a
    /// value past `u32::MAX` is `u32::MAX`.
    fn get(&self, row: usize) -> Result<Option<u32>, ColumnError> {
        fn signed<T: ArrowPrimitiveType>(
            array: &PrimitiveArray<T>,
            column: &str,
            row: usize,
        ) -> Result<Option<u32>, ColumnError>
        where
            T::Native: Into<i64>,
        {
            if array.is_null(row) {
                return Ok(None);
            }
            let value: i64 = array.value(row).into();
            if value < 0 {
                return Err(ColumnError::BadValue {
                    column: column.to_owned(),
                    row,
                    problem: format!("a count cannot be negative ({value})"),
                });
            }
            Ok(Some(u32::try_from(value).unwrap_or(u32::MAX)))
        }
        fn unsigned<T: ArrowPrimitiveType>(array: &PrimitiveArray<T>, row: usize) -> Option<u32>
        where
            T::Native: Into<u64>,
        {
            array
                .is_valid(row)
                .then(|| u32::try_from(array.value(row).into()).unwrap_or(u32::MAX))
        }
        match *self {
            Integers::I8(a, column) => signed(a, column, row),
            Integers::I16(a, column) => signed(a, column, row),
            Integers::I32(a, column) => signed(a, column, row),
            Integers::I64(a, column) => signed(a, column, row),
            Integers::U8(a) => Ok(unsigned(a, row)),
            Integers::U16(a) => Ok(unsigned(a, row)),
            Integers::U32(a) => Ok(unsigned(a, row)),
            Integers::U64(a) => Ok(unsigned(a, row)),
        }
    }
}

fn booleans<'a>(array: &'a dyn Array, column: &str) -> Result<&'a BooleanArray, ColumnError> {
    array
        .as_boolean_opt()
        .ok_or_else(|| ColumnError::WrongType {
            column: column.to_owned(),
            expected: ColumnType::Flag.expected(),
            found: array.data_type().clone(),
        })
}

/// A text column of a spelled enum's values ([`Relationship`],
/// [`Familiarity`]). It remembers the last few spellings it read and their
/// values: categorical columns repeat a few spellings, and comparing bytes
/// is cheaper than matching every variant's spelling again.
struct Spelled<'a, T> {
    name: &'static str,
    text: Text<'a>,
    seen: [Cell<Option<(&'a str, T)>>; MEMO],
    next: Cell<usize>,
}

/// The spellings a [`Spelled`] column keeps (every variant of the enums it
/// reads).
const MEMO: usize = 8;

impl<'a, T: Copy + std::str::FromStr<Err = crate::ParseError>> Spelled<'a, T> {
    /// The column `name` of `batch`, if it has one.
    fn of(batch: &'a RecordBatch, name: &'static str) -> Result<Option<Self>, ColumnError> {
        let Some(column) = batch.column_by_name(listed(name, ColumnType::Text)) else {
            return Ok(None);
        };
        Ok(Some(Spelled {
            name,
            text: Text::of(column.as_ref(), name)?,
            seen: std::array::from_fn(|_| Cell::new(None)),
            next: Cell::new(0),
        }))
    }

    /// Row `row`'s value: `None` when null, an error naming the column and
    /// the row for a spelling no variant has.
    fn get(&self, row: usize) -> Result<Option<T>, ColumnError> {
        let Some(value) = self.text.get(row) else {
            return Ok(None);
        };
        for seen in &self.seen {
            match seen.get() {
                Some((spelling, parsed)) if spelling == value => return Ok(Some(parsed)),
                Some(_) => {}
                None => break,
            }
        }
        let parsed: T = value
            .parse()
            .map_err(|e: crate::ParseError| ColumnError::BadValue {
                column: self.name.to_owned(),
                row,
                problem: e.to_string(),
            })?;
        let at = self.next.get();
        self.seen[at % MEMO].set(Some((value, parsed)));
        self.next.set(at + 1);
        Ok(Some(parsed))
    }
}

/// The columns of a batch of requests, as [`decide_batch`] reads them.
struct Columns<'a> {
    sender: Text<'a>,
    note: Option<Text<'a>>,
    introduction_to: Option<Text<'a>>,
    claim: Option<Spelled<'a, Relationship>>,
    familiarity: Option<Spelled<'a, Familiarity>>,
    mutual_connections: Option<Integers<'a>>,
    account_age_days: Option<Integers<'a>>,
    follows_you_since_days: Option<Integers<'a>>,
    limited_sender: Option<&'a BooleanArray>,
    private_mention: Option<&'a BooleanArray>,
    bot_sender: Option<&'a BooleanArray>,
    server: Option<Text<'a>>,
    mass_senders: Option<Integers<'a>>,
}

impl<'a> Columns<'a> {
    fn of(batch: &'a RecordBatch) -> Result<Self, ColumnError> {
        let column = |name: &str| batch.column_by_name(name).map(|c| c.as_ref());
        let text = |name: &'static str| {
            let name = listed(name, ColumnType::Text);
            column(name).map(|c| Text::of(c, name)).transpose()
        };
        let integers = |name: &'static str| {
            let name = listed(name, ColumnType::Count);
            column(name).map(|c| Integers::of(c, name)).transpose()
        };
        let flags = |name: &'static str| {
            let name = listed(name, ColumnType::Flag);
            column(name).map(|c| booleans(c, name)).transpose()
        };
        Ok(Columns {
            sender: text("sender")?.ok_or(ColumnError::MissingColumn { column: "sender" })?,
            note: match text("note")? {
                Some(note) => Some(note),
                None => text("greeting")?,
            },
            introduction_to: text("introduction_to")?,
            claim: Spelled::of(batch, "claim")?,
            familiarity: Spelled::of(batch, "familiarity")?,
            mutual_connections: integers("mutual_connections")?,
            account_age_days: integers("account_age_days")?,
            follows_you_since_days: integers("follows_you_since_days")?,
            limited_sender: flags("limited_sender")?,
            private_mention: flags("private_mention")?,
            bot_sender: flags("bot_sender")?,
            server: text("server")?,
            mass_senders: integers("mass_senders")?,
        })
    }

    /// Row `row` as a request's values, or `None` when its sender is null.
    fn row(&self, row: usize) -> Result<Option<RequestRow<'a>>, ColumnError> {
        let Some(sender) = self.sender.get(row) else {
            return Ok(None);
        };
        let text = |column: &Option<Text<'a>>| column.as_ref().and_then(|c| c.get(row));
        let count =
            |column: &Option<Integers<'a>>| column.as_ref().map_or(Ok(None), |c| c.get(row));
        let flag =
            |column: Option<&BooleanArray>| column.is_some_and(|c| c.is_valid(row) && c.value(row));
        let claim = self.claim.as_ref().map_or(Ok(None), |c| c.get(row))?;
        let familiarity = self.familiarity.as_ref().map_or(Ok(None), |c| c.get(row))?;
        Ok(Some(RequestRow {
            sender,
            greeting: text(&self.note).unwrap_or_default(),
            introduction_to: text(&self.introduction_to),
            claim: claim.unwrap_or_default(),
            familiarity: familiarity.unwrap_or_default(),
            mutual_connections: count(&self.mutual_connections)?.unwrap_or(0),
            account_age_days: count(&self.account_age_days)?,
            follows_you_since_days: count(&self.follows_you_since_days)?,
            limited_sender: flag(self.limited_sender),
            private_mention: flag(self.private_mention),
            bot_sender: flag(self.bot_sender),
            server: text(&self.server),
            mass_senders: count(&self.mass_senders)?,
        }))
    }
}

/// `policy`'s decision on each row of `batch`, as a record batch of two
/// columns: `action` (a dictionary of [`Action::as_str`] spellings, `Int8`
/// keys) and `reasons` (a list of [`Reason::as_str`] spellings, in the
/// decision's order, dictionary-encoded the same way); both null where the
/// sender is null.
///
/// A row is a [`Request`]: the columns are read by name, and every column
/// but `sender` is optional (a missing column, or a null value, is the
/// field's default):
///
/// | column | type | request field |
/// |---|---|---|
/// | `sender` | text | [`Request::sender`] |
/// | `note` (or `greeting`) | text | [`Request::greeting`] |
/// | `introduction_to` | text | an introduction request to this contact ([`RequestKind`](crate::RequestKind)) |
/// | `claim` | text ([`Relationship`] spelling) | [`Request::claim`] |
/// | `familiarity` | text ([`Familiarity`] spelling) | [`Request::familiarity`] |
/// | `mutual_connections`, `account_age_days`, `follows_you_since_days`, `mass_senders` | any integer type | the same fields |
/// | `limited_sender`, `private_mention`, `bot_sender` | Boolean | the same fields |
/// | `server` | text | [`Request::server`] |
///
/// Text is `Utf8`, `LargeUtf8`, `Utf8View` or a dictionary of one of them.
/// Other columns are ignored. The decisions are exactly `policy.decide`'s
/// on the same requests, and cost no allocation per row beyond the output
/// buffers' growth: one request is refilled for every row.
///
/// # Errors
///
/// [`ColumnError::MissingColumn`] without a `sender` column;
/// [`ColumnError::WrongType`] for a known column of another type;
/// [`ColumnError::BadValue`] for a spelling no [`Relationship`] or
/// [`Familiarity`] has, or a negative count, naming the column and the
/// row.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::{Array, RecordBatch, StringArray, UInt32Array, cast::AsArray};
/// use opendoor::{Hybrid, columns::decide_batch};
///
/// let batch = RecordBatch::try_from_iter([
///     ("sender", Arc::new(StringArray::from(vec!["Ann", "Bo"])) as _),
///     ("note", Arc::new(StringArray::from(vec![Some("Loved your RustConf talk!"), None])) as _),
///     ("familiarity", Arc::new(StringArray::from(vec!["stranger", "known"])) as _),
///     ("mutual_connections", Arc::new(UInt32Array::from(vec![0, 12])) as _),
/// ])?;
/// let decided = decide_batch(&Hybrid::new(), &batch)?;
/// let actions = decided.column(0).as_any_dictionary();
/// let actions = actions.values().as_string::<i32>();
/// let keys = decided.column(0).as_dictionary::<arrow_array::types::Int8Type>().keys();
/// assert_eq!(actions.value(keys.value(1) as usize), "accept");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decide_batch<P: NetworkingPolicy + ?Sized>(
    policy: &P,
    batch: &RecordBatch,
) -> Result<RecordBatch, ColumnError> {
    let columns = Columns::of(batch)?;
    let rows = batch.num_rows();
    let mut actions: Vec<Option<i8>> = Vec::with_capacity(rows);
    // The reasons: a list per row of keys into every reason's spelling.
    let mut offsets: Vec<i32> = Vec::with_capacity(rows + 1);
    let mut keys: Vec<i8> = Vec::with_capacity(rows * 2);
    let mut valid: Vec<bool> = Vec::with_capacity(rows);
    offsets.push(0);
    let mut request = Request::connect(String::new());
    let mut spare = [String::new(), String::new()];
    for row in 0..rows {
        if let Some(values) = columns.row(row)? {
            request.refill(&values, &mut spare);
            let decision = policy.decide(&request);
            actions.push(Some(key(Action::ALL, decision.action())));
            keys.extend(decision.reasons().map(|reason| key(Reason::ALL, reason)));
            valid.push(true);
        } else {
            actions.push(None);
            valid.push(false);
        }
        offsets.push(i32::try_from(keys.len()).unwrap_or(i32::MAX));
    }
    let actions = spelled_keys(Int8Array::from(actions), Action::ALL, Action::as_str)?;
    let reason_values: ArrayRef = Arc::new(spelled_keys(
        Int8Array::from(keys),
        Reason::ALL,
        Reason::as_str,
    )?);
    let reasons = ListArray::try_new(
        Arc::new(reason_field()),
        OffsetBuffer::new(offsets.into()),
        reason_values,
        Some(NullBuffer::from(valid)),
    )?;
    Ok(RecordBatch::try_new(
        Arc::new(decision_schema()),
        vec![Arc::new(actions), Arc::new(reasons)],
    )?)
}

/// The schema of [`decide_batch`]'s output, for an engine that declares a
/// function's result type before it sees a batch (a SQL function's return
/// type, a Parquet writer's schema): `action` is a dictionary (`Int8`
/// keys) of [`Action::as_str`] spellings, `reasons` a list of
/// [`Reason::as_str`] spellings, dictionary-encoded the same way; both
/// nullable (null where the sender is null).
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::{RecordBatch, StringArray};
/// use opendoor::{Open, columns::{decide_batch, decision_schema}};
///
/// let batch = RecordBatch::try_from_iter([("sender", Arc::new(StringArray::from(vec!["Ann"])) as _)])?;
/// assert_eq!(*decide_batch(&Open::new(), &batch)?.schema(), decision_schema());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn decision_schema() -> Schema {
    let spelled = DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8));
    Schema::new(vec![
        Field::new("action", spelled, true),
        Field::new("reasons", DataType::List(Arc::new(reason_field())), true),
    ])
}

/// The item of the `reasons` list: a reason's spelling, never null.
fn reason_field() -> Field {
    Field::new(
        "item",
        DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8)),
        false,
    )
}
