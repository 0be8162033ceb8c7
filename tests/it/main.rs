//! The integration tests, one crate (one link on a small machine) with a
//! module per subject. The allocation test stands apart in
//! `tests/allocations.rs`: it installs a counting global allocator.

mod adversarial;
mod api_traits;
mod budget;
mod bulk;
#[cfg(feature = "arrow")]
mod columns;
mod detector_builder;
mod detector_catalog;
mod detector_kinds;
mod detector_properties;
mod mass_notes;
mod policies_as_data;
mod policy_contract;
mod readme;
mod repeat_cache;
mod rules_platforms;
mod serde_data;
mod untrusted_configs;
