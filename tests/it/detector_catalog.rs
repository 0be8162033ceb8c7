//! The built-in catalog: every row is recognised, plain and decorated.

use opendoor::{GreetingDetector, GreetingKind};
use opendoor_testkit::{labelled, labelled_notes, stock_rows};

/// Decorations people and platforms add around a stock text, each a
/// function of the text and its language.
type Decorate = fn(&str, &str) -> String;

fn decorations() -> Vec<(&'static str, Decorate)> {
    vec![
        ("plain", |t, _| t.to_owned()),
        ("upper case", |t, _| t.to_uppercase()),
        ("lower case", |t, _| t.to_lowercase()),
        ("spacing", |t, _| {
            format!(
                "  {}\t\n",
                t.split(' ').collect::<Vec<_>>().join(" \u{A0} ")
            )
        }),
        ("salutation with name", |t, lang| {
            format!("{} Sam,\n\n{t}", salutation(lang))
        }),
        ("salutation no comma", |t, lang| {
            format!("{} Sam {t}", salutation(lang))
        }),
        ("bare salutation", |t, _| format!("Hello! {t}")),
        ("dash signature", |t, _| format!("{t}\n- Ana")),
        ("en dash signature", |t, _| format!("{t} – Ana Lima")),
        ("sign-off signature", |t, _| {
            format!("{t}\n\nBest regards,\nAna Lima")
        }),
        ("headline signature", |t, _| {
            format!("{t}\n\nAna Lima\nSenior Product Manager at Acme Corp")
        }),
        ("thanks", |t, _| format!("{t} Thanks!")),
        ("curly quotes", |t, _| t.replace('\'', "\u{2019}")),
        ("contractions the other way", |t, lang| {
            if lang == "en" {
                respell(t)
            } else {
                t.to_owned()
            }
        }),
        ("html entities", |t, _| {
            t.replace('\'', "&#39;").replace(' ', "&nbsp;")
        }),
        ("zero width", |t, _| {
            t.chars().flat_map(|c| [c, '\u{200B}']).collect()
        }),
        ("no final punctuation", |t, _| {
            t.trim_end_matches(['.', '!', '?', '。', '।', '۔', '؟'])
                .to_owned()
        }),
        ("extra punctuation", |t, _| format!("{t}!!")),
        ("full width", |t, _| {
            t.chars()
                .map(|c| {
                    if c.is_ascii_graphic() {
                        char::from_u32(c as u32 + 0xFEE0).unwrap()
                    } else {
                        c
                    }
                })
                .collect()
        }),
    ]
}

/// An English text with its contractions written out and its pairs
/// contracted ("I'd" ↔ "I would"), word by word: a spelling of the same
/// text, as people quote it. (Written apart from the crate's own list, so
/// that the test does not check the list against itself.)
fn respell(text: &str) -> String {
    const PAIRS: &[(&str, &str)] = &[
        ("I'd", "I would"),
        ("I'm", "I am"),
        ("I've", "I have"),
        ("Let's", "Let us"),
        ("let's", "let us"),
        ("didn't", "did not"),
        ("You are", "You're"),
    ];
    let mut out = text.to_owned();
    for (i, (a, b)) in PAIRS.iter().enumerate() {
        // Placeholders keep one direction's result from being undone.
        out = out.replace(a, &format!("\u{1}{i}a\u{1}"));
        out = out.replace(b, &format!("\u{1}{i}b\u{1}"));
    }
    for (i, (a, b)) in PAIRS.iter().enumerate() {
        out = out.replace(&format!("\u{1}{i}a\u{1}"), b);
        out = out.replace(&format!("\u{1}{i}b\u{1}"), a);
    }
    out
}

#[test]
fn an_english_text_spelled_the_other_way_is_recognised_as_its_entry() {
    let detector = GreetingDetector::new();
    let mut respelled = 0;
    for row in stock_rows().iter().filter(|r| r.language == "en") {
        let other = respell(&row.text);
        if other == row.text {
            continue;
        }
        respelled += 1;
        let (plain, detection) = (detector.detect(&row.text), detector.detect(&other));
        assert_eq!(detection.kind(), GreetingKind::PlatformDefault, "{other:?}");
        // Its own entry, or the entry of another row spelled that way
        // (Gajim's "I would like to add you to my contact list." respelled
        // is MEGA's "I'd like to add you to my contact list").
        let words = |t: &str| {
            t.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        let entry = detection.stock_text().expect("an entry");
        assert!(
            Some(entry) == plain.stock_text() || words(&other) == words(entry.text()),
            "{other:?} read as {entry:?}"
        );
    }
    assert!(respelled >= 12, "{respelled}");
    // The career coach's words for LinkedIn's text.
    let coach = detector.detect("I would like to add you to my LinkedIn network");
    assert_eq!(coach.platform(), Some("LinkedIn"));
    assert_eq!(
        coach.stock_text().map(|s| s.text()),
        Some("I'd like to add you to my LinkedIn network")
    );
    // The respellings are matched, not listed.
    assert_eq!(detector.stock_texts().len(), 176 + 343);
}

fn salutation(language: &str) -> &'static str {
    match language {
        "fr" => "Bonjour",
        "es" => "Hola",
        "de" | "nl" => "Hallo",
        "it" => "Ciao",
        "ru" | "uk" | "be" => "Привет",
        "ja" => "こんにちは",
        "pt" => "Olá",
        _ => "Hi",
    }
}

#[test]
fn every_catalog_row_is_recognised_in_every_decoration() {
    let detector = GreetingDetector::new();
    let rows = stock_rows();
    assert_eq!(rows.len(), 176 + 343);
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in &rows {
        for (name, decorate) in decorations() {
            let note = decorate(&row.text, &row.language);
            checked += 1;
            let detection = detector.detect(&note);
            if detection.kind() != GreetingKind::PlatformDefault {
                failures.push(format!("{name}: {note:?} -> {:?}", detection.kind()));
            }
        }
    }
    assert!(checked >= 176 * 10);
    assert!(
        failures.is_empty(),
        "{} of {checked} missed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_row_is_attributed_to_its_platform() {
    let detector = GreetingDetector::new();
    for row in stock_rows() {
        let detection = detector.detect(&row.text);
        let stock = detection.stock_text().expect("a stock text");
        // Rows that normalise alike (Skype's two spellings, a text two
        // clients share) share the first entry.
        let words = |t: &str| {
            t.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        // A row that opens with a name may be read as that name greeting
        // another row's text ("Sam, vorrei aggiungerti …").
        assert!(
            words(&row.text).ends_with(&words(&opendoor_testkit::fill(stock.text()))),
            "{:?} read as {:?}",
            row.text,
            stock.text()
        );
        assert_eq!(
            detection.language(),
            Some(row.language.as_str()),
            "{:?}",
            row.text
        );
    }
}

#[test]
fn labelled_personal_notes_are_personal() {
    let detector = GreetingDetector::new();
    for (label, _, text) in labelled_notes() {
        if label == "personal" {
            assert_eq!(detector.classify(&text), GreetingKind::Personal, "{text:?}");
        }
    }
}

#[test]
fn labelled_generic_notes_are_not_personal() {
    let detector = GreetingDetector::new();
    for (label, _, text) in labelled_notes() {
        if label != "generic_template" {
            continue;
        }
        let detection = detector.detect(&text);
        // Two labelled templates are a catalog text with a salutation
        // ("Hi, I'd like to connect with you on LinkedIn." is LinkedIn's own
        // text; "Hi! I'd like to add you to my contact list" is Miranda NG's),
        // so they are platform defaults. Both say nothing personal either way.
        let expected = if detection.stock_text().is_some() {
            GreetingKind::PlatformDefault
        } else {
            GreetingKind::GenericTemplate
        };
        assert_eq!(detection.kind(), expected, "{text:?}");
    }
}

#[test]
fn a_stock_text_with_something_specific_is_personal() {
    let detector = GreetingDetector::new();
    for row in stock_rows() {
        for sentence in opendoor_testkit::SPECIFIC_SENTENCES {
            let note = format!("{} {sentence}", row.text);
            assert_eq!(detector.classify(&note), GreetingKind::Personal, "{note:?}");
            let note = format!("{sentence}\n{}", row.text);
            assert_eq!(detector.classify(&note), GreetingKind::Personal, "{note:?}");
        }
    }
}

/// The tuning halves of the held-out decorations (see the files'
/// headers): stock texts with salutations, signatures, company lines and
/// footers written by someone who never saw the vocabulary. The misses left
/// are named, each with why it is still missed; any other miss is a
/// regression, and a fixed one must leave the list.
#[test]
fn held_out_decorations_of_the_tuning_halves_are_recognised() {
    // (language, a piece of the decoration, why) of the notes still missed.
    check_decorations(
        include_str!("../../examples/data/decorated_tuning.tsv"),
        900,
        &[
            (
                "ar",
                "التوظيف التقني",
                "التقني (technical) is also listed as a word of shared history",
            ),
            ("ja", "株式会社サクラ", "a company before the greeted name"),
        ],
    );
    check_decorations(
        include_str!("../../examples/data/decorated_casual_tuning.tsv"),
        450,
        &[
            ("th", "ดร.", "a title glued to a Thai name"),
            (
                "zh",
                "群聊\"Alumni Berlin\"",
                "a quoted group name in a Chinese slot",
            ),
        ],
    );
}

/// The tuning half of the third held-out decorations set (see the file's
/// header): signature blocks with phone numbers, e-mail addresses, links,
/// handles and postal addresses, written by someone who never saw the
/// vocabulary. The misses left are named, as above.
#[test]
fn held_out_contact_blocks_of_the_tuning_half_are_recognised() {
    check_decorations(
        include_str!("../../examples/data/contact_tuning.tsv"),
        220,
        &[
            (
                "fr",
                "Atelier Garnier SARL",
                "atelier (workshop) is a word of shared history, never part of a company's name",
            ),
            (
                "zh",
                "上海恒远物流股份有限公司",
                "上 (Shanghai's first character) is a word of shared history on its own",
            ),
            (
                "hi",
                "उत्तर प्रदेश",
                "उत्तर (north; answer) is a common word, so the state's name reads as a sentence",
            ),
            (
                "vi",
                "Công ty Cổ phần Đầu tư Phương Nam",
                "a company's name of more than three syllables besides its legal form",
            ),
            (
                "th",
                "ถนนสุขุมวิท",
                "a Thai address: a run of letters without spaces longer than a name",
            ),
        ],
    );
}

/// The tuning half of the fourth held-out decorations set (see the file's
/// header): signature blocks of people at universities, hospitals, public
/// agencies and other institutions. The misses left are named, as above.
#[test]
fn held_out_institution_blocks_of_the_tuning_half_are_recognised() {
    check_decorations(
        include_str!("../../examples/data/institution_tuning.tsv"),
        220,
        &[
            (
                "de",
                "Fraunhofer-Institut für Solare Energiesysteme ISE",
                "an institute's name of more than three words besides its kind",
            ),
            (
                "fr",
                "Médecins Sans Frontières",
                "an organisation's name with no word of its kind",
            ),
            (
                "ja",
                "博士（理学）",
                "a degree in nested parentheses after the name",
            ),
            (
                "vi",
                "Lê Hoàng Nam",
                "Nam folds to năm (year), a word of shared history",
            ),
            (
                "vi",
                "PGS.TS. Vũ Đức Anh",
                "a Vietnamese name of common syllables after abbreviated titles",
            ),
        ],
    );
}

/// Checks that every note of a labelled decorations file (at least
/// `least` notes) is a stock text, except those `known` names.
fn check_decorations(notes: &str, least: usize, known: &[(&str, &str, &str)]) {
    let detector = GreetingDetector::new();
    let mut unexpected = Vec::new();
    let mut missed = vec![0; known.len()];
    let rows = labelled(notes);
    for (_, language, note) in &rows {
        if detector.classify(note) == GreetingKind::PlatformDefault {
            continue;
        }
        match known
            .iter()
            .position(|(l, piece, _)| l == language && note.contains(piece))
        {
            Some(k) => missed[k] += 1,
            None => unexpected.push(format!("[{language}] {note:?}")),
        }
    }
    assert!(rows.len() >= least, "{} notes read", rows.len());
    assert!(unexpected.is_empty(), "missed:\n{}", unexpected.join("\n"));
    let fixed: Vec<_> = known
        .iter()
        .zip(&missed)
        .filter(|(_, n)| **n == 0)
        .map(|((l, piece, _), _)| format!("{l} {piece:?}"))
        .collect();
    assert!(
        fixed.is_empty(),
        "recognised now, drop from the known misses: {fixed:?}"
    );
}

/// Personal notes whose specific content stands where decorations go (a
/// signature's headline or company line, a salutation, a PS, parentheses
/// after a name), written by someone who never saw the vocabulary: every
/// one stays personal.
#[test]
fn signature_shaped_personal_notes_stay_personal() {
    check_personal(
        include_str!("../../examples/data/personal_signature_shaped.tsv"),
        120,
    );
}

/// Personal notes whose specific content stands where a signature's
/// contact or address line would ("Booth 42, Hall 3 – Web Summit Lisbon", a
/// number to call about a flat, a link to the slides discussed), written by
/// someone who never saw the vocabulary: every one stays personal.
#[test]
fn contact_shaped_personal_notes_stay_personal() {
    check_personal(
        include_str!("../../examples/data/personal_contact_shaped.tsv"),
        200,
    );
}

/// Personal notes whose specific content stands on an institution's
/// signature line ("University of Vienna – your guest lecture on
/// auctions"), written by someone who never saw the vocabulary: every one
/// stays personal.
#[test]
fn affiliation_shaped_personal_notes_stay_personal() {
    check_personal(
        include_str!("../../examples/data/personal_affiliation_shaped.tsv"),
        60,
    );
}

/// Personal notes that read much like mass outreach but hold one specific
/// detail said mostly in ordinary words (a shared past without "met", a
/// piece of the recipient's work, a first name), in 16 languages, written
/// blind after round 22's words of outreach were merged: every one stays
/// personal.
#[test]
fn outreach_shaped_personal_notes_stay_personal() {
    check_personal(
        include_str!("../../examples/data/personal_outreach_shaped.tsv"),
        136,
    );
}

/// The tuning half of the notes written blind for generic templates (see
/// the file's header): every personal note, which holds one specific
/// detail among the words generic notes are made of, stays personal, and
/// no fewer generic templates are caught than now (98 of 112 since round
/// 22's words of outreach; 99 since round 26's sales pitches, 100 since
/// round 27's recruiting pitches; 101 since round 28's fields of work
/// named in general: the misses left name an occasion outside a fixed
/// phrase, a technology or a field without a word of one, or are words no
/// list holds; README lists the figures).
#[test]
fn blind_generic_notes_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/generic_tuning.tsv"),
        176,
        101,
    );
}

/// The tuning half of round 22's outreach notes, written blind (see the
/// file's header): every personal note, which holds one specific detail
/// among the words of outreach, stays personal, and no fewer generic
/// templates are caught than now (67 of 96; round 26's sales pitches,
/// whose call asked for minutes is their own ask: 78; round 27's pitches
/// in languages that put the verb last, in Chinese, Japanese and Korean,
/// and recruiting: 82; round 28's fields of work: 83; most misses left
/// plug a newsletter or a channel,
/// or hold words no list holds before the pitch, where a note says
/// something specific first).
#[test]
fn outreach_notes_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/outreach_tuning.tsv"),
        144,
        83,
    );
}

/// The tuning half of round 24's notes in 26 languages, written blind
/// (see the file's header): no fewer personal notes kept, stock texts
/// recognised and templates caught than now. The two personal notes lost
/// are a proper noun and an exclamation, read as a salutation's name and
/// a template's words ("VivaTech, quelle ambiance !"); most templates
/// missed hold a number ("30 days free") or words no list holds (round
/// 26's sales pitches: 28 templates; round 27's verbs of offering, "wir
/// bieten … für den Mittelstand": 37).
#[test]
fn notes_in_26_languages_of_the_tuning_half() {
    let (rows, right) = right_by_label(include_str!("../../examples/data/languages26_tuning.tsv"));
    assert_eq!(rows, 234);
    assert!(right[0] >= 128, "{} of 130 personal notes kept", right[0]);
    assert!(right[1] >= 46, "{} of 52 stock texts recognised", right[1]);
    assert!(right[2] >= 37, "{} of 52 templates caught", right[2]);
}

/// Round 31's blind notes in 20 languages the vocabulary has few or no
/// everyday words of, their tuning half (see the file's header): every
/// personal note stays personal. No template is caught yet: their words
/// are words no list holds. Word lists for these languages, tried in round
/// 31, caught 13 of 60 but turned frequent given names into everyday words
/// across languages ("Anna" met Hungarian "annak", "Olena" Finnish
/// "olen"), so a personal remark after a name read as a template; they
/// were withdrawn (docs/detector-measurements.md, round 31).
#[test]
fn notes_in_20_more_languages_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/languages20_tuning.tsv"),
        120,
        0,
    );
}

/// Round 25's blind sets, their tuning halves: remarks after stock texts
/// and decorated stock texts in 30 languages, and generic templates of
/// ten kinds in 16 languages (two sets), every personal note kept.
#[test]
fn round_25_blind_sets_of_the_tuning_half() {
    let (rows, right) = right_by_label(include_str!("../../examples/data/remarks30_tuning.tsv"));
    assert_eq!(rows, 231);
    assert_eq!(right[..2], [150, 81], "personal kept, stock recognised");
    let (rows, right) = right_by_label(include_str!("../../examples/data/generic16_tuning.tsv"));
    assert_eq!(rows, 128);
    assert_eq!(right[..2], [48, 1], "personal kept, stock recognised");
    assert!(right[2] >= 73, "{} of 79 templates caught", right[2]);
    let (rows, right) = right_by_label(include_str!("../../examples/data/generic16_tuning2.tsv"));
    assert_eq!(rows, 224);
    assert_eq!(right[0], 64, "personal kept");
    // 116 before round 28's fields of work named in general, 129 after,
    // 131 with its number words ("seit über zehn Jahren"), 136 with round
    // 29's roles and counts of years.
    assert!(right[2] >= 136, "{} of 160 templates caught", right[2]);
}

/// Round 28's blind set of notes that name a field of work, its tuning
/// half (see the file's header): every personal note, which names a field
/// beside a shared history or a name, stays personal, and no fewer
/// templates that name the sender's field are caught than now (19 of 50
/// before the round's rule, 37 after, 39 with round 29's roles and counts
/// of years; most misses name an industry with no word of a field beside
/// it: "I'm in cybersecurity", "im E-Commerce").
#[test]
fn field_notes_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/fields_tuning.tsv"),
        100,
        39,
    );
}

/// Round 28's blind set of self-introductions, its tuning half (see the
/// file's header): every personal note stays personal, and no fewer
/// templates are caught than now: 3 of 50 before round 28, 9 with its
/// fields of work and number words, 29 since round 29 reads the sender's
/// role after a word that introduces it ("trabajo como ingeniero de
/// software") and a count of years in digits ("seit 10 Jahren") as body
/// material. A job title alone stays specific. Every personal note is kept
/// since words of congratulation tell of a shared history (three had read
/// as templates: "herzlichen Glückwunsch zur neuen Position als
/// Vertriebsleiter"), and round 29's rule keeps the employer a name
/// ("Turkcell'de yazılım mühendisi olarak") and the reader's role the
/// reader's ("selamat atas jabatan barunya sebagai Direktur Keuangan").
/// 31 since round 44 reads a word of shared history in the sender's
/// title as the title's ("sono una project manager").
#[test]
fn self_introductions_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/selfintro_tuning.tsv"),
        100,
        31,
    );
}

/// Round 29's blind set of self-introductions by a role and years of
/// experience, its tuning half (see the file's header): every personal
/// note stays personal (57 of 58 before the round: "Bonjour, ingénieur
/// process chez Airbus depuis 9 ans" had read as a greeting of a
/// four-word name, which the greeted name's case now ends), and no fewer
/// templates are caught than now (4 of 62 before the round, 35 after).
#[test]
fn roles_of_the_tuning_half() {
    check_blind(
        include_str!("../../examples/data/roles_tuning.tsv"),
        120,
        35,
    );
}

/// Round 29's blind set of acronyms, its tuning half (see the file's
/// header): templates with an acronym of a skill or a field, personal notes
/// whose specific thing is an organisation's acronym. No fewer templates
/// are caught than now (5 of 45 before the round, 17 after), and every
/// personal note stays personal but the six named, each with why it is
/// still missed: any other miss is a regression, and a fixed one must
/// leave the list.
#[test]
fn acronyms_of_the_tuning_half() {
    let missed = [
        (
            "NHN 개발팀에서",
            "an acronym after a greeting reads as the greeted name",
        ),
        (
            "작년 CJ 물류",
            "a greeted name again; 일했었습니다 (had worked) is no listed history",
        ),
        (
            "BHEL में।",
            "a last segment after a comma reads as a signature's name",
        ),
        (
            "lulusan UI jurusan",
            "UI (Universitas Indonesia) is listed as a title's word",
        ),
        (
            "我是TCL的",
            "Latin letters written onto a script without spaces",
        ),
        (
            "باحث في KAUST",
            "after a script without case, an acronym reads as the field's name: \
             telling it there would make a note in capitals read otherwise than in \
             small letters",
        ),
    ];
    let rows = labelled(include_str!("../../examples/data/acronyms_tuning.tsv"));
    assert_eq!(rows.len(), 100);
    let detector = GreetingDetector::new();
    let mut caught = 0;
    for (label, _, note) in &rows {
        let kind = detector.classify(note);
        if label == "personal" {
            let known = missed.iter().any(|(piece, _)| note.contains(piece));
            assert_eq!(kind == GreetingKind::Personal, !known, "{note:?}: {kind:?}");
        } else {
            caught += usize::from(kind == GreetingKind::GenericTemplate);
        }
    }
    assert!(caught >= 17, "{caught} of 45 templates caught");
}

/// The rows of a labelled set, and how many of its personal notes, stock
/// texts and generic templates the detector reads as labelled.
fn right_by_label(tsv: &str) -> (usize, [usize; 3]) {
    let rows = labelled(tsv);
    let detector = GreetingDetector::new();
    let mut right = [0; 3];
    for (label, _, note) in &rows {
        let kind = detector.classify(note);
        let (slot, expected) = match label.as_str() {
            "personal" => (0, GreetingKind::Personal),
            "platform_default" => (1, GreetingKind::PlatformDefault),
            _ => (2, GreetingKind::GenericTemplate),
        };
        right[slot] += usize::from(kind == expected);
    }
    (rows.len(), right)
}

/// Checks a set of generic templates and personal notes written blind:
/// its size, every personal note personal, and at least `floor` templates
/// caught.
fn check_blind(tsv: &str, notes: usize, floor: usize) {
    let rows = labelled(tsv);
    let detector = GreetingDetector::new();
    let (mut caught, mut generic) = (0, 0);
    for (label, _, note) in &rows {
        let kind = detector.classify(note);
        if label == "personal" {
            assert_eq!(kind, GreetingKind::Personal, "{note:?}");
        } else {
            generic += 1;
            caught += usize::from(kind == GreetingKind::GenericTemplate);
        }
    }
    assert_eq!(rows.len(), notes);
    assert!(
        caught >= floor,
        "{caught} of {generic} generic templates caught"
    );
}

/// Personal notes made mostly of the words of generic notes, whose one
/// specific detail is said in common words ("the Old Mill", "you reviewed
/// my pull request last spring"), written by someone who never saw the
/// vocabulary (tuning half): every one stays personal.
#[test]
fn hard_personal_notes_of_the_tuning_half_stay_personal() {
    check_personal(
        include_str!("../../examples/data/personal_hard_tuning.tsv"),
        112,
    );
}

/// Short personal remarks (a meeting, a call, an event, a time, a former
/// workplace, a favour) in the 59 catalog languages outside the generic
/// vocabulary's 20, set after, beside and before a stock text of their
/// language, written by someone who never saw the vocabulary (tuning
/// half). Not all are personal yet: in a language whose words the
/// vocabulary lacks, a remark of a few words can read as a signature's or
/// a salutation's name. The floor keeps what round 18 reached (448 after
/// round 14; phrases of shared history read whole took it to 506, the
/// suffixes of 48 more languages to 512, round 18's words of shared
/// history in the 59 languages to 525; round 20's closing formulas made
/// Gaelic "Mòran taing" a thank-you, after which "airson do
/// chuideachaidh" reads as a name of two words and a particle: 524; a
/// thank-you phrase is no part of a name, which keeps Basque "Eskerrik
/// asko Mikel aurkezteagatik" a remark: 525; a signature's name words
/// share their case: 527; Gaelic favours, so that "airson do
/// chuideachaidh" after "Mòran taing" is a shared history: 529).
#[test]
fn short_personal_remarks_of_the_tuning_half_are_mostly_personal() {
    let rows = labelled(include_str!(
        "../../examples/data/personal_remarks_tuning.tsv"
    ));
    let personal = classified(&rows, "personal", GreetingKind::Personal);
    assert!(rows.len() >= 531, "{} notes read", rows.len());
    assert!(personal >= 529, "{personal} of {} personal", rows.len());
}

/// Personal wishes and remarks after stock texts that open with a closing
/// formula ("Bol şans sınavda Ayşe"), written to attack the closing
/// formulas round 21 promoted from the sign-off lists: promoting those
/// that wish turned 104 of these notes into stock texts, so only the plain
/// sign-offs were promoted. 72 read as a stock text before the round (a
/// place or a person after the formula reads as a signature's name); the
/// floor keeps the rest. Round 23: a signature's name words share their
/// case, so small words before a capitalised one after a closing
/// ("Hälsningar till din syster Karin") are a remark: 940. Round 28: a
/// capital in mid-sentence after small letters names someone whatever
/// stem it meets ("Bonne journée à toi et à Marc"): 944. Round 29: a
/// name with a Turkish case ending after an apostrophe is no signature's
/// ("İyi hafta sonları Kapadokya'da"): 948. Round 38: an occasion beside a
/// wish in its clause is one the sender knows of ("Meilleurs vœux pour ta
/// boutique", "בהצלחה רבה בעבודה החדשה בחיפה"): 956.
#[test]
fn personal_wishes_after_a_stock_text_stay_personal() {
    let rows = labelled(include_str!("../../examples/data/personal_wishes.tsv"));
    assert!(rows.len() >= 964, "{} notes read", rows.len());
    let personal = classified(&rows, "personal", GreetingKind::Personal);
    assert!(personal >= 956, "{personal} of {} personal", rows.len());
}

/// Remarks that open with a thank-you and say what for, and closings
/// followed by the sender's name with no comma between, in 35 languages,
/// after a stock text of their language (tuning half, written blind). A
/// name right after a closing word that thanks is two words at most, so
/// "Takk fyrir tenginguna við Jón" is a remark, while "Un saludo Ana
/// García López" and "Thanks Ann Lee" sign; a signature's name may open
/// with particles ("Lê Hoàng Nam", "De la Cruz"), and a closing formula
/// ending with a closing word closes like it. Round 20's closing formulas
/// of every catalog language let a name follow many more closings on
/// their line. The floors keep what that reached (559 personal and 406
/// stock before round 19, 577 and 417 after it; round 20 turned three
/// notes of "Kiitos paljon avusta viisumiasioissa" into stock texts: two
/// words after a thank-you read as a name: 574; a thank-you phrase is
/// no part of a name, so "Cảm ơn chị đã đón tiếp ở Huế" is no long
/// signature name: 583). Many remarks are still read as names: their
/// words are in no list. A closing before a spaced name on its line in a
/// script without spaces ("よろしくお願いいたします 山田 花子") no longer
/// counts toward the name's length: 560 stock. Thank-you words of every
/// catalog language that no list held ("ahsante", "nashukuru", "þakkir")
/// keep what follows them short: 592 personal and 563 stock. A favour
/// after a thank-you in its clause ("for the advice on my CV") is a word of
/// shared history: 612 personal. The last part of a domain is no
/// abbreviation, so a site slot ends at its full stop: 613 personal, and
/// 562 stock ("… example.org. Amitiés Charles de Villiers" had signed only
/// as part of the site's name). The plain sign-offs that only the
/// sign-off lists held, promoted to closers ("Щиро Ірина Мельник"; not the
/// wishes: see `personal_wishes_after_a_stock_text_stay_personal`), and
/// the thank-yous of the scripts without spaces (a favour after one is a
/// shared history; Thai names after a closing on its line count the
/// closing again, as before round 21): 616 personal and 559 stock. A
/// signature's name words share their case ("Köszönöm, hogy bemutattál
/// Annának" is a remark): 619 personal; a wish before a name on its line
/// ("Kila la heri Baraka Mwangi") had signed only by taking the wish's
/// last word for a name (572 stock), and listed given names that are also
/// words sign before a capitalised surname ("Zikomo kwambiri Grace
/// Banda"): 578 stock. A thank-you for a favour is no name in a stock
/// text's sender slot ("Keskustellaan Wiressä.⏎… Lämmin kiitos
/// vieraanvaraisuudesta"): 620 personal. A capital in mid-sentence after
/// small letters is a name, not the template word whose stem it meets
/// ("Merci pour le contact de Claire"): 626 personal. Round 32: a name
/// after a thank-you goes on past two words where its words are
/// capitalised alike ("Mulțumesc frumos Ana Maria Popa", "Takk fyrir
/// Guðrún Ósk Magnúsdóttir"): 594 stock; a listed given name that is also
/// a word is a name inside a name too ("İyi çalışmalar Ahmet Can
/// Öztürk"): 597; a name of two words or more capitalised alike after a
/// wish of several words signs ("Kila la heri Baraka Mwangi", "Hyvää
/// jatkoa Sanna Mäkinen"): 603. Round 38: closings that wish well
/// ("शुभकामनाएँ प्रिया"): 606.
#[test]
fn thanks_remarks_and_closings_of_the_tuning_half() {
    let rows = labelled(include_str!("../../examples/data/closings_tuning.tsv"));
    assert!(rows.len() >= 1260, "{} notes read", rows.len());
    let personal = classified(&rows, "personal", GreetingKind::Personal);
    assert!(personal >= 626, "{personal} of 630 personal");
    let stock = classified(&rows, "platform_default", GreetingKind::PlatformDefault);
    assert!(stock >= 606, "{stock} of 630 stock");
}

/// How many of the `rows` labelled `label` the built-in detector reads as
/// `kind`.
fn classified(rows: &[(String, String, String)], label: &str, kind: GreetingKind) -> usize {
    let detector = GreetingDetector::new();
    rows.iter()
        .filter(|(l, _, note)| l == label && detector.classify(note) == kind)
        .count()
}

/// Signature blocks whose last lines give the employer and the place in
/// names alone, and personal notes of the same shape whose last line is a
/// remark of names and small words (tuning half; see the file's header).
/// The floors keep what round 16 reached: 23 of 60 stock texts were
/// recognised before lines of names were read under a headline, 49 now;
/// 38 of 44 personal notes were read right before, 39 with the words of a
/// tie to someone (the 5 others read as signatures). Round 23 (a
/// signature's name words share their case; hyphenated place names on a
/// line of names; a label last on its line is a name, "Redmond, WA"): 51
/// and 43. Round 30 (a line in Title Case under a headline names an
/// organisation or a place whatever its words mean alone: "Boston, MA",
/// "São Paulo, SP"): 55 and 43.
#[test]
fn name_lines_of_the_tuning_half_are_signatures_but_remarks_stay_personal() {
    let rows = labelled(include_str!("../../examples/data/orglines_tuning.tsv"));
    let detector = GreetingDetector::new();
    let right = |label: &str, kind: GreetingKind| {
        rows.iter()
            .filter(|(l, _, note)| l == label && detector.classify(note) == kind)
            .count()
    };
    let stock = right("platform_default", GreetingKind::PlatformDefault);
    let personal = right("personal", GreetingKind::Personal);
    assert!(rows.len() >= 104, "{} notes read", rows.len());
    assert!(stock >= 55, "{stock} stock texts");
    assert!(personal >= 43, "{personal} personal notes");
}

/// Round 30's blind set of signature blocks, its tuning half (see the
/// file's header): organisations in everyday words and Title Case, places
/// with a region's code, pleas to spare paper in many wordings; personal
/// notes of the same shapes, half of them subtle. Every personal note
/// stays personal (52 of 52 before the round too), and no fewer stock
/// texts are recognised than now (29 of 68 before the round, 45 after;
/// 47 after round 32, whose footers may end the note with "!" and whose
/// pleas may ask to be ecological; 49 after round 39, which reads pleas
/// in more of their forms).
#[test]
fn signatures_of_the_tuning_half() {
    let rows = labelled(include_str!("../../examples/data/signatures_tuning.tsv"));
    let detector = GreetingDetector::new();
    let mut stock = 0;
    for (label, _, note) in &rows {
        let kind = detector.classify(note);
        if label == "personal" {
            assert_eq!(kind, GreetingKind::Personal, "{note:?}");
        } else {
            stock += usize::from(kind == GreetingKind::PlatformDefault);
        }
    }
    assert_eq!(rows.len(), 120, "notes read");
    assert!(stock >= 49, "{stock} stock texts");
}

/// Checks that every note of a labelled file (at least `least` notes) is
/// personal.
fn check_personal(notes: &str, least: usize) {
    let rows = labelled(notes);
    let detector = GreetingDetector::new();
    for (_, _, note) in &rows {
        assert_eq!(detector.classify(note), GreetingKind::Personal, "{note:?}");
    }
    assert!(rows.len() >= least, "{} notes read", rows.len());
}

/// Round 32's blind set (`thanks_footers.tsv`, see its header), written
/// after the round's rules and measured once whole before a note was read:
/// pleas to spare paper and device footers that end the note with "!", and
/// names of three to five capitalised words after a thank-you, in 18
/// languages; personal notes that thank for something named, or end with
/// a specific remark and "!". Every personal note stays personal (72 of
/// 72 before the round too), and no fewer stock texts are recognised than
/// then (7 of 144 before the round, 123 after; 125 once its misses were
/// read: Turkish "sağ ol" thanks, and a listed given name is a name inside
/// a name too, "Teşekkür ederim Ahmet Can Öztürk"; 135 since round 39
/// reads pleas in more of their forms).
#[test]
fn exclaimed_footers_and_long_names_after_thanks() {
    let rows = labelled(include_str!("../../examples/data/thanks_footers.tsv"));
    assert_eq!(rows.len(), 216, "notes read");
    let personal = classified(&rows, "personal", GreetingKind::Personal);
    assert_eq!(personal, 72, "{personal} of 72 personal");
    let stock = classified(&rows, "platform_default", GreetingKind::PlatformDefault);
    assert!(stock >= 135, "{stock} of 144 stock");
}

/// Round 33's blind set (`placeholders.tsv`, see its header), written
/// after the round's rule and measured once whole before a note was read:
/// templates written to an unfilled name that propose a call, a coffee or
/// a demo, in 16 languages, and personal notes whose shared history is
/// asked, beside bracketed tags and asides. No personal note is lost (74
/// of 80 before the round too: six asides read as placeholders), and no
/// fewer templates are caught (22 of 144 before the round, 70 after; 81
/// once its misses were read: an honorific or a greeting written onto the
/// name, "{이름}님", "[お名前]さん", "[Name]你好"; 92 with a history told
/// to an unfilled name shared only beside something specific in its
/// sentence). Round 34's asides (below) keep all 80 personal notes, and
/// its reading of a note with a field left unfilled anywhere as one
/// written to nobody in particular catches 97 templates; 98 since round
/// 36 reads a given name's word in small letters as a word ("uma"); 119
/// since round 43 reads a talk or an event still to come as the
/// template's offer ("Prenons un café virtuel prochainement !").
#[test]
fn questions_to_an_unfilled_name() {
    let notes = include_str!("../../examples/data/placeholders.tsv");
    check_personal_and_generic(notes, 224, (80, 80), (119, 144));
}

/// Round 34's blind set (`asides.tsv`, see its header), written after the
/// rule that text in prose brackets is an aside in a note greeting its
/// reader by a name of their own, and measured once whole before a note
/// was read: personal notes with "[sic]", "[photo]", "[EN]", "<grin>"
/// beside a shared history, 79 of 128 before the round and 123 after;
/// templates 83 of 96 before, 67 with that rule alone, 82 once the names
/// of mail-merge fields were read ("Hi Maria, … [Company] …" is still a
/// field); 124 personal notes once a capitalised given name ("Merhaba
/// Can,") and a bracket right after the name greeted ended a name; 84
/// templates once a field left unfilled anywhere made a note one written
/// to nobody in particular; 90 since round 43 (events the sender hosts,
/// "[日付]に[都市]にて経営者向けの交流会を開催いたします").
#[test]
fn asides_in_brackets_to_a_named_reader() {
    let notes = include_str!("../../examples/data/asides.tsv");
    check_personal_and_generic(notes, 224, (124, 128), (90, 96));
}

/// Round 34's second blind set (`brackets.tsv`, see its header), written
/// after both of the round's rules and measured once whole: personal
/// notes 77 of 96 before the round, 94 after (95 with the two readings of
/// a name above); templates 75 of 96 before, 74 after, 84 once a field
/// left unfilled anywhere made a note one written to nobody in particular
/// (its misses were half-filled templates: "Hi Mark, I noticed [Company]
/// just opened a new office in [City]"); 87 since round 43.
#[test]
fn fields_and_asides_in_brackets() {
    let notes = include_str!("../../examples/data/brackets.tsv");
    check_personal_and_generic(notes, 192, (95, 96), (87, 96));
}

/// Round 33's second blind set (`unfilled.tsv`, see its header), written
/// after the rule for a history told to an unfilled name and measured once
/// whole before a note was read: templates and personal notes all written
/// to an unfilled name, in 16 languages. Templates 36 of 96 before the
/// round, 57 after; personal notes 54 of 64 before and after, 63 once a
/// thank-you beside something specific was read as a shared history (55
/// templates then: "terima kasih sudah menerima undangan saya", whose
/// words the vocabulary lacks, reads as one); 56 since round 36 reads a
/// given name's word in small letters as a word; 67 since round 43 reads
/// a talk or an event still to come as the template's offer ("Буду рад
/// организовать с вами короткий созвон на следующей неделе").
#[test]
fn notes_written_to_an_unfilled_name() {
    let notes = include_str!("../../examples/data/unfilled.tsv");
    check_personal_and_generic(notes, 160, (63, 64), (67, 96));
}

/// Round 34's third blind set (`halffilled.tsv`, see its header), written
/// after the rule that a field left unfilled anywhere makes a note one
/// written to nobody in particular and measured once whole: templates 74
/// of 96 before the round, 79 after; personal notes 72 before, 74 after
/// (76 without that rule: two notes of code-like braces, "{error}", lost),
/// 83 once single braces were read as brackets are, 84 once an elided
/// article joined its word ("[l'azienda]" names no field), 89 once a
/// thank-you said as a verb was one (round 37: "queria agradecer pela
/// carona"); 84 templates since round 43 ("Te invito a nuestro desayuno
/// de networking en [[Ciudad]] el próximo martes").
#[test]
fn fields_left_unfilled() {
    let notes = include_str!("../../examples/data/halffilled.tsv");
    check_personal_and_generic(notes, 192, (89, 96), (84, 96));
}

/// Round 35's blind set (`contacts.tsv`, see its header), written after
/// the round's first version and measured once whole: stock texts signed
/// with contact lines 49 of 96 before the round, 71 after; personal notes
/// 85 of 96 before and after. Since, from its misses and a review: a name
/// in parentheses after a number or a label is a remark (personal 93), and
/// a note's words are the closed class `reach` (stock 75).
#[test]
fn contact_lines_as_people_write_them() {
    let notes = include_str!("../../examples/data/contacts.tsv");
    check_personal_and_stock(notes, 192, (93, 96), (75, 96));
}

/// Round 35's second blind set (`reach.tsv`, see its header), written
/// after the round's review and measured once whole: a note on a number
/// that says only when or how it reaches the sender, or something specific
/// in its place. Stock texts 25 of 80 before the round, 39 after; personal
/// notes 69 of 80 before, 77 after. Since, from its misses: more words of
/// `reach` (stock 69).
#[test]
fn notes_on_a_number_and_remarks_in_their_place() {
    let notes = include_str!("../../examples/data/reach.tsv");
    check_personal_and_stock(notes, 160, (77, 80), (69, 80));
}

/// Round 36's blind set (`spellings.tsv`, see its header), written after
/// the round's first rules and measured once whole: English stock texts
/// with their contractions written out or made, 7 of 80 before the round,
/// 74 after; stock texts signed by a given name that is also a word, 66 of
/// 80 before, 72 after; personal notes 157 of 160 before and after. Since,
/// from its misses and a review: a text without the platform's
/// salutation unless a slot ends it, "Per" and "Bo", a name ending a text
/// that takes no common word (stock 152; personal 157, see the header);
/// personal 158 since round 37 reads "Thanks for covering my shift".
#[test]
fn stock_texts_spelled_otherwise_and_signed_by_names_that_are_words() {
    let notes = include_str!("../../examples/data/spellings.tsv");
    check_personal_and_stock(notes, 320, (158, 160), (152, 160));
}

/// Round 37's blind sets (`thanks.tsv`, see its header), measured once
/// whole: thank-yous for favours done, in any form, and requests and
/// thanks in advance in the same words, in 16 languages. Personal notes
/// 140 of 160 before the round, 152 after its first version, 157 since
/// favours from its misses; templates 93 of 112 before and after,
/// 94 since more words say "in advance" ("desde já"); stock texts 46 of
/// 48 through round 37, 47 since round 38 reads two closings joined by
/// "and" ("Спасибо и хорошего дня").
#[test]
fn thanks_for_favours_done_and_still_to_come() {
    let notes = include_str!("../../examples/data/thanks.tsv");
    check_all_kinds(notes, 320, (157, 160), (94, 112), (47, 48));
}

/// Round 37's review probes (`thanks_review.tsv`, see its header), written
/// against the round's first two versions, so not a blind set: personal
/// notes 356 of 405 before the round, 388 after; templates 207 of 348 and
/// stock texts 125 of 161 before and after (126 since round 38 reads two
/// closings joined by "and": "Un saludo y gracias").
#[test]
fn the_thank_you_reviews_probes() {
    let notes = include_str!("../../examples/data/thanks_review.tsv");
    check_all_kinds(notes, 914, (388, 405), (207, 348), (126, 161));
}

/// Round 38's blind sets (`wishes.tsv`, see its header), measured once
/// whole: wishes and congratulations on the reader's own news, wishes
/// templates send to anyone, and stock texts closed with a wish, in 16
/// languages. Personal notes 149 of 160 before the round, 157 after its
/// first version, 160 since get-well and wedding formulas from its misses;
/// templates read as such 80 of 96 before and after, 81 since (82 and 81
/// not read as personal); stock texts 45 of 64 before and after, 60 since
/// closings that wish well and two closings joined by "and" are read.
#[test]
fn wishes_on_the_readers_news_and_to_anyone() {
    let notes = include_str!("../../examples/data/wishes.tsv");
    check_all_kinds(notes, 320, (160, 160), (81, 96), (60, 64));
}

/// Round 38's review probes (`wishes_review.tsv`, see its header), written
/// against the round's first two versions, so not a blind set: personal
/// notes 311 of 389 before the round, 380 after; stock texts 86 of 201
/// before, 160 after; templates 135 of 282 before, 126 after.
#[test]
fn the_wish_reviews_probes() {
    let notes = include_str!("../../examples/data/wishes_review.tsv");
    check_all_kinds(notes, 872, (380, 389), (126, 282), (160, 201));
}

/// Round 39's three blind sets (`pleas.tsv`, `pleas2.tsv`, `pleas3.tsv`,
/// see their headers), each measured once whole before its notes were
/// read, against the version of the round's rules then built: stock texts
/// closed with a plea to spare paper in a real organisation's wording,
/// and remarks to the reader in a plea's words, in 20 languages each.
/// Every personal note stays personal (the second set lost six to a
/// version the round withdrew, a friend's "don't print this e-mail, just
/// bring your racket"). Stock texts: 56, 56 and 46 of 160 before the
/// round; 98, 82 and 61 with its rules.
#[test]
fn pleas_to_spare_paper_and_remarks_in_their_words() {
    for (notes, len, personal, stock) in [
        (include_str!("../../examples/data/pleas.tsv"), 320, 160, 98),
        (include_str!("../../examples/data/pleas2.tsv"), 240, 80, 82),
        (include_str!("../../examples/data/pleas3.tsv"), 300, 140, 61),
    ] {
        check_personal_and_stock(notes, len, (personal, personal), (stock, 160));
    }
}

/// Round 39's three reviews' probes (`pleas_review.tsv`, see its
/// header), written against versions of the round's rules, so not a blind
/// set: remarks to the reader in a plea's words, and stock texts closed
/// with pleas. Personal notes 673 of 699 before the round, 648 with its
/// rules (25 remarks of the third review, which aimed at the new
/// vocabulary, read as pleas: "Save paper, don't print the tickets, they
/// are on the phone"); stock texts 153 of 253 before, 201 with them.
#[test]
fn the_plea_reviews_probes() {
    check_personal_and_stock(
        include_str!("../../examples/data/pleas_review.tsv"),
        952,
        (648, 699),
        (201, 253),
    );
}

/// Round 40's three blind sets (`footers.tsv`, `footers2.tsv`,
/// `footers3.tsv`, see their headers): stock texts closed with a phone's
/// or a mail client's footer or an apology for a phone's typing, and
/// personal notes in their words. The first was measured once whole
/// before its notes were read (stock 219 of 240 before the round), then
/// supplied words; the second and the third, each written after a version
/// of the rules, once whole against it (stock 157 of 200 before, 180 with
/// it, and 159 of 160 personal notes kept, a Finnish apology joined to a
/// question; 139 before, 161 with the next, every personal note kept).
#[test]
fn footers_of_phones_and_mail_clients() {
    for (notes, len, personal, stock, all) in [
        (
            include_str!("../../examples/data/footers.tsv"),
            400,
            160,
            238,
            240,
        ),
        (
            include_str!("../../examples/data/footers2.tsv"),
            360,
            160,
            182,
            200,
        ),
        (
            include_str!("../../examples/data/footers3.tsv"),
            360,
            160,
            162,
            200,
        ),
    ] {
        check_personal_and_stock(notes, len, (personal, personal), (stock, all));
    }
}

/// Round 40's two reviews' probes (`footers_review.tsv`, see its header),
/// each written against a version of the round's rules, so not a blind
/// set: personal notes 368 of 427 before the round, 365 with its rules
/// ("Sent from my broken iPhone", "Wysłane ze starego telefonu taty",
/// Greek possessives after a device); stock texts 125 of 194 before, 176
/// with them.
#[test]
fn the_footer_reviews_probes() {
    check_personal_and_stock(
        include_str!("../../examples/data/footers_review.tsv"),
        621,
        (365, 427),
        (176, 194),
    );
}

/// Round 41's two blind sets (`selfheads.tsv`, `selfheads2.tsv`, see
/// their headers): templates whose first sentence is the sender's own
/// headline, a title with no word that introduces it ("Sviluppatore
/// software, 7 anni di esperienza"), and personal notes that open the same
/// way. The first was measured once whole before its notes were read
/// (generic 29 of 112 before the round, 54 with the first version of the
/// rule); the second once whole against the third version (generic 29 of
/// 96 before, 70 with it, and 121 of 128 personal notes kept, 126 before).
/// Two reviews then showed that a word of no list in a headline names an
/// employer or a town as often as a speciality, in whatever case it is
/// typed, and the rule reads none since. Chinese, Japanese and Hindi
/// headlines, acronyms, parts in Title Case and specialities the
/// vocabulary lacks stay specific.
#[test]
fn headlines_senders_give_themselves() {
    check_personal_and_generic(
        include_str!("../../examples/data/selfheads.tsv"),
        224,
        (112, 112),
        (56, 112),
    );
    check_personal_and_generic(
        include_str!("../../examples/data/selfheads2.tsv"),
        224,
        (126, 128),
        (47, 96),
    );
}

/// Round 42's blind set (`fieldverbs.tsv`, see its header): templates
/// that say the field the sender works in with a verb phrase ("I work in
/// SEO and content strategy", "Mi occupo di risorse umane") and personal
/// notes that use the same phrases and say one specific thing. Measured
/// once whole before its notes were read: generic 39 of 90 before the
/// round, 46 with its first phrases of pursuits and lists, 44 with those
/// that landed (two reviews took out the phrases that also name an
/// employer: "work in", "trabajo en", "pracuję w"); every personal note
/// kept throughout.
#[test]
fn fields_senders_say_they_work_in() {
    check_personal_and_generic(
        include_str!("../../examples/data/fieldverbs.tsv"),
        180,
        (90, 90),
        (44, 90),
    );
}

/// Round 43's blind sets (see their headers), each measured once whole
/// before its notes were read: notes written to an unfilled name that
/// propose a call, a coffee or an event in everyday words
/// (`unfilledtalk.tsv`, written for a rule the round withdrew: generic 39
/// of 108 before the round, personal 65 of 72 before and after; its
/// misses were read before the words of a talk to come were listed, so it
/// is no blind figure for them), that invite to an event the sender hosts
/// (`hosted.tsv`: generic 32 → 65 of 108 with the first version of those
/// words, 69 as they landed, host verbs added after its misses were
/// read; personal 59 of 72 throughout), and that
/// propose a talk to come (`proposals.tsv`: generic 55 → 64 of 100 and
/// personal 53 → 50 of 60 with the first version; 60 and 53 as landed: a
/// word of a talk to come reaches three words back and four on, not the
/// whole clause, and past forms of history's verbs keep it told).
/// `unfilledtalk.tsv` reads 61 templates as they landed.
#[test]
fn talks_and_events_offered_to_an_unfilled_name() {
    check_personal_and_generic(
        include_str!("../../examples/data/unfilledtalk.tsv"),
        180,
        (65, 72),
        (61, 108),
    );
    check_personal_and_generic(
        include_str!("../../examples/data/hosted.tsv"),
        180,
        (59, 72),
        (69, 108),
    );
    check_personal_and_generic(
        include_str!("../../examples/data/proposals.tsv"),
        160,
        (53, 60),
        (60, 100),
    );
}

/// Round 43's three reviews' probes (`unfilled_review.tsv`,
/// `talks_review.tsv`, `upcoming_review.tsv`, see their headers), each
/// written against a version the round withdrew or changed, so tuning
/// sets: personal notes written to an unfilled name that tell a shared
/// history beside specifics in small letters, a future about something
/// else, a past invitation, a proposal to continue a meeting or to stay in
/// touch after one; templates that propose a talk or invite to an event;
/// copies with a name filled in. Before the round: personal 436 of 474,
/// 473 of 484 and 331 of 349, templates 45 of 123, 42 of 241 and 42 of
/// 116; after: 436, 473 and 324 (a proposal to stay in touch after a talk
/// within its reach, "yuk tetap terhubung setelah ngobrol di JSConf"), 47,
/// 87 and 74.
#[test]
fn reviews_of_talks_offered_to_an_unfilled_name() {
    check_personal_and_generic(
        include_str!("../../examples/data/unfilled_review.tsv"),
        597,
        (436, 474),
        (47, 123),
    );
    check_personal_and_generic(
        include_str!("../../examples/data/talks_review.tsv"),
        725,
        (473, 484),
        (87, 241),
    );
    check_personal_and_generic(
        include_str!("../../examples/data/upcoming_review.tsv"),
        465,
        (324, 349),
        (74, 116),
    );
}

/// Round 44's blind set (`titlework.tsv`, see its header), measured once
/// whole before its notes were read: self-introductions by a title that
/// holds a word of events, projects or schools ("project manager",
/// "chef de projet", "менеджер проектов"), and personal notes in the same
/// words. Generic 12 → 17 of 96 with the round's first rule, 19 as it
/// landed (a title's word before the word of events, "coordinadora de
/// eventos", was read after its misses were); every personal note kept
/// throughout.
#[test]
fn titles_that_hold_a_word_of_shared_history() {
    check_personal_and_generic(
        include_str!("../../examples/data/titlework.tsv"),
        160,
        (64, 64),
        (19, 96),
    );
}

/// Round 44's two reviews' probes (`titles_review.tsv`, see its header),
/// written against its first rule and a withdrawn version with compound
/// titles, so a tuning set: personal notes whose only word of shared
/// history stood in or beside a title, 1,161 of 1,260 kept before the
/// round and 1,147 after (a title of a kind of work beside a shared
/// history told in everyday words in another clause: "I'm a project
/// manager; thanks for mentoring me"); templates 30 → 54 of 138; every
/// stock text kept.
#[test]
fn reviews_of_titles_that_hold_a_word_of_shared_history() {
    check_all_kinds(
        include_str!("../../examples/data/titles_review.tsv"),
        1459,
        (1147, 1260),
        (54, 138),
        (61, 61),
    );
}

/// Round 45's blind set (`listwork.tsv`, see its header), measured once
/// whole before its notes were read: invitations to follow a page,
/// subscribe to a newsletter or join a community that list what it
/// shares, a kind of event among other kinds of content, and personal
/// notes with such a list. Generic 13 → 34 of 96 with the round's first
/// rule, 31 as it landed (its reviews added the guards that a channel be
/// named and that a list hold three items, and took the singulars of
/// Italian and Indonesian loanwords, "webinar", "workshop", out of the
/// list); every personal note kept throughout.
#[test]
fn lists_of_what_a_page_offers() {
    check_personal_and_generic(
        include_str!("../../examples/data/listwork.tsv"),
        160,
        (64, 64),
        (31, 96),
    );
}

/// Round 45's two reviews' probes (`lists_review.tsv`, see its header),
/// written against its first rule, so a tuning set: personal notes 1,091
/// of 1,095 kept before the round and after it (a reunion the vocabulary
/// now reads, "Good to see you again!", came back; a summit in Dutch
/// words, "op de top", was lost); templates 4 → 55 of 144; stock texts
/// signed with a headline that lists offerings, 15 of 39, as before.
#[test]
fn reviews_of_lists_of_what_a_page_offers() {
    check_all_kinds(
        include_str!("../../examples/data/lists_review.tsv"),
        1278,
        (1091, 1095),
        (55, 144),
        (15, 39),
    );
}

/// Round 41's two reviews' probes (`selfheads_review.tsv`, see its
/// header), each written against a version of the round's rule, so not a
/// blind set: personal notes 551 of 600 before the round, 548 with the
/// rule as it stands (names typed in small letters that are listed words,
/// "Engineer, 5 years at tesla.", which read so before in other
/// sentences); generic templates 43 of 126 not read as personal before,
/// 85 read as templates with it; every stock text kept.
#[test]
fn the_headline_reviews_probes() {
    check_all_kinds(
        include_str!("../../examples/data/selfheads_review.tsv"),
        741,
        (548, 600),
        (85, 126),
        (15, 15),
    );
}

/// Checks that a labelled file holds `len` notes, and that at least the
/// first of each pair of its personal notes, its generic templates and its
/// stock texts (the second: how many it holds) read as labelled.
fn check_all_kinds(
    notes: &str,
    len: usize,
    personal: (usize, usize),
    generic: (usize, usize),
    stock: (usize, usize),
) {
    check_labels(
        notes,
        len,
        &[
            ("personal", GreetingKind::Personal, personal),
            ("generic_template", GreetingKind::GenericTemplate, generic),
            ("platform_default", GreetingKind::PlatformDefault, stock),
        ],
    );
}

/// Checks that a labelled file holds `len` notes, and that at least the
/// first of each pair of its personal notes and its stock texts (the
/// second: how many it holds) read as labelled.
fn check_personal_and_stock(
    notes: &str,
    len: usize,
    personal: (usize, usize),
    stock: (usize, usize),
) {
    check_labels(
        notes,
        len,
        &[
            ("personal", GreetingKind::Personal, personal),
            ("platform_default", GreetingKind::PlatformDefault, stock),
        ],
    );
}

/// Checks that a labelled file holds `len` notes, and that at least the
/// first of each pair of its personal notes and its generic templates
/// (the second: how many it holds) read as labelled.
fn check_personal_and_generic(
    notes: &str,
    len: usize,
    personal: (usize, usize),
    generic: (usize, usize),
) {
    check_labels(
        notes,
        len,
        &[
            ("personal", GreetingKind::Personal, personal),
            ("generic_template", GreetingKind::GenericTemplate, generic),
        ],
    );
}

/// Checks that a labelled file holds `len` notes, and for each `(label,
/// kind, (least, of))` that it holds `of` notes of `label`, at least
/// `least` of them read as `kind`.
fn check_labels(notes: &str, len: usize, labels: &[(&str, GreetingKind, (usize, usize))]) {
    let rows = labelled(notes);
    assert_eq!(rows.len(), len, "notes read");
    for &(label, kind, (least, of)) in labels {
        let held = rows.iter().filter(|(l, _, _)| l == label).count();
        assert_eq!(held, of, "{label} notes");
        let read = classified(&rows, label, kind);
        assert!(read >= least, "{read} of {of} {label}");
    }
}
