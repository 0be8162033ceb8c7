//! A detector's customisation as data: what a policy configuration carries
//! so that a file can add stock texts, vocabulary and patterns.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use super::GreetingDetector;
use super::builder::{Extras, GreetingDetectorBuilder};
use crate::error::BuildError;

/// A detector described as data: the additions of a
/// [`GreetingDetectorBuilder`] (stock texts, salutations, sign-offs,
/// generic words and patterns, the slots of a memo of repeats), kept beside
/// the detector built from them.
///
/// It is built when it is made, so holding one means the additions are
/// valid: [`HybridConfig::to_policy`](crate::HybridConfig::to_policy),
/// [`RulesConfig::to_policy`](crate::RulesConfig::to_policy) and
/// [`PolicyConfig::build`](crate::PolicyConfig::build) cannot fail, and a
/// bad pattern in a configuration file is an error when the file is read.
/// The default is the built-in detector.
///
/// With the `serde` feature it reads and writes as a map; every field is
/// optional:
///
/// ```json
/// {"built_in_catalog": true,
///  "stock_texts": [{"platform": "Acme", "language": "en", "text": "Join me on Acme"}],
///  "stock_texts_tsv": [], "salutations": ["ahoy"], "sign_offs": ["fair winds"],
///  "generic_words": ["synergy"], "generic_patterns": ["i want to grow my network"],
///  "repeat_cache": 1024}
/// ```
///
/// # Examples
///
/// ```
/// use opendoor::{DetectorConfig, GreetingDetector, GreetingKind};
///
/// let config = DetectorConfig::new(GreetingDetector::builder().salutation("ahoy").stock_text("Acme", "en", "Join me on Acme"))?;
/// assert_eq!(config.detector().classify("Ahoy! Join me on Acme."), GreetingKind::PlatformDefault);
/// assert!(DetectorConfig::default().is_built_in());
/// # Ok::<(), opendoor::BuildError>(())
/// ```
#[derive(Clone, Default)]
pub struct DetectorConfig {
    /// Shared: a configuration is cloned with every policy built from it.
    extras: Arc<Extras>,
    detector: GreetingDetector,
}

impl DetectorConfig {
    /// The detector `builder` builds, with its additions kept as data.
    ///
    /// # Errors
    ///
    /// The [`BuildError`] of [`GreetingDetectorBuilder::build`].
    ///
    /// # Examples
    ///
    /// ```
    /// let err = opendoor::DetectorConfig::new(opendoor::GreetingDetector::builder().generic_pattern("("));
    /// assert!(err.is_err());
    /// ```
    pub fn new(builder: &GreetingDetectorBuilder) -> Result<Self, BuildError> {
        Ok(DetectorConfig {
            extras: Arc::new(builder.extras()),
            detector: builder.build()?,
        })
    }

    /// The detector.
    ///
    /// # Examples
    ///
    /// ```
    /// let config = opendoor::DetectorConfig::default();
    /// assert!(config.detector().stock_texts().len() > 500);
    /// ```
    #[must_use]
    pub fn detector(&self) -> &GreetingDetector {
        &self.detector
    }

    /// A builder with the same additions, to add more.
    ///
    /// # Examples
    ///
    /// ```
    /// use opendoor::DetectorConfig;
    ///
    /// let more = DetectorConfig::new(DetectorConfig::default().to_builder().salutation("ahoy"))?;
    /// assert!(!more.is_built_in());
    /// # Ok::<(), opendoor::BuildError>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> GreetingDetectorBuilder {
        GreetingDetectorBuilder::from_extras(Extras::clone(&self.extras))
    }

    /// Whether this is the built-in detector, with nothing added (nor a
    /// memo of repeats asked for: a configuration with one is written out).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(opendoor::DetectorConfig::default().is_built_in());
    /// ```
    #[must_use]
    pub fn is_built_in(&self) -> bool {
        *self.extras == Extras::default()
    }
}

impl PartialEq for DetectorConfig {
    fn eq(&self, other: &Self) -> bool {
        self.extras == other.extras
    }
}

impl Eq for DetectorConfig {}

impl Hash for DetectorConfig {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.extras.hash(state);
    }
}

impl fmt::Debug for DetectorConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DetectorConfig")
            .field("extras", &self.extras)
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DetectorConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.extras.serialize(serializer)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DetectorConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let extras = Extras::deserialize(deserializer)?;
        DetectorConfig::new(&GreetingDetectorBuilder::from_extras(extras))
            .map_err(|e| serde::de::Error::custom(format_args!("detector: {e}")))
    }
}
