//! proptest strategies for notes and requests.

use opendoor::{Familiarity, Relationship, Request};
use proptest::prelude::*;

use crate::{SPECIFIC_SENTENCES, labelled_notes, stock_rows};

/// Notes of every kind, for requests.
pub fn greeting() -> impl Strategy<Value = String> {
    let stock: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    let labelled: Vec<String> = labelled_notes().into_iter().map(|r| r.2).collect();
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(stock),
        proptest::sample::select(labelled),
        proptest::sample::select(SPECIFIC_SENTENCES).prop_map(str::to_owned),
        ".{0,60}",
    ]
}

/// Notes that say nothing personal: empty, stock texts, generic templates.
pub fn non_personal_greeting() -> impl Strategy<Value = String> {
    let stock: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    let generic: Vec<String> = labelled_notes()
        .into_iter()
        .filter(|r| r.0 == "generic_template")
        .map(|r| r.2)
        .collect();
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(stock),
        proptest::sample::select(generic),
    ]
}

pub fn familiarity() -> impl Strategy<Value = Familiarity> {
    proptest::sample::select(Familiarity::ALL)
}

pub fn relationship() -> impl Strategy<Value = Relationship> {
    proptest::sample::select(Relationship::ALL)
}

/// Any request of [`request`], with the signals it leaves alone: a limited
/// or bot sender, a private mention, a server, how many senders pasted the
/// note, how long the sender has followed the recipient.
pub fn request_with_signals() -> impl Strategy<Value = Request> {
    (
        request(),
        any::<[bool; 3]>(),
        proptest::option::of("[a-z]{1,8}\\.example"),
        proptest::option::of(0u32..200),
        proptest::option::of(0u32..10),
    )
        .prop_map(
            |(request, [limited, private, bot], server, mass, follows)| {
                let request = request
                    .with_limited_sender(limited)
                    .with_private_mention(private)
                    .with_bot_sender(bot);
                let request = match server {
                    Some(server) => request.with_server(server),
                    None => request,
                };
                let request = match mass {
                    Some(count) => request.with_mass_senders(count),
                    None => request,
                };
                match follows {
                    Some(days) => request.with_follows_you_since_days(days),
                    None => request,
                }
            },
        )
}

/// Any request: either kind, any claim, familiarity, mutual connections
/// and account age, any kind of note (the other signals are left alone:
/// see [`request_with_signals`]).
pub fn request() -> impl Strategy<Value = Request> {
    (
        any::<bool>(),
        "[A-Za-zÀ-ÿ ]{1,20}",
        greeting(),
        relationship(),
        familiarity(),
        prop_oneof![0u32..5, any::<u32>()],
        proptest::option::of(0u32..4000),
    )
        .prop_map(|(intro, sender, note, claim, familiarity, mutual, age)| {
            let request = if intro {
                Request::introduction(sender, "Dana")
            } else {
                Request::connect(sender)
            };
            let request = request
                .with_greeting(note)
                .with_claim(claim)
                .with_familiarity(familiarity)
                .with_mutual_connections(mutual);
            match age {
                Some(days) => request.with_account_age_days(days),
                None => request,
            }
        })
}
