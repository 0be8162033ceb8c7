//! A guide to `opendoor`: the policies, the detector, and embedding them in a
//! service. This module has no items; it is documentation only.
//!
//! # Why an open door
//!
//! A closed networker refuses people she has not met, and tells them so when
//! they arrive with the platform's stock invitation and a claimed "Friend"
//! relationship. But the platform often forces that text and that choice: the
//! sender did not lie, and a refusal slams a door that a coffee might have
//! opened. `opendoor` is built on the better rule: accept people you know,
//! accept strangers who show a real connection (a personal note, mutual
//! connections), and build rapport with everyone else before vouching for
//! them. Declining is always silent, and a claim is reported, never held
//! against anyone ([`Reason::UnverifiedClaim`](crate::Reason::UnverifiedClaim)).
//!
//! # The policies
//!
//! | policy | for | configure with |
//! |---|---|---|
//! | [`Open`](crate::Open) | accepting every connection; vouching only for people you know | nothing |
//! | [`Closed`](crate::Closed) | comparison: only people you know get in | nothing |
//! | [`Hybrid`](crate::Hybrid) | the default rule above | [`HybridBuilder`](crate::HybridBuilder): threshold of mutual connections, what strangers get |
//! | [`Rules`](crate::Rules) | an action per criterion, including Mastodon's notification policy and Matrix invite filtering | [`RulesBuilder`](crate::RulesBuilder), or a [`PolicyConfig`](crate::PolicyConfig) |
//!
//! Every policy is total (any request gets a decision) and deterministic.
//! `Open`, `Closed` and the default `Hybrid` are also monotone: knowing the
//! sender better, sharing more connections, or a personal note instead of
//! a stock one never makes a decision less open (property tests check
//! this). A `Rules` decides what its configuration says, criterion by
//! criterion (the most severe tripped criterion wins, else `otherwise`),
//! so it is monotone only when its configuration is:
//! `platform_default_note = "follow_up"` with `otherwise = "hold"` follows
//! up a stock text and holds a personal note. Compose policies with
//! [`PolicyExt`](crate::PolicyExt): `a.strictest(b)` to add a veto,
//! `a.most_open(b)` to add an exception.
//!
//! # The detector
//!
//! [`GreetingDetector`](crate::GreetingDetector) answers one question: does
//! this note say something specific to the recipient? Its verdicts, in the
//! order they are tried:
//!
//! 1. [`Empty`](crate::GreetingKind::Empty): nothing visible.
//! 2. [`PlatformDefault`](crate::GreetingKind::PlatformDefault): a
//!    catalogued stock text, with at most a salutation before it and
//!    pleasantries and a signature after it.
//! 3. [`GenericTemplate`](crate::GreetingKind::GenericTemplate): every word
//!    is a salutation, a sign-off, a generic connect-request word, or a name
//!    where a salutation or signature puts one (or a sentence matches a
//!    user pattern); a stock text plus generic sentences is a template too.
//! 4. [`Personal`](crate::GreetingKind::Personal): anything else. One
//!    unknown word in the body (a topic, a place, a number) is enough, so a
//!    stock text followed by a real sentence is personal.
//!
//! Before matching, a note is normalised: case (all of Unicode), accents,
//! compatibility forms, apostrophe styles, whitespace, HTML entities and
//! invisible characters are folded away, and letters of other scripts that
//! imitate Latin ones (Cyrillic `а`, Greek `ο`) become the Latin letter. A
//! note that needed that last kind of folding, or hid invisible characters
//! between letters, stacked combining marks, or bidi controls, is
//! [disguised](crate::Detection::is_disguised), and policies say so
//! ([`Reason::DisguisedStockText`](crate::Reason::DisguisedStockText)).
//!
//! Deliberately out of scope: paraphrases (a language model rewriting the
//! stock text), misspellings and leetspeak (`netw0rk`), words split or merged
//! (`add you` as `addyou`). They read as what they are; a mass sender who
//! writes a new sentence for every recipient is, for this crate's purpose,
//! writing a personal note. The built-in vocabulary covers the generic
//! notes of 20 languages (en fr es de pt it nl ru pl tr ar hi id ko ja zh th
//! lo km my; inflected forms by stem) and other catalog languages for
//! salutations and sign-offs only; a generic note with a word the vocabulary
//! lacks reads as personal (the safe side). Extend it with
//! [`GreetingDetectorBuilder`](crate::GreetingDetectorBuilder).
//!
//! # Embedding in a service
//!
//! Policies are immutable values, `Send + Sync`, cheap to clone (the
//! detector is shared behind an `Arc`). Build one per configuration and share
//! it.
//!
//! A worker pool deciding requests from many threads:
//!
//! ```
//! use std::sync::Arc;
//! use opendoor::{Hybrid, NetworkingPolicy, Request};
//!
//! let policy: Arc<dyn NetworkingPolicy + Send + Sync> = Arc::new(Hybrid::new());
//! let workers: Vec<_> = (0..4)
//!     .map(|worker| {
//!         let policy = Arc::clone(&policy);
//!         std::thread::spawn(move || {
//!             let request = Request::connect(format!("sender {worker}"));
//!             policy.decide(&request).action()
//!         })
//!     })
//!     .collect();
//! for worker in workers {
//!     let _action = worker.join().unwrap();
//! }
//! ```
//!
//! Each thread keeps its own detector buffers, so after the first few notes
//! nothing is allocated per request.
//!
//! A stream consumer deciding batches with one reused buffer and a running
//! tally per shard, merged for reporting:
//!
//! ```
//! use opendoor::{Hybrid, NetworkingPolicy, Request, Tally};
//!
//! let policy = Hybrid::new();
//! let mut decisions = Vec::with_capacity(512);
//! let mut tally = Tally::new();
//! let batches = vec![vec![Request::connect("a"), Request::connect("b")], vec![Request::connect("c")]];
//! for batch in &batches {
//!     policy.decide_into(batch, &mut decisions);
//!     tally.extend(&decisions);
//!     // ... act on `decisions`, which line up with `batch` ...
//! }
//! let other_shard = Tally::new();
//! let everything = tally + other_shard;
//! assert_eq!(everything.total(), 3);
//! ```
//!
//! Reloading a policy from configuration at run time (feature `serde`): parse
//! the new [`PolicyConfig`](crate::PolicyConfig), `build()` it, and swap the
//! `Arc` that workers read; a config that fails to parse names its error and
//! leaves the running policy in place.
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use std::sync::{Arc, RwLock};
//! use opendoor::{NetworkingPolicy, Open, PolicyConfig};
//!
//! let current: RwLock<Arc<dyn NetworkingPolicy + Send + Sync>> = RwLock::new(Arc::new(Open::new()));
//! let text = r#"{"policy": "hybrid", "strangers": "hold"}"#;
//! match serde_json::from_str::<PolicyConfig>(text).map_err(|e| e.to_string()) {
//!     Ok(config) => *current.write().unwrap() = Arc::from(config.build()),
//!     Err(message) => eprintln!("keeping the current policy: {message}"),
//! }
//! # }
//! ```
//!
//! Counting mass-pasted notes across the whole stream: one
//! [`MassNotes`](crate::MassNotes) tracker shared by every worker (a lock
//! per bucket, fixed memory), fed with each request's sender and note
//! fingerprint before the policy decides. Act on the lower bound of its
//! count, which never counts a sender who did not paste the note:
//!
//! ```
//! use std::sync::Arc;
//! use opendoor::{Action, GreetingDetector, MassNotes, MassNotesConfig, NetworkingPolicy, Request, Rules};
//!
//! let tracker = Arc::new(MassNotes::new(MassNotesConfig::default()).unwrap());
//! let detector = GreetingDetector::new();
//! let policy = Rules::builder().mass_note(Action::Hold).mass_note_senders(50).build();
//! let request = Request::connect("@ann:example.org").with_greeting("Grow your pipeline 10x with our agency!");
//! let request = match detector.fingerprint(request.greeting().as_str()) {
//!     Some(fingerprint) => {
//!         let count = tracker.observe(request.sender(), fingerprint);
//!         request.with_mass_senders(count.senders())
//!     }
//!     None => request,
//! };
//! assert_eq!(policy.decide(&request).action(), Action::Accept);
//! ```
//!
//! # Untrusted input
//!
//! Notes are written by strangers and configs by users; neither can make the
//! crate panic or work without bound. Classification is linear in the note's
//! length and keeps at most 4 KiB of normalised text (a longer note is judged
//! on that prefix). User regex patterns compile with size limits (1 MiB each,
//! 16 MiB together) and match in linear time; a stock text may have at most
//! three slots. MSC4155 globs longer than 255 characters are skipped, as Synapse
//! skips them. Numeric knobs take any `u32` with a documented meaning at both
//! ends.
//!
//! # Words used in these docs
//!
//! One name per concept:
//!
//! | word | means | in the API |
//! |---|---|---|
//! | note | the free text attached to a request | [`Greeting`](crate::Greeting) |
//! | stock text | a text a platform pre-fills, catalogued with its platform and language | [`StockText`](crate::StockText) |
//! | platform default | a note that is a stock text, with at most a salutation and a signature around it | [`GreetingKind::PlatformDefault`](crate::GreetingKind::PlatformDefault) |
//! | generic template | a note that says nothing specific, in words many people paste | [`GreetingKind::GenericTemplate`](crate::GreetingKind::GenericTemplate) |
//! | salutation | the opening words of a note ("Hi Ann,") | a lexicon class |
//! | signature | the closing of a note: sign-off, name, headline | lexicon classes |
//! | knob | one setting of a policy, a field of its configuration | [`HybridConfig`](crate::HybridConfig), [`RulesConfig`](crate::RulesConfig) |
//! | criterion | a condition of [`Rules`](crate::Rules) that trips with its knob's action | [`Reason`](crate::Reason) names it |
//!
//! # Where a fact lives
//!
//! For a change, one place to touch (and one test to add):
//!
//! - **A knob** of a policy: one line in its configuration's `knobs!` table
//!   (`src/policy/hybrid.rs`, `src/policy/rules/mod.rs`): field, doc,
//!   default and how serde reads it; one setter line in the builder's
//!   `knob_setters!`; the code that uses it.
//! - **A signal** of a request: a field, setter and getter of
//!   [`Request`](crate::Request) (`src/request/mod.rs`).
//! - **A reason**: a variant with its spelling in `Reason`
//!   (`src/decision.rs`) and its sentence.
//! - **A stock text**: a row of `data/stock_greetings.tsv`.
//! - **A word** of the vocabulary: a row of `data/lexicon.tsv`; an
//!   inflectional ending of a language: its `suffix` row there
//!   (`src/detector/inflection.rs` reads them).
//! - **A normalisation rule**: `src/detector/normalize/chars.rs` for what a
//!   character is (derived from Unicode properties where one exists),
//!   `entity.rs` for HTML entities, `disguise.rs` for what counts as a
//!   disguise.
//! - **A grammar rule** of the detector: `step` in
//!   `src/detector/matcher/grammar.rs` and the walk in
//!   `src/detector/matcher.rs`; what the walk reads around a word in the
//!   module of that part of a note (`matcher/templates.rs`, `names.rs`,
//!   `story.rs`, `clause.rs`, `headline.rs`, `contact.rs`, `footer.rs`);
//!   each with a unit test.
