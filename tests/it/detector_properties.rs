//! Invariants of the detector that users rely on.

use opendoor::{GreetingDetector, GreetingKind};
use opendoor_testkit::{SPECIFIC_SENTENCES, labelled_notes, stock_rows};
use proptest::prelude::*;
use proptest::sample::select;

/// Realistic notes of every kind, plus printable noise.
fn note() -> impl Strategy<Value = String> {
    let mut pool: Vec<String> = stock_rows().into_iter().map(|r| r.text).collect();
    pool.extend(labelled_notes().into_iter().map(|r| r.2));
    pool.extend(SPECIFIC_SENTENCES.iter().map(|s| (*s).to_owned()));
    let pool2 = pool.clone();
    prop_oneof![
        select(pool.clone()),
        (select(pool), select(pool2)).prop_map(|(a, b)| format!("{a}\n\n{b}")),
        "\\PC{0,80}",
    ]
}

const SPACES: &[&str] = &[" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "  ", " \t "];
const APOSTROPHES: &[char] = &['\'', '’', '‘', '`', '´', 'ʼ'];
const INVISIBLE: &[char] = &['\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{2060}'];

/// Whether `text` may hold an HTML entity or tag, which a zero-width
/// character inside breaks, as in a browser (see README).
fn has_markup(text: &str) -> bool {
    text.contains('&')
        || text
            .split('<')
            .skip(1)
            .any(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'))
}

/// Replaces every run of horizontal whitespace with runs drawn from `picks`.
fn respace(text: &str, picks: &[usize]) -> String {
    let mut out = String::new();
    let mut run = false;
    let mut k = 0;
    for c in text.chars() {
        // Line breaks of every kind are structure; only horizontal
        // whitespace is decoration.
        if c.is_whitespace()
            && !matches!(
                c,
                '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            )
        {
            if !run {
                out.push_str(SPACES[picks[k % picks.len()] % SPACES.len()]);
                k += 1;
            }
            run = true;
        } else {
            run = false;
            out.push(c);
        }
    }
    out
}

fn requote(text: &str, picks: &[usize]) -> String {
    let mut k = 0;
    text.chars()
        .map(|c| {
            if APOSTROPHES.contains(&c) {
                k += 1;
                APOSTROPHES[picks[k % picks.len()] % APOSTROPHES.len()]
            } else {
                c
            }
        })
        .collect()
}

fn sprinkle(text: &str, picks: &[usize]) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if let Some(&p) = picks.get(i % (picks.len() + 1)).filter(|&&p| p % 3 == 0) {
            out.push(INVISIBLE[p % INVISIBLE.len()]);
        }
        out.push(c);
    }
    out
}

/// Specific sentences in scripts with and without spaces (written for this
/// test: a place, an event, a shared history in each).
const SPECIFIC_IN_SCRIPTS: &[&str] = &[
    "เราเจอกันที่งานสัมมนาเรื่องพลังงานแสงอาทิตย์ที่เชียงใหม่เมื่อปีที่แล้ว",
    "ພວກເຮົາພົບກັນທີ່ງານສຳມະນາກ່ຽວກັບກາເຟຢູ່ປາກເຊ",
    "យើងបានជួបគ្នានៅសិក្ខាសាលាស្តីពីកសិកម្មនៅសៀមរាប",
    "ရန်ကုန်က ဆော့ဖ်ဝဲ ဆွေးနွေးပွဲမှာ တွေ့ခဲ့ကြတယ်",
    "先月の大阪のRust勉強会で隣の席に座っていました。",
    "上周在深圳的人工智能大会上我们聊过供应链的问题。",
    "지난달 부산 데이터 컨퍼런스에서 발표를 잘 들었습니다.",
    "التقينا في مؤتمر الطاقة الشمسية في عمّان الشهر الماضي.",
    "हम पिछले साल बेंगलुरु में डेटा सम्मेलन में मिले थे।",
    "Мы познакомились на конференции по логистике в Казани прошлой весной.",
    "Γνωριστήκαμε στο συνέδριο για τα φωτοβολταϊκά στη Θεσσαλονίκη.",
    "נפגשנו בכנס הסייבר בתל אביב בשנה שעברה.",
    // Spaced into short parts, each of which alone could be a name.
    "မနေ့က ကော်ဖီဆိုင်မှာ တွေ့ခဲ့တာ ဝမ်းသာပါတယ်",
    "เจอกัน ที่ งาน สัมมนา เชียงใหม่ ปีที่แล้ว",
    "大阪 勉強会 隣の席 でした",
    "카이스트 동문입니다",
];

/// A specific sentence: six or more English words that are not a
/// pleasantry, or one of [`SPECIFIC_IN_SCRIPTS`].
fn specific_sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        english_specific_sentence(),
        select(SPECIFIC_IN_SCRIPTS).prop_map(str::to_owned),
    ]
}

/// A specific sentence of six or more words that is not a pleasantry.
fn english_specific_sentence() -> impl Strategy<Value = String> {
    const SUBJECTS: &[&str] = &["I", "We", "My team", "Our lab", "Your colleague Dana"];
    const VERBS: &[&str] = &[
        "met you",
        "read your report",
        "saw your demo",
        "worked with Priya",
        "heard your podcast",
    ];
    const PLACES: &[&str] = &[
        "in Nairobi",
        "at FOSDEM",
        "at the Oslo meetup",
        "during the Geneva workshop",
        "on the Rustacean Station",
    ];
    const TIMES: &[&str] = &[
        "last spring",
        "in 2019",
        "on Tuesday",
        "two weeks ago",
        "during the pandemic",
    ];
    const TOPICS: &[&str] = &[
        "about supply chains",
        "about vector databases",
        "on glacier monitoring",
        "on payroll fraud",
        "about sourdough",
    ];
    (
        select(SUBJECTS),
        select(VERBS),
        select(PLACES),
        select(TIMES),
        select(TOPICS),
    )
        .prop_map(|(s, v, p, t, o)| format!("{s} {v} {o} {p} {t}."))
}

/// The vocabulary's phrases of shared history ("last week", "wythnos
/// diwethaf", "cuộc gọi"), spaced as written, each with the first language
/// its lexicon line names. (An entry in a script without spaces is written
/// as it is, without `_`, and matched character by character: not here.)
fn history_phrases() -> Vec<(&'static str, String)> {
    lexicon_entries(&["history"])
        .filter(|(_, entry)| entry.contains('_'))
        .map(|(language, entry)| (language, entry.replace('_', " ")))
        .collect()
}

/// The entries of the vocabulary's lines of `classes`, each with the first
/// language its line names.
fn lexicon_entries(classes: &[&str]) -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("../../data/lexicon.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(class, _)| classes.contains(class))
        .filter_map(|(_, rest)| rest.split_once('\t'))
        .flat_map(|(languages, entries)| {
            let language = languages.split(' ').next().unwrap_or_default();
            entries.split(' ').map(move |entry| (language, entry))
        })
}

/// The entries of the vocabulary's English lines of `class`.
fn english_entries(class: &str) -> std::collections::HashSet<&'static str> {
    lexicon_entries(&[class])
        .filter(|&(language, _)| language == "en")
        .map(|(_, entry)| entry)
        .collect()
}

/// The single-word template words of the vocabulary's English lines, of
/// two letters or more (a capital alone opens no title: "A" reads alike in
/// capitals and small letters), that no list holds as a company's kind (a
/// quoted passage with one names an organisation: "Area 51").
fn generic_words() -> Vec<&'static str> {
    let companies: std::collections::HashSet<String> = lexicon_entries(&["company"])
        .map(|(_, entry)| entry.to_lowercase())
        .collect();
    lexicon_entries(&["generic"])
        .filter(|&(language, entry)| {
            language == "en"
                && !entry.contains('_')
                && entry.chars().nth(1).is_some()
                && !companies.contains(entry)
        })
        .map(|(_, entry)| entry)
        .collect()
}

/// The vocabulary's thank-you closings of the spaced scripts ("tapadh
/// leat", "vielen Dank"), spaced as written.
fn thank_yous() -> Vec<String> {
    spaced_entries("thanks")
}

/// The catalog's stock texts that name the site, with the site slot
/// written `{site}` and every other slot filled.
fn site_texts() -> Vec<String> {
    GreetingDetector::new()
        .stock_texts()
        .filter(|s| s.text().contains("{site}"))
        .map(|s| {
            opendoor_testkit::fill(&s.text().replace("{site}", "\u{0}")).replace('\u{0}', "{site}")
        })
        .collect()
}

/// The vocabulary's thank-yous ([`thank_yous`]) that hold no word making
/// them ones in advance ("şimdiden teşekkürler", "thanks in advance"),
/// compared as the detector compares words: lower case, compatibility
/// decomposition, no combining marks ("simdiden" is "şimdiden").
fn thank_yous_for_what_was_done() -> Vec<String> {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let fold = |text: &str| -> String {
        text.to_lowercase()
            .nfkd()
            .filter(|&c| !is_combining_mark(c))
            .collect()
    };
    let pending: Vec<String> = lexicon_entries(&["pending"])
        .map(|(_, entry)| fold(&entry.replace('_', " ")))
        .collect();
    thank_yous()
        .into_iter()
        .chain(words_that_thank())
        .filter(|thanks| {
            let thanks = fold(thanks);
            // A word of it, or characters of a script without spaces.
            !pending.iter().any(|p| {
                thanks.split(' ').any(|w| w == p) || (!p.is_ascii() && thanks.contains(p.as_str()))
            })
        })
        .collect()
}

/// The entries of the vocabulary's lines of `class`, spaced as written.
fn spaced_entries(class: &str) -> Vec<String> {
    lexicon_entries(&[class])
        .map(|(_, entry)| entry.replace('_', " "))
        .collect()
}

/// The vocabulary's words that thank without closing a note ("thanked",
/// "agradecer", "bedanken", "berterima kasih"), spaced as written.
fn words_that_thank() -> Vec<String> {
    spaced_entries("thanking")
}

/// The vocabulary's favours ("advice", "ajuda", "帮助"), spaced as written.
fn favours() -> Vec<String> {
    spaced_entries("favour")
}

/// The vocabulary's words and phrases that wish well beside an occasion
/// ("good luck", "viel Erfolg", "加油"; class `wish`), spaced as written.
fn wish_words() -> Vec<String> {
    spaced_entries("wish")
}

/// The vocabulary's occasions ("new job", "nowa praca", "新工作"), spaced
/// as written.
fn occasions() -> Vec<String> {
    spaced_entries("occasion")
}

/// Whether `text` holds no letter of a script written without spaces
/// (Thai, Lao, Khmer, Burmese, kana, Han), whose letters the detector
/// reads one by one.
fn written_with_spaces(text: &str) -> bool {
    !text.chars().any(|c| {
        matches!(u32::from(c), 0x0E00..=0x109F | 0x1780..=0x1AAF | 0x3005..=0x9FFF
            | 0xA9E0..=0xAA7F | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
    })
}

/// The catalog's stock texts that end with the sender's name, that slot
/// left open and every other slot filled.
fn texts_ending_in_sender() -> Vec<String> {
    GreetingDetector::new()
        .stock_texts()
        .filter_map(|s| {
            s.text()
                .trim_end()
                .strip_suffix("{sender}")
                .map(opendoor_testkit::fill)
        })
        .collect()
}

/// Whether `phrase` (spaced, as [`history_phrases`] gives it) is one
/// some list also reads as a greeting, a closing, template words or an
/// everyday word, and none as a title, a company's word or a label (as the
/// detector has it, less its folding of accents): "ci sentiamo" (talk
/// soon, and we are in touch), "co worker". The detector reads such a
/// phrase as those wherever one may stand, so at the start of a note it
/// may be a pleasantry before a stock text ("ci sentiamo Tartu Sam, please
/// add me to your LinkedIn network"); it still never stands in a name, a
/// headline, a contact or a footer line (the table cases in
/// `detector_kinds`).
fn is_retold(phrase: &str) -> bool {
    type Listed = std::collections::HashSet<String>;
    fn listed(classes: &[&str]) -> Listed {
        lexicon_entries(classes)
            .map(|(_, entry)| entry.to_lowercase().replace(['_', '-'], " "))
            .collect()
    }
    static SAID: std::sync::LazyLock<Listed> = std::sync::LazyLock::new(|| {
        listed(&[
            "salutation",
            "sign_off",
            "closer",
            "generic",
            "common",
            "function",
        ])
    });
    static LABELS: std::sync::LazyLock<Listed> =
        std::sync::LazyLock::new(|| listed(&["title", "company", "contact", "address"]));
    let phrase = phrase.to_lowercase().replace('-', " ");
    SAID.contains(&phrase) && !LABELS.contains(&phrase)
}

/// Decorations that keep a stock text a stock text, applied in a fixed
/// order (an entity encoding last, so nothing is inserted inside one).
fn decorate(text: &str, language: &str, mask: u32, picks: &[usize]) -> String {
    let mut t = text.to_owned();
    if mask & 1 != 0 {
        t = t.to_uppercase();
    }
    if mask & 2 != 0 {
        t = t.to_lowercase();
    }
    if mask & 4 != 0 {
        t = requote(&t, picks);
    }
    if mask & 8 != 0 {
        t = t
            .chars()
            .map(|c| match c {
                '!'..='~' if c.is_ascii_alphanumeric() => {
                    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
                }
                c => c,
            })
            .collect();
    }
    if mask & 16 != 0 {
        t = t
            .trim_end_matches(['.', '!', '?', '。', '।', '۔', '؟'])
            .to_owned()
            + ["", "!!", " :)", "..."][picks[0] % 4];
    }
    if mask & 32 != 0 {
        let greeting = match language {
            "fr" => ["Bonjour", "Salut", "Bonsoir"],
            "es" => ["Hola", "Buenos días", "Estimado"],
            "de" => ["Hallo", "Guten Tag", "Liebe"],
            "it" => ["Ciao", "Salve", "Buongiorno"],
            "ru" | "uk" | "be" => ["Привет", "Здравствуйте", "Добрый день"],
            "ja" => ["こんにちは", "こんばんは", "はじめまして"],
            _ => ["Hi", "Hello", "Dear"],
        }[picks[1 % picks.len()] % 3];
        let name = ["", " Sam", " Sam Lee", " María José Núñez"][picks[2 % picks.len()] % 4];
        let sep = [", ", "! ", ",\n\n", " ", " - "][picks[3 % picks.len()] % 5];
        t = format!("{greeting}{name}{sep}{t}");
    }
    // One signature at most: the short ones here, or a long one below.
    if mask & 64 != 0 && mask & 2048 == 0 {
        let signature = [
            "\n- Ana",
            " – Ana Lima",
            "\n\nBest regards,\nAna Lima",
            "\n\nAna Lima\nSenior Product Manager at Acme Corp",
            " Thanks!",
            "\n\nHave a great day!",
            "\nCheers, Ana",
            "\n\nKind regards,\nAna Lima\nFounder, Lima Labs",
        ][picks[4 % picks.len()] % 8];
        t.push_str(signature);
    }
    if mask & 1024 != 0 {
        // Names as people have them: particles, hyphens, initials, titles,
        // any script.
        let salutation = [
            "Hi Anne-Sophie van den Broek,\n",
            "Dear Dr. María del Carmen Ruiz Ortega,\n\n",
            "Hello J. K. Rowling,\n",
            "Sehr geehrte Frau von der Leyen-Hartmann,\n\n",
            "Hi Abdullah bin Rashid Al-Mansouri, ",
            "Dear Siobhán O'Neil, ",
            "你好 张伟，",
            "こんにちは 田中さん、",
            // A common word greeted before a break, nobiliary particles.
            "Selam Can! ",
            "Hi Will,\n\n",
            "Hallo Carl Graf zu Solms,\n",
            "Gentile Anna Maria Lo Presti,\n\n",
            "Hallo Johannes «Hannes» Berger,\n",
        ][picks[5 % picks.len()] % 13];
        t = format!("{salutation}{t}");
    }
    if mask & 2048 != 0 {
        let signature = [
            "\n\nBest regards,\nJ. K. Rowling\nData Engineer | AWS | Python",
            "\n\n— María del Carmen Ruiz Ortega",
            "\n\nMit freundlichen Grüßen\nAbdullah bin Rashid Al-Mansouri\nHead of Sales · EMEA",
            "\n\n此致\n敬礼\n张伟",
            "\n\nよろしくお願いいたします。\n山田太郎",
            "\n\nС наилучшими пожеланиями,\nАндрей Волков\nРуководитель отдела продаж | SaaS",
            "\n\nKind regards,\nAnne-Sophie van den Broek\nSenior Product Manager • FinTech • LATAM",
            // Company lines: a legal form frames the company's name.
            "\n\nBeste Grüße\nLena Vogt\nLeiterin Vertrieb\nBlau Werkzeugbau GmbH & Co. KG",
            "\n\nPozdrawiam,\nAdam Kowal\nKowal Budowa Sp. z o.o.",
            "\n\nขอบคุณครับ\nสมชาย ใจดี\nบริษัท ศรีสมบูรณ์การช่าง จำกัด",
            "\n\nBest,\nMin-jun Kim\nHR 비즈니스 파트너 | 채용",
            "\n\nSaludos,\nCarlos Ruiz\nDirector Comercial | Ruiz Consultores S.L.",
            // Pronouns after the name.
            "\n\nCheers,\nSam Rivera (they/them)",
            // Contact lines: numbers, addresses, links and their labels.
            "\n\nAnna Schmidt\nTel. +49 30 1234567 | anna.schmidt@firma.de",
            "\n\nBest,\nSam Lee | (415) 555-0100 | linkedin.com/in/samlee",
            "\n\n王伟\n手机 138 0013 8000 · 微信 wangwei88",
            // Address lines: streets, numbers, postcodes, cities.
            "\n\nMit freundlichen Grüßen\nLena Vogt\nIndustriestraße 12, 70565 Stuttgart\nTelefon: +49 711 987654-12",
            "\n\nCordialement,\nMarc Dubois\nDubois Conseil SARL – 14 rue des Tanneurs, 69002 Lyon",
            // Institutions: ranks, disciplines, a kind of organisation
            // beside its name.
            "\n\nAnna Schmidt\nAssistant Professor of Economics\nUniversity of Manchester",
            // Lines of names alone under a headline: the employer and the
            // place.
            "\n\nDaniel Okafor\nResearch Scientist\nOkavango Labs\nTallinn",
            "\n\nViele Grüße\nJulia Brandt\nProjektleiterin\nStadtwerke Ludwigshafen",
            // A nickname in quotes inside the name, whatever it means alone.
            "\n\nCiao ciao\nAlessandra \"Ale\" Conti (lei)",
            "\n\nBest,\nRobert “Coffee” Lee",
        ][picks[6 % picks.len()] % 23];
        t.push_str(signature);
    }
    if mask & 4096 != 0 {
        let footer = [
            "\n\nPlease consider the environment before printing this e-mail.",
            "\n\nSent from my iPhone",
            "\n\nVon meinem iPhone gesendet",
            "\n\nEnviado desde mi iPhone",
            "\n\nGet Outlook for iOS",
            "\n\nОтправлено с iPhone",
            "\n\n发自我的iPhone",
            "\n\niPhoneから送信",
        ][picks[7 % picks.len()] % 8];
        t.push_str(footer);
    }
    if mask & 128 != 0 {
        t = respace(&t, picks);
    }
    if mask & 256 != 0 {
        t = sprinkle(&t, picks);
    }
    if mask & 8192 != 0 {
        // Accented letters as named entities, as exported e-mails write them.
        const NAMED: &[(char, &str)] = &[
            ('é', "&eacute;"),
            ('è', "&egrave;"),
            ('à', "&agrave;"),
            ('á', "&aacute;"),
            ('í', "&iacute;"),
            ('ó', "&oacute;"),
            ('ú', "&uacute;"),
            ('ñ', "&ntilde;"),
            ('ü', "&uuml;"),
            ('ö', "&ouml;"),
            ('ä', "&auml;"),
            ('ß', "&szlig;"),
            ('ç', "&ccedil;"),
            ('ã', "&atilde;"),
            ('É', "&Eacute;"),
        ];
        t = t
            .chars()
            .map(|c| match NAMED.iter().find(|(k, _)| *k == c) {
                Some((_, entity)) => (*entity).to_owned(),
                None => c.to_string(),
            })
            .collect();
    }
    if mask & 512 != 0 {
        t = t
            .replace('\'', "&#39;")
            .replace('&', "&amp;")
            .replace("&amp;#39;", "&#39;")
            .replace(' ', "&nbsp;");
    }
    t
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn decorated_stock_texts_stay_platform_defaults(
        row in select(stock_rows()),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
    ) {
        let note = decorate(&row.text, &row.language, mask, &picks);
        let detector = GreetingDetector::new();
        let detection = detector.detect(&note);
        prop_assert_eq!(detection.kind(), GreetingKind::PlatformDefault, "{:?} from {:?} ({})", note, row.text, row.platform);
    }

    #[test]
    fn a_specific_sentence_makes_a_stock_text_personal(
        row in select(stock_rows()),
        sentence in specific_sentence(),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
        before in any::<bool>(),
        own_line in any::<bool>(),
    ) {
        // Signatures and footers end a note; the sentence goes before or after
        // the rest, on the same line or on its own (where a signature would).
        let stock = decorate(&row.text, &row.language, mask & !(64 | 2048 | 4096), &picks);
        let gap = if own_line { "\n" } else { " " };
        let note = if before { format!("{sentence}{gap}{stock}") } else { format!("{stock}{gap}{sentence}") };
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// A remark made of a phrase of shared history and a place, before a
    /// stock text (unless a list also reads the phrase as a greeting, a
    /// closing, template words or an everyday word, see [`is_retold`]) or
    /// after it, is never read as a name ("Yr wythnos
    /// diwethaf yn Abertawe": each word alone may be one no list holds).
    #[test]
    fn a_history_phrase_makes_a_stock_text_personal(
        row in select(stock_rows()),
        phrase in select(history_phrases().into_iter().map(|(_, phrase)| phrase).collect::<Vec<_>>()),
        place in select(&["Tartu", "Zomba", "Gqeberha", "Шымкент", "Dilijan", "ಮಂಗಳೂರು"]),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
        before in any::<bool>(),
        gap in select(&[" ", "\n", "\n\n"]),
    ) {
        let stock = decorate(&row.text, &row.language, mask & !(64 | 2048 | 4096), &picks);
        let remark = format!("{phrase} {place}");
        // A phrase also read as a greeting or a closing may open a note as
        // a pleasantry.
        let before = before && !is_retold(&phrase);
        let note = if before { format!("{remark}{gap}{stock}") } else { format!("{stock}{gap}{remark}") };
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// After a title and a comma, dash or connector the words may name
    /// the employer, everyday words included ("Head of Marketing, Bright
    /// Horizons"), but never a sentence that tells of something specific.
    #[test]
    fn a_title_line_never_hides_a_specific_sentence(
        row in select(stock_rows()),
        title in select(&["Head of Marketing", "Product Designer", "Directora de Ventas", "Leiter Vertrieb", "Chef de projet"]),
        sentence in prop_oneof![
            specific_sentence(),
            // Remarks of everyday words and names, with no word that
            // speaks to the reader (found by review).
            select(&[
                "old neighbour in Denver",
                "helped Tom with the Postgres upgrade",
                "alte Nachbarin in Köln",
                "vieja vecina de Bilbao",
                "ancienne voisine à Lyon",
                "hielp Piet bij de verhuizing",
            ]).prop_map(str::to_owned),
        ],
        separator in select(&[", ", " – ", " at ", " bei "]),
    ) {
        let note = format!("{}\n\nBest regards,\nAna Lima\n{title}{separator}{sentence}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// A company line (or an institution's: a kind of organisation that is
    /// also a word of shared history, beside its name) frames a name, never
    /// a sentence that tells of something specific written beside it.
    #[test]
    fn a_company_line_never_hides_a_specific_sentence(
        row in select(stock_rows()),
        company in select(&["Acme GmbH", "Kowal Budowa Sp. z o.o.", "Ruiz Consultores S.L.", "株式会社ミドリ", "Blau & Partner AG", "University of Manchester", "Boğaziçi Üniversitesi"]),
        sentence in specific_sentence(),
        separator in select(&[", ", " | ", " – ", " · ", "\n"]),
    ) {
        let note = format!("{}\n\nBest regards,\nAna Lima\n{company}{separator}{sentence}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// Under a headline a line of names gives the employer or the place
    /// ("Okavango Labs"), never a sentence that tells of something specific
    /// written beside it.
    #[test]
    fn a_place_line_never_hides_a_specific_sentence(
        row in select(stock_rows()),
        place in select(&["Tallinn", "Stadtwerke Ludwigshafen", "Okavango Labs", "Montréal", "Санкт-Петербург"]),
        sentence in specific_sentence(),
        separator in select(&[", ", " | ", " – ", " ", "\n"]),
        before in any::<bool>(),
    ) {
        let (first, second) = if before { (sentence.as_str(), place) } else { (place, sentence.as_str()) };
        let note = format!("{}\n\nBest regards,\nAna Lima\nResearch Scientist\n{first}{separator}{second}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// A contact or address line gives numbers, addresses and names, never
    /// a sentence that tells of something specific written beside it.
    #[test]
    fn a_contact_or_address_line_never_hides_a_specific_sentence(
        row in select(stock_rows()),
        line in select(&[
            "Tel. +49 30 1234567",
            "anna.lima@firma.de",
            "linkedin.com/in/analima",
            "Industriestraße 12, 70565 Stuttgart",
            "ul. Piotrkowska 120, 90-006 Łódź",
            "手机 138 0013 8000",
            "+43 660 7654321 (auch WhatsApp)",
            "Tél. : +33 4 72 10 20 30 | Port. : +33 6 12 34 56 78",
            "LINE ID: ken_sato88",
        ]),
        sentence in specific_sentence(),
        separator in select(&[", ", " | ", " – ", " · ", " ", "\n"]),
        before in any::<bool>(),
    ) {
        let (first, second) = if before { (sentence.as_str(), line) } else { (line, sentence.as_str()) };
        let note = format!("{}\n\nBest regards,\nAna Lima\n{first}{separator}{second}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// After a number or a label, a contact line may say in the words of
    /// the `reach` class how or when its number reaches the sender ("+43
    /// 660 7654321 (auch WhatsApp)"): the stock text stays one. With a name
    /// beside them the words are a remark ("(auch Anna)", "(only Tartu)"),
    /// and the note is personal.
    #[test]
    fn a_note_on_how_a_number_reaches_the_sender_keeps_a_stock_text(
        row in select(stock_rows()),
        label in select(&["", "Tel. ", "Mobile: ", "Handy ", "Cel. "]),
        number in select(&["+43 660 7654321", "+1 415 555 0199", "030 1234567", "+55 11 98765-4321"]),
        note in select(&["auch WhatsApp", "WhatsApp only", "also Signal", "anche Telegram", "también WhatsApp", "ook WhatsApp", "SMS only"]),
        name in select(&["Lisbon", "Anna", "Tartu", "Kraków", "Gqeberha"]),
    ) {
        let detector = GreetingDetector::new();
        let signed = format!("{}\n\nBest regards,\nAna Lima\n{label}{number}", row.text);
        let noted = format!("{signed} ({note})");
        prop_assert_eq!(detector.classify(&noted), GreetingKind::PlatformDefault, "{:?}", noted);
        let first = note.split(' ').find(|w| !w.contains("App") && *w != "Signal" && *w != "Telegram" && *w != "SMS").unwrap_or("also");
        let remark = format!("{signed} ({first} {name})");
        prop_assert_eq!(detector.classify(&remark), GreetingKind::Personal, "{:?}", remark);
    }

    /// What follows a thank-you on its line, with no comma, may say what
    /// for ("Takk fyrir tenginguna við Jón"): a signature's name there is
    /// two words at most unless its words are capitalised alike ("Takk
    /// fyrir Guðrún Ósk Magnúsdóttir"), so three words or more after a
    /// thank-you of any language, the third in small letters, never make a
    /// stock text's signature, nor do any three in a note in one case
    /// throughout.
    #[test]
    fn three_words_after_a_thank_you_are_never_a_signature(
        row in select(stock_rows()),
        thanks in select(thank_yous()),
        words in proptest::collection::vec(select(&["Tartu", "zomba", "Gqeberha", "Dilijan", "Шымкент", "Oyelaran", "ಮಂಗಳೂರು", "Magnúsdóttir"]), 3..6),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
        gap in select(&[" ", "\n", "\n\n"]),
    ) {
        // Words on the line of a name that ends a stock text fill its slot
        // (a name of up to six words; a decoration may drop the full stop
        // after it), so the thank-you goes below it.
        let ends_in_a_slot = ["Ana Lima", "Sam", "Rust Berlin", "Acme Social", "Senior Engineer at Acme"]
            .iter()
            .any(|name| row.text.trim_end_matches(|c: char| !c.is_alphanumeric()).ends_with(name));
        let gap = if ends_in_a_slot { "\n" } else { gap };
        let stock = decorate(&row.text, &row.language, mask & !(64 | 2048 | 4096), &picks);
        let detector = GreetingDetector::new();
        let written = format!("{stock}{gap}{thanks} {}", words.join(" "));
        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        words[2] = words[2].to_lowercase();
        let small_third = format!("{stock}{gap}{thanks} {}", words.join(" "));
        for note in [small_third.clone(), written.to_lowercase(), written.to_uppercase()] {
            prop_assert_ne!(detector.classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
        }
    }

    /// A name of three to six words capitalised alike right after a
    /// thank-you on its line signs a stock text ("Mulțumesc frumos Ana
    /// Maria Popa", "Takk fyrir Guðrún Ósk Magnúsdóttir"), as it does
    /// after any other closing.
    #[test]
    fn a_capitalised_name_after_a_thank_you_signs(
        thanks in select(vec!["Thanks", "Thank you", "Merci", "Gracias", "Danke", "Takk fyrir", "Mulțumesc frumos", "Obrigada", "Grazie mille", "Dziękuję"]),
        name in proptest::collection::vec(select(vec!["Ana", "Maria", "Popa", "Guðrún", "Ósk", "Magnúsdóttir", "García", "López", "Chisomo", "Banda"]), 3..7),
        gap in select(vec!["\n\n", "\n", " "]),
    ) {
        let note = format!("I'd like to add you to my professional network on LinkedIn.{gap}{thanks} {}", name.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// A domain that fills a stock text's site slot is no abbreviation
    /// ("Dr."): its full stop ends the sentence as one after any long word
    /// does, so what follows reads the same as after a site named in one
    /// long word ("… on acme.org. Saudade do churrasco em Porto Alegre"
    /// read the remark as part of the site's name).
    #[test]
    fn a_domain_ending_a_sentence_ends_the_site(
        text in select(site_texts()),
        domain in select(&["zqxv.org", "qwzx.com", "zqbt.de", "xqzv.net", "vzqx.io"]),
        tail in proptest::collection::vec(
            select(&["Saudade", "do", "churrasco", "em", "Porto", "Alegre", "Tartu", "zomba", "de", "la", "great", "Ana", "Lima"]),
            1..7,
        ),
    ) {
        let note = |site: &str| {
            let stock = text.replace("{site}", site);
            let stock = if stock.ends_with('.') { stock } else { format!("{stock}.") };
            format!("{stock} {}", tail.join(" "))
        };
        let (dotted, joined) = (note(domain), note("Zqxvbnm"));
        let detector = GreetingDetector::new();
        prop_assert_eq!(detector.classify(&dotted), detector.classify(&joined), "{:?}", dotted);
    }

    /// A favour named after a thank-you tells of a real exchange ("thanks
    /// for the advice"; not one in advance): after a stock text, in any language of the
    /// vocabulary, it makes the note personal, neither a signature nor a
    /// template's pleasantry, whatever words stand between (a preposition,
    /// an article: at most a few) and whatever follows.
    #[test]
    fn a_favour_after_a_thank_you_is_personal(
        row in select(stock_rows()),
        thanks in select(thank_yous_for_what_was_done()),
        favour in select(favours()),
        between in proptest::collection::vec(select(&["for", "por", "für", "la", "your", "ваш"]), 0..3),
        after in prop::option::of(select(&["Tartu", "!", "Ana Lima", "Tartu Tartu"])),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
        gap in select(&["\n", "\n\n", ". "]),
    ) {
        let stock = decorate(&row.text, &row.language, mask & !(64 | 2048 | 4096), &picks);
        let mut words = vec![thanks.as_str()];
        words.extend(between.iter().copied());
        words.push(&favour);
        words.extend(after);
        let note = format!("{stock}{gap}{}", words.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// An occasion of the reader's life beside a wish in its clause, before
    /// or after it ("good luck with the new job", "Für den neuen Job alles
    /// Gute"), tells that the sender knows of it: after a stock text, in
    /// any language of the vocabulary, it makes the note personal, neither
    /// a closing and a name nor a template's pleasantry, whatever few words
    /// stand between and whatever follows.
    #[test]
    fn an_occasion_beside_a_wish_is_personal(
        row in select(stock_rows()),
        wish in select(wish_words()),
        occasion in select(occasions()),
        between in proptest::collection::vec(select(&["with", "on", "for", "con", "für", "w", "на", "the", "your"]), 0..3),
        wish_first in any::<bool>(),
        after in prop::option::of(select(&["Tartu", "!", "Ana Lima"])),
        mask in 0u32..16384,
        picks in proptest::collection::vec(0usize..1000, 8),
        gap in select(&["\n", "\n\n", ". "]),
    ) {
        let stock = decorate(&row.text, &row.language, mask & !(64 | 2048 | 4096), &picks);
        let (first, last) = if wish_first { (&wish, &occasion) } else { (&occasion, &wish) };
        let mut words = vec![first.as_str()];
        words.extend(between.iter().copied());
        words.push(last);
        words.extend(after);
        let note = format!("{stock}{gap}{}", words.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// Where a stock text ends with its sender's name, a sentence in small
    /// letters after the name on its line is no part of it: a name's words
    /// share their case ("…⏎Anna Lee Jag har fortfarande ditt paraply!"),
    /// so words no list holds make the note personal. Two words or more:
    /// one may be a particle no list holds ("Heinrich auf der Heide") or a
    /// name typed in small letters ("Anna lee").
    #[test]
    fn small_words_after_the_senders_name_are_no_name(
        stock in select(texts_ending_in_sender()),
        name in select(&["Anna Lee", "Jan Kowalski", "Ayşe Çelik", "María del Carmen Ruiz"]),
        words in proptest::collection::vec(select(&["fortfarande", "paraply", "kišobran", "pasimatyti", "uvijek", "deštník", "kaune"]), 2..5),
        mark in select(&["", "!", "."]),
    ) {
        let note = format!("{stock}{name} {}{mark}", words.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }

    /// Where a stock text ends with its sender's name, a thank-you and a
    /// favour in the name's place are no name: they tell of a real
    /// exchange ("Hei Tom,⏎Keskustellaan Wiressä.⏎Kiitos avustasi",
    /// thanks for your help), so the note is personal. In scripts written
    /// with spaces, where each is a word of its own.
    #[test]
    fn a_favour_thanked_for_where_the_sender_signs_is_personal(
        stock in select(texts_ending_in_sender()),
        thanks in select(thank_yous_for_what_was_done().into_iter().filter(|t| written_with_spaces(t)).collect::<Vec<_>>()),
        favour in select(favours().into_iter().filter(|f| written_with_spaces(f)).collect::<Vec<_>>()),
    ) {
        let note = format!("{stock}{thanks} {favour}");
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
    }
}

/// Whether `c` is a vowel sign or tone mark of Thai, Lao or Khmer (a
/// combining mark of their blocks).
fn is_sign(c: char) -> bool {
    matches!(u32::from(c), 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x0EB1 | 0x0EB4..=0x0EBC
        | 0x0EC8..=0x0ECE | 0x17B4..=0x17D3 | 0x17DD)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The signs on a letter of Thai, Lao or Khmer may be typed in any
    /// order: a stock text with some letters' signs reversed is still the
    /// stock text.
    #[test]
    fn signs_typed_in_any_order_are_the_same_letter(
        row in select(stock_rows().into_iter().filter(|r| ["th", "lo", "km"].contains(&r.language.as_str())).collect::<Vec<_>>()),
        reverse in proptest::collection::vec(any::<bool>(), 64),
    ) {
        let (mut note, mut signs, mut letter) = (String::new(), Vec::new(), 0);
        let flush = |note: &mut String, signs: &mut Vec<char>, letter: &mut usize| {
            if reverse[*letter % reverse.len()] {
                signs.reverse();
            }
            note.extend(signs.drain(..));
            *letter += 1;
        };
        for c in row.text.chars() {
            if is_sign(c) {
                signs.push(c);
            } else {
                flush(&mut note, &mut signs, &mut letter);
                note.push(c);
            }
        }
        flush(&mut note, &mut signs, &mut letter);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// An unfilled placeholder is the mark of a pasted template: whatever
    /// else the note says, it is not personal unless it tells of a shared
    /// history.
    #[test]
    fn an_unfilled_placeholder_is_never_personal_without_a_shared_history(
        // Words of no language (a real word such as French "rdv" may be a
        // history word): "zq" starts no entry of the vocabulary.
        words in proptest::collection::vec("zq[bcdfghjklmnpqrstvwxz]{1,8}", 1..12),
        style in 0usize..6,
        at in 0usize..12,
        history in prop::option::of(select(&["we met at FOSDEM", "thanks for the call", "nice chatting yesterday"])),
    ) {
        let placeholder = ["[Name]", "{first_name}", "{{Company}}", "<First Name>", "[Prénom]", "［名前］"][style];
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        words.insert(at.min(words.len()), placeholder);
        if let Some(history) = history {
            words.push(history);
        }
        let note = words.join(" ");
        let expected = if history.is_some() { GreetingKind::Personal } else { GreetingKind::GenericTemplate };
        prop_assert_eq!(GreetingDetector::new().classify(&note), expected, "{:?}", note);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A note written to an unfilled name ("Hi {{first_name}},") was
    /// written to nobody in particular: a question in it proposes the talk
    /// it names, and so does a statement made only of the vocabulary's
    /// words, so it is a template whatever else it says. A talk told as
    /// past, or a thank-you, beside something specific in its sentence is
    /// a shared history, and a tag before the greeting ("[EN] Hi Maria,",
    /// "[EN]Hi Maria,") names no reader.
    #[test]
    fn a_note_to_an_unfilled_name_shares_only_a_specific_history(
        // Words of no language, as above.
        words in proptest::collection::vec("zq[bcdfghjklmnpqrstvwxz]{1,8}", 1..8),
        salutation in select(&["Hi", "Hello", "Dear", "Hallo", "Bonjour", "Hola", "Cześć", "Merhaba", ""]),
        placeholder in select(&["[Name]", "{first_name}", "{{name}}", "<First Name>", "[Prénom]", "{{imię}}"]),
        question in select(&["Would you be open to a quick call next week?", "Can we meet for a coffee?", "Fancy a short chat on Friday?"]),
        proposal in select(&["I'd love to set up a short call next week.", "Let's grab a coffee soon.", "Looking forward to meeting you."]),
        told in select(&["We met at FOSDEM in Brussels.", "Thanks for the call about Grafana yesterday.", "Thanks again for the tour of Zqxwy brewery."]),
        tag in select(&["[EN]", "[Update]", "{Re}"]),
        // What other scripts write onto a name: honorifics, a greeting.
        honorific in select(&["", "様", "님", "さん", "您好"]),
        shape in 0usize..4,
    ) {
        let body = words.join(" ");
        let greeting = if salutation.is_empty() {
            format!("{placeholder}{honorific}")
        } else {
            format!("{salutation} {placeholder}")
        };
        let (note, expected) = match shape {
            0 => (format!("{greeting}, {body}. {question}"), GreetingKind::GenericTemplate),
            3 => (format!("{greeting}, {body}. {proposal}"), GreetingKind::GenericTemplate),
            // Without the honorific: a salutation written onto the name
            // may read the word after it as the name greeted ("[Name]様,
            // Ken."), so the body's word would stand in no sentence.
            1 => {
                let greeting = format!("{salutation} {placeholder}");
                (format!("{}, {body}. {told}", greeting.trim_start()), GreetingKind::Personal)
            }
            _ => {
                let space = if honorific.is_empty() { " " } else { "" };
                (format!("{tag}{space}Hi Maria, {body}. {question}"), GreetingKind::Personal)
            }
        };
        prop_assert_eq!(GreetingDetector::new().classify(&note), expected, "{:?}", note);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A note greeting its reader by a name of their own was filled in for
    /// someone: text in brackets as prose writes them ("[sic]", "[EN]",
    /// "[photo]", "<grin>", "［写真］") is an aside, a tag or an attachment
    /// there, and never makes a personal note a template, wherever it
    /// stands. A field in a mail merge's own syntax ("{{company}}",
    /// "[company_name]", "<FirstName>"), or whose words name one
    /// ("[Company]"), is still one: without a shared history told beside
    /// something specific the note is a template.
    #[test]
    fn an_aside_in_brackets_to_a_named_reader_is_no_field(
        // Words of no language, as above.
        words in proptest::collection::vec("zq[bcdfghjklmnpqrstvwxz]{1,8}", 1..8),
        remark in select(&["we met at FOSDEM in Brussels", "how was the ferry to Zqxwy?", "danke für die Führung durch Zqxwy"]),
        greeting in select(&[
            "Hi {},", "Ciao {},", "Hallo {}!", "Привет, {}!", "{}さん、", "{}你好，", "{} 씨,",
            "مرحباً {}،", "नमस्ते {},", "Hola {},", "{},",
        ]),
        name in select(&["Paolo", "Anne-Sophie van den Broek", "Оля", "佐藤", "李娜", "지은", "سارة", "नेहा", "María del Carmen Ruiz"]),
        aside in select(&["[sic]", "[EN]", "[photo]", "<grin>", "［写真］", "〔笑〕", "[Update]", "[foto's]"]),
        field in select(&["{{company}}", "{Company}", "[company_name]", "<FirstName>", "[[Firma]]", "[Company]", "<Nazwa firmy>", "［会社名］"]),
        proposal in select(&["Would you be open to a quick call next week?", "I noticed your company is growing. Can we meet for a coffee?", "Let's grab a coffee soon."]),
        at in 0usize..9,
        shape in 0usize..4,
    ) {
        let greeting = greeting.replace("{}", name);
        let mut body: Vec<&str> = words.iter().map(String::as_str).collect();
        let detector = GreetingDetector::new();
        if shape == 0 {
            body.push(remark);
            let plain = format!("{greeting} {}.", body.join(" "));
            prop_assert_eq!(detector.classify(&plain), GreetingKind::Personal, "{:?}", plain);
            let note = match at {
                0 => format!("{aside} {plain}"),
                1 => format!("{plain} {aside}"),
                _ => {
                    body.insert(at.min(body.len()), aside);
                    format!("{greeting} {}.", body.join(" "))
                }
            };
            prop_assert_eq!(detector.classify(&note), GreetingKind::Personal, "{:?}", note);
        } else {
            body.insert(at.min(body.len()), field);
            let (note, expected) = match shape {
                1 => (format!("{greeting} {}.", body.join(" ")), GreetingKind::GenericTemplate),
                // A field left unfilled anywhere shows the note was
                // written to nobody in particular: a talk it proposes is
                // no shared history, one told beside something specific
                // is.
                2 => (format!("{greeting} {}. {proposal}", body.join(" ")), GreetingKind::GenericTemplate),
                _ => (format!("{greeting} {}. We met at FOSDEM in Brussels.", body.join(" ")), GreetingKind::Personal),
            };
            prop_assert_eq!(detector.classify(&note), expected, "{:?}", note);
        }
    }
}

/// Notes that mix a script without case with Latin words read alike in
/// capitals and in small letters: a word in capitals after a caseless word
/// is no acronym (round 29's first version read "في KAUST" as one, and
/// the fuzzer's case check found notes in capitals that then read as
/// personal and in small letters as templates).
#[test]
fn mixed_scripts_read_alike_in_capitals_and_small_letters() {
    let detector = GreetingDetector::new();
    for note in [
        "أنا باحث في KAUST في مجال الطاقة المتجددة، يسعدني التواصل.",
        "Please authorize me to add you to my 我 friend list.",
        "Please authorize me to add you to my 我 ص friend list.",
        "كيف meet people حالك؟\n\n- Ana",
        "मैं एक software इंजीनियर हूँ, BHEL में।",
    ] {
        let (capitals, small) = (note.to_uppercase(), note.to_lowercase());
        assert_eq!(
            detector.classify(&capitals),
            detector.classify(&small),
            "{note:?}"
        );
    }
}

proptest! {
    /// A note typed in capitals reads as the same note in small letters.
    /// The note as written may read otherwise: inside a signature, a
    /// capitalised word after words in small letters ends the name
    /// ("Hälsningar till din syster Karin" is a remark), and a listed given
    /// name is a first name when capitalised ("Grace Kowalczyk"), which a
    /// note in one case throughout cannot tell.
    #[test]
    fn upper_and_lower_case_read_alike(note in note()) {
        let detector = GreetingDetector::new();
        let (capitals, small) = (note.to_uppercase(), note.to_lowercase());
        // Where capitals are the same letters ("ŉ" becomes "ʼN": two).
        if capitals.to_lowercase() == small {
            prop_assert_eq!(detector.classify(&capitals), detector.classify(&small), "upper and lower case of {:?}", note);
        }
    }

    /// A signature's name written in one case, as people write their
    /// names (capitalised, in small letters, in capitals; with particles,
    /// hyphens, apostrophes, a surname in capitals), signs a stock text,
    /// and so does a name of two words whatever the case of each ("Anna
    /// lee", typed on a phone; "anna Lee").
    #[test]
    fn a_name_in_one_case_signs_a_stock_text(
        row in select(stock_rows()),
        closing in select(&["Best regards,", "Mit freundlichen Grüßen", "С уважением,", "Saludos,", "Trân trọng,", "Cheers"]),
        name in select(&[
            "Ana Lima", "Anne-Sophie van den Broek", "María de los Ángeles Sánchez Vidal", "Jean DUPONT",
            "Min-jun Kim", "Siobhán O'Neil", "Abdullah bin Rashid Al-Mansouri", "Fleur van 't Hof",
            "Nguyễn Văn An", "Дмитрий Петров", "Γιώργος Παπαδόπουλος", "McKenzie McDonald",
        ]),
        case in 0usize..5,
    ) {
        // The first word as given and the rest small, or the other way round.
        let split = |first: fn(&str) -> String, rest: fn(&str) -> String| match name.split_once(' ') {
            Some((a, b)) if !b.contains(' ') => format!("{} {}", first(a), rest(b)),
            _ => name.to_owned(),
        };
        let name = match case {
            0 => name.to_owned(),
            1 => name.to_lowercase(),
            2 => name.to_uppercase(),
            3 => split(str::to_owned, str::to_lowercase),
            _ => split(str::to_lowercase, str::to_owned),
        };
        let note = format!("{}\n\n{closing}\n{name}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// A business signature's company, department or title line between
    /// the closing and the name ("Mit freundlichen Grüßen⏎Müller Logistik
    /// GmbH⏎Jana Berg", "よろしくお願いいたします。⏎株式会社青葉商事
    /// 営業部⏎田中 一郎") signs any stock text; the same line without a
    /// name after it, exclaimed, is a remark, never a signature.
    #[test]
    fn a_company_line_before_the_name_signs_a_stock_text(
        row in select(stock_rows()),
        closing in select(&["Best regards,", "Mit freundlichen Grüßen", "Cordialement", "よろしくお願いいたします。", "С уважением,"]),
        line in select(&[
            "Müller Logistik GmbH", "Dupont SAS", "Head of Procurement | Globex Inc.",
            "株式会社青葉商事 営業部", "Ufficio Acquisti – Ferrero S.p.A.", "ООО «Ромашка»",
        ]),
        name in select(&["Jana Berg", "田中 一郎", "Marie Leroy", "Дмитрий Петров"]),
    ) {
        let detector = GreetingDetector::new();
        let signed = format!("{}\n\n{closing}\n{line}\n{name}", row.text);
        prop_assert_eq!(detector.classify(&signed), GreetingKind::PlatformDefault, "{:?}", signed);
        let exclaimed = format!("{}\n\n{closing}\nCongrats on {line}!", row.text);
        prop_assert_ne!(detector.classify(&exclaimed), GreetingKind::PlatformDefault, "{:?}", exclaimed);
    }

    /// The lexicon's given names that are also words of some language
    /// ("Grace", "Will", Turkish "Can", Vietnamese "Nam"), capitalised
    /// before a capitalised surname, where a name is looked for (after a
    /// salutation, a closing or a dash, or first on a line after the
    /// text), are names.
    #[test]
    fn a_listed_given_name_that_is_also_a_word_is_a_name(
        row in select(stock_rows()),
        first in select(&["Grace", "Hope", "Will", "Can", "Sean", "Son", "Mia", "Uma", "Sue", "Linda", "Nam", "Ravi", "Per", "Bo", "Grant", "Chase"]),
        surname in select(&["Kowalczyk", "Nguyen", "Öztürk", "Banda", "van Dijk"]),
        frame in 0usize..4,
    ) {
        let name = format!("{first} {surname}");
        let note = match frame {
            0 => format!("Hi {name},\n\n{}", row.text),
            1 => format!("{}\n\nBest regards,\n{name}", row.text),
            2 => format!("{}\n{name}", row.text),
            _ => format!("{}\n– {name}", row.text),
        };
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// After a closing on its line, two words or more in small letters and
    /// then a capitalised word are a remark ("Hälsningar till din syster
    /// Karin": greetings to your sister Karin), never a signature's name: a
    /// stock text followed by one is no stock text. (One small word and a
    /// capitalised one may be a name: "anna Lee"; so may small words that
    /// are titles or particles, which never break a name: "rndr", the
    /// Czech "RNDr.", a random draw once made; and a closing's
    /// abbreviation is a second closing, "slds" for Spanish "saludos",
    /// another.)
    #[test]
    fn small_words_before_a_capitalised_one_are_no_name(
        row in select(stock_rows()),
        closing in select(&["Hälsningar", "Best regards", "Viele Grüße", "Pozdrawiam", "Saludos", "Thanks", "Köszönöm,"]),
        small in proptest::collection::vec("[bcdfghjklmnpqrstvwxz]{4,8}", 2..4),
        name in select(&["Karin", "Lola", "Petro", "Annának", "Rūtai", "Lee"]),
    ) {
        static NAMING: std::sync::LazyLock<std::collections::HashSet<String>> =
            std::sync::LazyLock::new(|| {
                lexicon_entries(&["title", "particle", "sign_off", "closer", "thanks"])
                    .map(|(_, entry)| entry.to_lowercase().replace('.', ""))
                    .collect()
            });
        prop_assume!(small.iter().all(|word| !NAMING.contains(word)));
        let note = format!("{}\n\n{closing} {} {name}", row.text, small.join(" "));
        prop_assert_ne!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// In a script without case, four words or more right after a stock
    /// text's full stop on its line are a remark, never a signature's name
    /// ("…অনুমোদন করুন। তোর সাজেক ভ্যালির ছবিগুলো দেখলাম"); a name of three
    /// words there still signs. Case cannot tell the two apart there, as
    /// it does in Latin, Cyrillic or Greek letters.
    #[test]
    fn four_caseless_words_after_a_stock_text_on_its_line_are_no_name(
        row in select(stock_rows()),
        script in select(&[('\u{0995}', '\u{09A8}'), ('\u{0915}', '\u{0928}'), ('\u{0628}', '\u{0642}'), ('\u{05D1}', '\u{05E6}'), ('\u{10D0}', '\u{10EF}')]),
        letters in proptest::collection::vec(proptest::collection::vec(0u32..20, 4..8), 4..7),
        name in select(&["রাকিব হাসান চৌধুরী", "राहुल कुमार शर्मा", "محمد بن عبد الله", "יוסי בן דוד", "ნინო ბერიძე"]),
    ) {
        let (first, last) = script;
        let span = u32::from(last) - u32::from(first);
        let words: Vec<String> = letters
            .iter()
            .map(|word| word.iter().filter_map(|&k| char::from_u32(u32::from(first) + k % span)).collect())
            .collect();
        let text = row.text.trim_end_matches(|c: char| c.is_whitespace() || ".!。！।".contains(c));
        let detector = GreetingDetector::new();
        let remark = format!("{text}. {}", words.join(" "));
        prop_assert_ne!(detector.classify(&remark), GreetingKind::PlatformDefault, "{:?}", remark);
        let signed = format!("{text}. {name}");
        prop_assert_eq!(detector.classify(&signed), GreetingKind::PlatformDefault, "{:?}", signed);
    }

    /// A passage in double quotes beside a stock text (a title, someone's
    /// words, not an organisation's name) makes it personal however
    /// ordinary its words: "Loved "What we learned in one year"! … on
    /// LinkedIn.". A single quoted word inside a signature's name stays a
    /// nickname.
    #[test]
    fn a_quoted_passage_after_a_stock_text_is_personal(
        row in select(stock_rows()),
        words in proptest::collection::vec(select(generic_words()), 2..7),
        quotes in select(&[("\"", "\""), ("“", "”"), ("«", "»"), ("„", "“"), ("「", "」")]),
        lead in select(&["Loved", "Read your", "Thanks for", "Hi, your"]),
    ) {
        let (open, close) = quotes;
        // A title: its first word capitalised.
        let title = words.join(" ");
        let title = title[..1].to_uppercase() + &title[1..];
        let note = format!("{lead} {open}{title}{close}!\n\n{}", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::Personal, "{:?}", note);
        let signed = format!("{}\n\nBest,\nAlessandra {open}Ale{close} Conti", row.text);
        prop_assert_eq!(GreetingDetector::new().classify(&signed), GreetingKind::PlatformDefault, "{:?}", signed);
    }

    /// A quoted passage reads alike in capitals and in small letters: a
    /// word in capitals opens no title, as a word in small letters opens
    /// none (the fuzzer's find: a title in capitals had read as one).
    #[test]
    fn a_quoted_passage_reads_alike_in_capitals_and_small_letters(
        row in select(stock_rows()),
        words in proptest::collection::vec(select(generic_words()), 1..6),
        quotes in select(&[("\"", "\""), ("“", "”"), ("«", "»")]),
        first in select(&["a", "open", "what", "x", "u8", "x-ray"]),
    ) {
        let (open, close) = quotes;
        let note = format!("Loved {open}{first} {}{close}!\n\n{}", words.join(" "), row.text);
        let detector = GreetingDetector::new();
        prop_assert_eq!(
            detector.classify(&note.to_uppercase()),
            detector.classify(&note.to_lowercase()),
            "{:?}", note
        );
    }

    #[test]
    fn horizontal_whitespace_never_matters(note in note(), picks in proptest::collection::vec(0usize..100, 1..8)) {
        let detector = GreetingDetector::new();
        let respaced = respace(&note, &picks);
        prop_assert_eq!(detector.classify(&respaced), detector.classify(&note), "{:?} vs {:?}", note, respaced);
    }

    #[test]
    fn apostrophe_style_never_matters(note in note(), picks in proptest::collection::vec(0usize..100, 1..8)) {
        let detector = GreetingDetector::new();
        let requoted = requote(&note, &picks);
        prop_assert_eq!(detector.classify(&requoted), detector.classify(&note), "{:?} vs {:?}", note, requoted);
    }

    #[test]
    fn zero_width_characters_never_matter(note in note().prop_filter("no entities or tags", |n| !has_markup(n)), picks in proptest::collection::vec(0usize..100, 1..12)) {
        let detector = GreetingDetector::new();
        let sprinkled = sprinkle(&note, &picks);
        prop_assert_eq!(detector.classify(&sprinkled), detector.classify(&note), "{:?} vs {:?}", note, sprinkled);
    }

    #[test]
    fn empty_means_nothing_visible(note in "[ \t\n\u{A0}\u{200B}\u{FEFF}\u{2060}\u{202E}]{0,20}", extra in "\\PC?") {
        let detector = GreetingDetector::new();
        prop_assert_eq!(detector.classify(&note), GreetingKind::Empty);
        let with = format!("{note}{extra}");
        prop_assert_eq!(detector.classify(&with) == GreetingKind::Empty, opendoor::Greeting::new(with.clone()).is_empty(), "{:?}", with);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn classify_is_total_on_large_arbitrary_input(chars in proptest::collection::vec(any::<char>(), 0..262_144)) {
        let note: String = chars.into_iter().collect();
        let detector = GreetingDetector::new();
        let first = detector.classify(&note);
        prop_assert_eq!(detector.classify(&note), first, "deterministic");
    }
}

/// Every phrase of shared history the vocabulary holds, as a remark on a
/// line of its own after a stock text of its language, keeps the note
/// personal (the property test above draws decorations; this reads every
/// phrase once).
#[test]
fn every_history_phrase_is_a_remark_after_a_stock_text() {
    let detector = GreetingDetector::new();
    let rows = stock_rows();
    let phrases = history_phrases();
    assert!(phrases.len() >= 1_000, "{} phrases read", phrases.len());
    let mut failures = Vec::new();
    for (language, phrase) in phrases {
        let row = rows
            .iter()
            .find(|row| row.language == language)
            .unwrap_or(&rows[0]);
        let note = format!("{}\n\n{phrase} Tartu", row.text);
        if detector.classify(&note) != GreetingKind::Personal {
            failures.push(note);
        }
    }
    assert!(
        failures.is_empty(),
        "{} read as not personal: {failures:#?}",
        failures.len()
    );
}

/// Every pitch of the vocabulary ("we help", "nous accompagnons") with
/// every word for organisations in general of its language after it ("we
/// help companies") is a template, however specific the words after them;
/// a word of shared history anywhere in the note makes it personal, and so
/// does the same verb with no organisations in its clause ("we help each
/// other", a sentence's end between). A call asked for minutes of the
/// reader's time is the pitch's ask, not a history ("15 minutes for a
/// call?"), in every language's word for minutes; without the minutes, or
/// told of rather than asked ("15 minutes for a call."), a call is one.
/// A pitch after words the walk cannot read follows something specific
/// said first: the note stays personal.
#[test]
fn a_pitch_to_organisations_in_general_is_a_template() {
    let detector = GreetingDetector::new();
    let pitches: Vec<_> = lexicon_entries(&["pitch", "offer"]).collect();
    let clients: Vec<_> = lexicon_entries(&["clients"]).collect();
    let durations: Vec<_> = lexicon_entries(&["duration"]).collect();
    assert!(
        pitches.len() >= 80 && clients.len() >= 110,
        "{} and {}",
        pitches.len(),
        clients.len()
    );
    let offers: std::collections::HashSet<&str> = lexicon_entries(&["offer"])
        .map(|(_, entry)| entry)
        .collect();
    let mut failures = Vec::new();
    for &(language, entry) in &pitches {
        let pitch = entry.replace('_', " ");
        for &(_, market) in clients.iter().filter(|(l, _)| *l == language) {
            let market = market.replace('_', " ");
            let expectations = [
                (
                    format!("{pitch} {market} zqxvbn brtklm."),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("{pitch} {market} zqxvbn brtklm. Yesterday in Tartu."),
                    GreetingKind::Personal,
                ),
                (
                    format!("{pitch} zqxvbn brtklm. {market}."),
                    GreetingKind::Personal,
                ),
                (
                    format!("{pitch} {market} zqxvbn brtklm. A call?"),
                    GreetingKind::Personal,
                ),
                // Six words on: a verb of offering's market, after its
                // product; no other verb's.
                (
                    format!("{pitch} zqxvbn brtklm qwzx vbnm zqxv {market}."),
                    if offers.contains(entry) {
                        GreetingKind::GenericTemplate
                    } else {
                        GreetingKind::Personal
                    },
                ),
                // After words the walk cannot read (something specific
                // said first), or after a history, it is no template's.
                (
                    format!("Hello, the zqxvbn brtklm team. {pitch} {market} zqxvbn."),
                    GreetingKind::Personal,
                ),
                (
                    format!(
                        "Hello, the zqxvbn brtklm team. Yesterday in Tartu. {pitch} {market} zqxvbn."
                    ),
                    GreetingKind::Personal,
                ),
            ];
            for (note, kind) in expectations {
                if detector.classify(&note) != kind {
                    failures.push(format!("{note:?}: not {kind}"));
                }
            }
        }
        let Some((_, market)) = clients.iter().find(|(l, _)| *l == language) else {
            continue;
        };
        for &(_, minutes) in durations.iter().filter(|(l, _)| *l == language) {
            // The number written apart, and onto its unit ("15분"); minutes
            // told of rather than asked for are a call's that took place.
            for number in ["15 ", "15"] {
                let note = format!("{pitch} {market} zqxvbn brtklm. {number}{minutes} for a call?");
                if detector.classify(&note) != GreetingKind::GenericTemplate {
                    failures.push(format!("{note:?}: not generic"));
                }
                let told = format!("{pitch} {market} zqxvbn brtklm. {number}{minutes} for a call.");
                if detector.classify(&told) != GreetingKind::Personal {
                    failures.push(format!("{told:?}: not personal"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures: {failures:#?}",
        failures.len()
    );
}

/// A piece of work that carries the reader's possessive itself (a word
/// listed both as `work` and as `yours`: Turkish "yazınızı", your article)
/// is the reader's work, a shared history, with no other word pointing to
/// the reader: after a pitch, which a shared history keeps personal, each
/// such word keeps the note personal, and a piece of work without one
/// does not.
#[test]
fn work_that_carries_the_readers_possessive_is_a_shared_history() {
    let detector = GreetingDetector::new();
    let yours: std::collections::HashSet<_> = lexicon_entries(&["yours"]).collect();
    let own: Vec<_> = lexicon_entries(&["work"])
        .filter(|entry| yours.contains(entry))
        .collect();
    assert!(own.len() >= 10, "{} read", own.len());
    let mut failures = Vec::new();
    for (_, work) in own {
        let note = format!("We help companies grow. {work}!");
        if detector.classify(&note) != GreetingKind::Personal {
            failures.push(note);
        }
    }
    for note in [
        "We help companies grow. Makale!",
        "We help companies grow. Paper!",
    ] {
        if detector.classify(note) != GreetingKind::GenericTemplate {
            failures.push(note.to_owned());
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every verb of meeting in the vocabulary is a shared history alone, and
/// after a stock text ("… on LinkedIn. Conocer Tartu"); beside a word for
/// people in general in its clause it is a template's wish ("Leute
/// kennenzulernen"), but not across a sentence's end, where the people
/// belong to another sentence, nor beside a word that points to the reader
/// ("die Leute aus Ihrem Team kennenlernen": the reader's people).
#[test]
fn meeting_people_in_general_is_a_wish_and_meeting_alone_a_history() {
    let detector = GreetingDetector::new();
    let rows = stock_rows();
    let meetings: Vec<_> = lexicon_entries(&["meeting"]).collect();
    let crowds: Vec<_> = lexicon_entries(&["crowd"]).collect();
    let readers: Vec<_> = lexicon_entries(&["reader"]).collect();
    let phrases: std::collections::HashSet<String> = lexicon_entries(&["generic", "common"])
        .map(|(_, entry)| entry.to_lowercase())
        .collect();
    assert!(
        meetings.len() >= 30 && crowds.len() >= 100,
        "{} and {}",
        meetings.len(),
        crowds.len()
    );
    let mut failures = Vec::new();
    for &(language, meeting) in &meetings {
        let meeting = meeting.replace('_', " ");
        let row = rows
            .iter()
            .find(|row| row.language == language)
            .unwrap_or(&rows[0]);
        for note in [meeting.clone(), format!("{}\n\n{meeting} Tartu", row.text)] {
            if detector.classify(&note) != GreetingKind::Personal {
                failures.push(note);
            }
        }
        for &(_, crowd) in &crowds {
            let crowd = crowd.replace('_', " ");
            let wish = format!("{crowd} {meeting}");
            if detector.classify(&wish) != GreetingKind::GenericTemplate {
                failures.push(wish);
            }
            // A phrase the vocabulary lists is read whole, as ever.
            let listed = format!("{crowd}_{meeting}").to_lowercase();
            if phrases.contains(&listed) {
                continue;
            }
            for &(_, reader) in readers.iter().filter(|(l, _)| *l == language) {
                let theirs = format!("{crowd} {meeting} {reader}");
                if detector.classify(&theirs) != GreetingKind::Personal {
                    failures.push(theirs);
                }
            }
            let apart = format!("{crowd}. {meeting}");
            if detector.classify(&apart) != GreetingKind::Personal {
                failures.push(apart);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} misread: {:#?}",
        failures.len(),
        &failures[..failures.len().min(40)]
    );
}

/// Every word of a field of work the vocabulary lists, in a template's
/// sentence: the words no list holds up to three before it or four after
/// it, in its clause, name the sender's field and leave the note a
/// template; further away, across a comma, or written with a capital
/// after small letters (a name) they are specific, and a word of shared
/// history after them keeps the note personal.
#[test]
fn words_beside_a_field_of_work_name_the_field() {
    let detector = GreetingDetector::new();
    let fields: Vec<_> = lexicon_entries(&["field"])
        .filter(|(_, entry)| !entry.starts_with('-') && !entry.contains('_'))
        .collect();
    assert!(fields.len() >= 120, "{} field words", fields.len());
    let (lead, tail) = ("Hello, I work in the", "and would be glad to connect.");
    let mut failures = Vec::new();
    for &(language, field) in &fields {
        let expectations = [
            (
                format!("{lead} zqxvbn brtklm qwpdfg {field} {tail}"),
                GreetingKind::GenericTemplate,
            ),
            (
                format!("{lead} {field} zqxvbn brtklm qwpdfg xcvbnm {tail}"),
                GreetingKind::GenericTemplate,
            ),
            (
                format!("{lead} zqxvbn brtklm qwpdfg xcvbnm {field} {tail}"),
                GreetingKind::Personal,
            ),
            (
                format!("{lead} {field} zqxvbn brtklm qwpdfg xcvbnm lkjhgf {tail}"),
                GreetingKind::Personal,
            ),
            (
                format!("{lead} zqxvbn Brtklm {field} {tail}"),
                GreetingKind::Personal,
            ),
            (
                format!("{lead} {field}, zqxvbn brtklm {tail}"),
                GreetingKind::Personal,
            ),
            (
                format!("{lead} zqxvbn {field}. We met in Tartu."),
                GreetingKind::Personal,
            ),
        ];
        misreads(&detector, language, expectations, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Adds to `failures` each note of `expectations` (of `language`) the
/// detector does not read as expected.
fn misreads(
    detector: &GreetingDetector,
    language: &str,
    expectations: impl IntoIterator<Item = (String, GreetingKind)>,
    failures: &mut Vec<String>,
) {
    for (note, expected) in expectations {
        let kind = detector.classify(&note);
        if kind != expected {
            failures.push(format!("[{language}] {note:?}: {kind:?}, not {expected:?}"));
        }
    }
}

/// Every word or phrase that introduces the sender's role (class `role`),
/// in a template's sentence: the words no list holds between it and a job
/// title's word, the title and a word that qualifies the title name the
/// sender's role, and the note stays a template; a word of class
/// `role_after` (Turkish "olarak") does so after the role, and only it.
/// Without the word the title is specific, and so it is where a word
/// pointing to the reader stands before (the reader's role), where a word
/// qualifying the title is written with a capital after small letters (a
/// name: the employer), or where a listed word of another class stands
/// between the word and the title.
#[test]
fn words_that_introduce_a_role_make_a_self_introduction() {
    let detector = GreetingDetector::new();
    let before: Vec<_> = lexicon_entries(&["role"]).collect();
    let after: Vec<_> = lexicon_entries(&["role_after"]).collect();
    assert!(
        before.len() >= 30 && !after.is_empty(),
        "{} role words",
        before.len()
    );
    let tail = "and keen to exchange ideas.";
    let mut failures = Vec::new();
    for title in ["engineer", "analyst", "accountant"] {
        for &(language, frame) in &before {
            let frame = frame.replace('_', " ");
            let expectations = [
                (
                    format!("Glad to connect, {frame} {title} {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, {frame} zqxvbn {title} brtklm {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, zqxvbn {title} {tail}"),
                    GreetingKind::Personal,
                ),
                // Only a word that comes after the role may follow it.
                (
                    format!("Glad to connect, zqxvbn {title} {frame} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, for your team {frame} zqxvbn {title} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {frame} {title} brtklm qwpdfg xcvbnm {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {frame} {title} zqxvbn Brtklm {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {frame} zqxvbn at {title} {tail}"),
                    GreetingKind::Personal,
                ),
            ];
            misreads(&detector, language, expectations, &mut failures);
        }
        for &(language, frame) in &after {
            let expectations = [
                (
                    format!("Glad to connect, zqxvbn {title} {frame} {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, for your zqxvbn {title} {frame} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {frame} zqxvbn {title} {tail}"),
                    GreetingKind::Personal,
                ),
            ];
            misreads(&detector, language, expectations, &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every phrase of the field the sender works in (class `pursuit`, round
/// 42): a job title's word right after it, or after an article, says
/// what the sender does, and the template stays one. Without the phrase
/// the title is specific; so it is after other words ("specialised in
/// sales at Salesforce" names an employer; so does a word of no list),
/// written as a name (a capital, then small letters: "especialista en
/// Oracle"), or where a word pointing to the reader stands before the
/// phrase.
#[test]
fn phrases_of_a_pursuit_say_the_senders_field() {
    let detector = GreetingDetector::new();
    let phrases: Vec<_> = lexicon_entries(&["pursuit"]).collect();
    assert!(phrases.len() >= 120, "{} phrases", phrases.len());
    // A phrase holding a word of a role ("jestem pasjonatem", German "im",
    // English "I'm") reaches as that word does.
    let roles: std::collections::HashSet<_> =
        lexicon_entries(&["role"]).map(|(_, entry)| entry).collect();
    let tail = "and keen to exchange ideas.";
    let mut failures = Vec::new();
    for title in ["engineer", "analyst", "accountant"] {
        let capitalised = format!("{}{}", title[..1].to_uppercase(), &title[1..]);
        let alone = format!("Glad to connect, {title} {tail}");
        assert_eq!(
            detector.classify(&alone),
            GreetingKind::Personal,
            "{alone:?}"
        );
        for &(language, phrase) in &phrases {
            let strict = !phrase.split('_').any(|word| roles.contains(word));
            let phrase = phrase.replace('_', " ");
            let expectations = [
                (
                    format!("Glad to connect, {phrase} {title} {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, {phrase} the {title} {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, {phrase} senior {title} {tail}"),
                    GreetingKind::GenericTemplate,
                ),
                (
                    format!("Glad to connect, {phrase} work at {title} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {phrase} your {title} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, {phrase} {capitalised} {tail}"),
                    GreetingKind::Personal,
                ),
                (
                    format!("Glad to connect, for your team {phrase} {title} {tail}"),
                    GreetingKind::Personal,
                ),
            ];
            let kept = if strict { 7 } else { 3 };
            misreads(
                &detector,
                language,
                expectations.into_iter().take(kept),
                &mut failures,
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A list of titles' words after a comma or a conjunction is in the
/// field a phrase of a pursuit says where its item before is ("focused on
/// AWS, SQL and BI"), up to four items (round 42). Specific: an item
/// written as a name, an item holding a word of another kind, a fifth
/// item, an item after a sentence's end or a dash, and a list after a
/// role of another kind ("I'm an analyst, engineer…": what follows the
/// comma names the employer as often).
#[test]
fn a_list_of_titles_says_the_senders_role() {
    use GreetingKind::{GenericTemplate, Personal};
    let detector = GreetingDetector::new();
    let cases = [
        (
            "focused on analyst, engineer and accountant work.",
            GenericTemplate,
        ),
        (
            "focused on analyst, engineer, accountant and auditor work.",
            GenericTemplate,
        ),
        ("focused on analyst and engineer work.", GenericTemplate),
        (
            "focused on analyst, Engineer and accountant work.",
            Personal,
        ),
        ("focused on analyst, great engineer work.", Personal),
        (
            "focused on analyst, engineer, accountant, auditor and designer work.",
            Personal,
        ),
        ("focused on analyst. And engineer work.", Personal),
        ("focused on analyst - engineer work.", Personal),
        ("I'm an analyst, engineer and accountant.", Personal),
        ("zqxvbn analyst, engineer and accountant work.", Personal),
    ];
    for (note, kind) in cases {
        let note = format!("Glad to connect, {note}");
        assert_eq!(detector.classify(&note), kind, "{note:?}");
    }
}

/// Every unit of a span of years or months (class `period`): a count of
/// one or two digits with the unit after it, or written onto it, says how
/// long ("12 years", "10년째"), as "twelve years" does: body material.
/// Four digits are a year, a date, and specific.
#[test]
fn counts_of_years_say_how_long() {
    let detector = GreetingDetector::new();
    let units: Vec<_> = lexicon_entries(&["period"]).collect();
    assert!(units.len() >= 90, "{} units", units.len());
    let note = |count: &str| format!("Glad to connect, I have {count} of experience.");
    let mut failures = Vec::new();
    for &(language, unit) in &units {
        for count in ["7", "12"] {
            for text in [
                note(&format!("{count} {unit}")),
                note(&format!("{count}{unit}")),
            ] {
                let kind = detector.classify(&text);
                if kind != GreetingKind::GenericTemplate {
                    failures.push(format!("[{language}] {text:?}: {kind:?}"));
                }
            }
        }
        for text in [note(&format!("2015 {unit}")), note(&format!("12, {unit}"))] {
            let kind = detector.classify(&text);
            if kind != GreetingKind::Personal {
                failures.push(format!("[{language}] {text:?}: {kind:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The single words of the vocabulary's `field` rows (not the compound
/// endings).
fn field_words() -> Vec<&'static str> {
    lexicon_entries(&["field"])
        .filter(|(_, entry)| !entry.starts_with('-') && !entry.contains('_'))
        .map(|(_, entry)| entry)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any words no list holds, up to three before a word of a field or
    /// four after it in its clause, name the sender's field: the template
    /// stays a template. Written with a capital after small letters, the
    /// first of them is a name, and the note is personal.
    #[test]
    fn unknown_words_beside_a_field_word_name_the_field(
        field in select(field_words()),
        before in proptest::collection::vec("[bcdfghjklmnpqrstvwxz]{5,8}", 1..=3),
        after in proptest::collection::vec("[bcdfghjklmnpqrstvwxz]{5,8}", 1..=4),
        ahead in any::<bool>(),
    ) {
        let detector = GreetingDetector::new();
        let (lead, tail) = ("Hello, I work in the", "and would be glad to connect.");
        let named = if ahead {
            format!("{} {field}", before.join(" "))
        } else {
            format!("{field} {}", after.join(" "))
        };
        let note = format!("{lead} {named} {tail}");
        prop_assert_eq!(detector.classify(&note), GreetingKind::GenericTemplate, "{:?}", note);
        let name = before[0][..1].to_uppercase() + &before[0][1..];
        let note = format!("{lead} {name} {field} {tail}");
        prop_assert_eq!(detector.classify(&note), GreetingKind::Personal, "{:?}", note);
    }
}

/// `entry` in small letters without the accents of Latin letters, as the
/// detector compares words ("défi" reads as "defi").
fn folded(entry: &str) -> String {
    const PLAIN: [(&str, char); 9] = [
        ("àáâãäåāă", 'a'),
        ("èéêëēėęě", 'e'),
        ("ìíîïīı", 'i'),
        ("òóôõöøō", 'o'),
        ("ùúûüūů", 'u'),
        ("çćč", 'c'),
        ("ñńň", 'n'),
        ("śšş", 's'),
        ("źżž", 'z'),
    ];
    entry
        .to_lowercase()
        .chars()
        .map(|c| {
            PLAIN
                .iter()
                .find(|(accented, _)| accented.contains(c))
                .map_or(c, |&(_, plain)| plain)
        })
        .collect()
}

/// English job titles of a signature's headline (the English rows) that no
/// other row of the vocabulary holds, in any class or language.
fn english_titles() -> Vec<&'static str> {
    let elsewhere: std::collections::HashSet<String> = include_str!("../../data/lexicon.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("title\t"))
        .filter_map(|line| line.rsplit_once('\t'))
        .flat_map(|(_, entries)| entries.split(' '))
        .map(folded)
        .collect();
    // The English rows alone: the rows shared by 17 languages list
    // technologies ("saas", "jira"), which a headline reads at a note's end.
    include_str!("../../data/lexicon.tsv")
        .lines()
        .filter_map(|line| line.strip_prefix("title\ten\t"))
        .flat_map(|entries| entries.split(' '))
        .filter(|&entry| {
            !entry.contains('_')
                && entry.len() > 3
                && entry.chars().all(|c| c.is_ascii_lowercase())
                && !elsewhere.contains(entry)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A self-introduction: any words no list holds between a word that
    /// introduces the sender's role and a job title, or one right after
    /// the title, name the role, and the template stays a template. The
    /// title alone is specific, and a count of years in digits reads as
    /// the number word does.
    #[test]
    fn a_role_after_a_word_that_introduces_it_is_a_template_word(
        frame in select(lexicon_entries(&["role"]).map(|(_, e)| e).collect::<Vec<_>>()),
        title in select(english_titles()),
        qualifiers in proptest::collection::vec("[bcdfghjklmnpqrstvwxz]{5,8}", 0..=2),
        after in proptest::option::of("[bcdfghjklmnpqrstvwxz]{5,8}"),
        years in 1u32..=99,
    ) {
        let detector = GreetingDetector::new();
        let frame = frame.replace('_', " ");
        let role = qualifiers.iter().map(String::as_str).chain([title]).chain(after.as_deref());
        let role = role.collect::<Vec<_>>().join(" ");
        let tail = format!("with {years} years of experience.");
        let note = format!("Glad to connect, {frame} {role} {tail}");
        prop_assert_eq!(detector.classify(&note), GreetingKind::GenericTemplate, "{:?}", note);
        let alone = format!("Glad to connect with the {role} {tail}");
        prop_assert_eq!(detector.classify(&alone), GreetingKind::Personal, "{:?}", alone);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A headline the sender gives themself: a sentence that opens with a
    /// job title, ended by a comma, a dash, a slash or a full stop before
    /// more of the note, with another title's word or a count of years in
    /// a part after it, is a template's (round 41). Each guard keeps a
    /// note of the same words personal, where the title stays specific: a
    /// question, a capital after a comma, praise before the title, a
    /// headline that ends the note, too many parts;
    /// and a word no list holds (an employer, a town, in any case) is
    /// never read as the title's qualifier.
    #[test]
    fn a_headline_the_sender_gives_themself_is_a_template_word(
        title in select(english_titles()),
        other in select(english_titles()),
        part in any::<bool>(),
        separator in select(vec![",", " –", " /", "."]),
        unknown in "[bcdfghjklmnpqrstvwxz]{5,8}",
        years in 1u32..=99,
    ) {
        let detector = GreetingDetector::new();
        let mut chars = title.chars();
        let headline: String = chars
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect());
        // A second part after a comma (a full stop would end the sentence).
        let part = if part { format!(", {other}") } else { String::new() };
        let tail = format!("{years} years of experience. Glad to connect.");
        let note = format!("Hello! {headline}{part}{separator} {tail}");
        prop_assert_eq!(detector.classify(&note), GreetingKind::GenericTemplate, "{:?}", note);
        // Typed in capitals or in small letters, it reads alike.
        let (capitals, small) = (note.to_uppercase(), note.to_lowercase());
        prop_assert_eq!(detector.classify(&capitals), detector.classify(&small), "{:?}", note);
        let personal = [
            format!("Hello! {headline}, {other}? Glad to connect."),
            format!("Hello! {headline}, Great, {tail}"),
            format!("Hello! Brilliant {title}, {tail}"),
            format!("Hello! Glad to connect. {headline}, {years} years of experience."),
            format!("Hello! {headline}, {other}, {other}, {other}, {other}. Glad to connect."),
            format!("Hello! {headline} {unknown}{separator} {tail}"),
            format!("Hello! {headline}, {unknown}{separator} {tail}"),
            format!("Hello! {headline} at {unknown}{separator} {tail}"),
        ];
        for note in personal {
            prop_assert_eq!(detector.classify(&note), GreetingKind::Personal, "{:?}", note);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A signature's last line, its words each written capitalised, in
    /// capitals or small (everyday words, names, codes, joining words,
    /// commas), reads alike in a note typed all in capitals and all in
    /// small letters: the Title Case of an organisation's or a place's name
    /// is read only where the note shows a capital before small letters.
    #[test]
    fn a_signature_line_in_any_case_reads_alike_in_capitals_and_small_letters(
        words in proptest::collection::vec(
            (
                select(vec![
                    "doctors", "without", "borders", "save", "the", "children", "boston",
                    "ma", "tx", "of", "de", "au", "france", "wedding", "in", "rome", "see",
                    "you", "at", "kubecon", "fellow", "dog", "lover", "sans", "frontières",
                    "wien", "österreich", "istanbul", "ıı", "straße", "σοφία",
                ]),
                0..3u8,
                any::<bool>(),
            ),
            1..6,
        ),
    ) {
        let line = words
            .iter()
            .map(|(word, case, comma)| {
                let word = match case {
                    0 => word.to_string(),
                    1 => word.to_uppercase(),
                    _ => {
                        let mut chars = word.chars();
                        chars.next().map_or_else(String::new, |c| {
                            c.to_uppercase().chain(chars).collect()
                        })
                    }
                };
                if *comma { format!("{word},") } else { word }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let note = format!(
            "I'd like to add you to my professional network on LinkedIn.\n\nAnna Lee\nProgram Officer\n{line}"
        );
        let detector = GreetingDetector::new();
        let (capitals, small) = (note.to_uppercase(), note.to_lowercase());
        prop_assume!(capitals.to_lowercase() == small);
        prop_assert_eq!(detector.classify(&capitals), detector.classify(&small), "{:?}", note);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// One everyday word between an app's name and its system's ("Sent
    /// from Outlook for Android") leaves a device footer a footer: after a
    /// stock text the note reads as it does without the word.
    #[test]
    fn a_word_joining_an_app_to_its_system_keeps_a_footer(
        footer in select(vec!["Sent from", "Enviado desde", "Envoyé de", "Gesendet von", "Gửi từ", "Надіслано з"]),
        app in select(vec!["Outlook", "Gmail", "Yahoo Mail"]),
        joiner in select(vec!["for", "on", "para", "pour", "für", "cho", "для", "untuk"]),
        system in select(vec!["Android", "iOS", "iPhone", "iPad"]),
    ) {
        let stock = "I'd like to add you to my professional network on LinkedIn.\n\n";
        let detector = GreetingDetector::new();
        let joined = format!("{stock}{footer} {app} {joiner} {system}");
        let bare = format!("{stock}{footer} {app} {system}");
        prop_assert_eq!(detector.classify(&joined), detector.classify(&bare), "{:?}", joined);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A footer line that ends a note reads the same with an exclamation
    /// mark after it (pleas to spare paper are often exclaimed), under any
    /// signature; a headline that ends a note so is a remark.
    #[test]
    fn a_footer_ending_the_note_may_be_exclaimed(
        signature in select(vec!["", "Best,\nAnna Lee\n", "Anna Lee\nProgram Officer\n", "Saludos,\nJosé María García López\n"]),
        footer in select(vec![
            "Please consider the environment before printing this email",
            "Avant d'imprimer, pensez à l'environnement",
            "Antes de imprimir este correo, piense en el medio ambiente",
            "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken",
            "Sent from my iPhone",
            "Von meinem iPhone gesendet",
        ]),
        mark in select(vec!["!", " !", "!!"]),
    ) {
        let stock = "I'd like to add you to my professional network on LinkedIn.\n\n";
        let detector = GreetingDetector::new();
        let plain = format!("{stock}{signature}{footer}");
        let exclaimed = format!("{plain}{mark}");
        prop_assert_eq!(detector.classify(&plain), GreetingKind::PlatformDefault, "{:?}", plain);
        prop_assert_eq!(detector.classify(&exclaimed), GreetingKind::PlatformDefault, "{:?}", exclaimed);
        let remark = format!("{stock}{signature}Great keynote in Tartu{mark}");
        prop_assert_eq!(detector.classify(&remark), GreetingKind::Personal, "{:?}", remark);
    }
}

/// One language's words of a plea to spare paper: of printing, of the
/// environment and of sparing, phrases written with spaces.
#[derive(Debug, Default)]
struct PleaWords {
    printing: Vec<String>,
    environment: Vec<String>,
    sparing: Vec<String>,
}

/// The vocabulary's pleas, one per language of the `printing` rows (a
/// row's first language) that has words of all three, with the language.
fn plea_words() -> &'static [(&'static str, PleaWords)] {
    static PLEAS: std::sync::LazyLock<Vec<(&str, PleaWords)>> = std::sync::LazyLock::new(|| {
        words_of_each(["printing", "environment", "sparing"])
            .into_iter()
            .map(|(language, [printing, environment, sparing])| {
                let words = PleaWords {
                    printing,
                    environment,
                    sparing,
                };
                (language, words)
            })
            .collect()
    });
    &PLEAS
}

/// Each language's entries of every class of `classes`, in that order,
/// phrases written with spaces, for the languages (a row's first) that
/// have entries of all of them.
fn words_of_each<const N: usize>(classes: [&str; N]) -> Vec<(&'static str, [Vec<String>; N])> {
    let mut by_language: std::collections::BTreeMap<&str, [Vec<String>; N]> =
        std::collections::BTreeMap::new();
    for (c, class) in classes.into_iter().enumerate() {
        for (language, entry) in lexicon_entries(&[class]) {
            by_language
                .entry(language)
                .or_insert_with(|| std::array::from_fn(|_| Vec::new()))[c]
                .push(entry.replace('_', " "));
        }
    }
    by_language
        .into_iter()
        .filter(|(_, lists)| lists.iter().all(|list| !list.is_empty()))
        .collect()
}

/// Whether `word` opens with a letter of a script written with case.
fn cased(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase())
}

/// A stock text a plea's line follows, under its signature.
const BEFORE_A_PLEA: &str = "I'd like to add you to my professional network on LinkedIn.\n\n";

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A line of a word of printing, one of the environment (or of saving
    /// paper: "ahorra papel") and one of sparing, of one language's
    /// vocabulary in any order, closes a stock text under its signature as
    /// a footer does: a plea in any wording and its forms ("Zanim
    /// wydrukujesz tego maila, pomyśl o środowisku.", "Spara papper, skriv
    /// inte ut i onödan.").
    #[test]
    fn printing_the_environment_and_sparing_make_a_plea(
        picks in proptest::collection::vec(any::<proptest::sample::Index>(), 5),
        signature in select(vec!["Anna Lee\n", "Best,\nAnna Lee\n", "Saludos,\nJosé María García López\nGerente Comercial\n"]),
    ) {
        let (_, words) = picks[0].get(plea_words());
        let mut line = [
            picks[1].get(&words.printing).as_str(),
            picks[2].get(&words.environment).as_str(),
            picks[3].get(&words.sparing).as_str(),
        ];
        line.rotate_left(picks[4].index(3));
        let note = format!("{BEFORE_A_PLEA}{signature}{}", line.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// Without the environment, a word of printing beside two of sparing
    /// and a remark's word makes no plea: such words tell a plan or a
    /// friend's practical word as often ("I printed this e-mail before my
    /// flight", "No es necesario imprimir las entradas, van en el móvil").
    /// A line that reads as a stock text's reads so with a word of no class
    /// in the printing word's place too (other readings take some such
    /// lines for an address or a name: "zorblat no tartu"). In the
    /// languages written with case, Vietnamese aside (its "bản in" starts
    /// a name): in a script without case the word in its place changes the
    /// script, and so the reading.
    #[test]
    fn sparing_without_the_environment_makes_no_plea(
        picks in proptest::collection::vec(any::<proptest::sample::Index>(), 5),
    ) {
        let pleas: Vec<&PleaWords> = plea_words()
            .iter()
            .filter(|(language, words)| *language != "vi" && words.printing.iter().all(|word| cased(word)) && words.sparing.len() >= 2)
            .map(|(_, words)| words)
            .collect();
        let words = *picks[0].get(&pleas);
        let printing = picks[1].get(&words.printing).as_str();
        let first = picks[2].index(words.sparing.len());
        let second = (first + 1 + picks[3].index(words.sparing.len() - 1)) % words.sparing.len();
        let mut line = [printing, words.sparing[first].as_str(), words.sparing[second].as_str()];
        line.rotate_left(picks[4].index(3));
        let note = |line: &[&str]| format!("{BEFORE_A_PLEA}Anna Lee\n{} tartu", line.join(" "));
        let with = note(&line);
        let other: Vec<&str> = line.iter().map(|w| if *w == printing { "zorblat" } else { w }).collect();
        let detector = GreetingDetector::new();
        if detector.classify(&with) == GreetingKind::PlatformDefault {
            prop_assert_eq!(detector.classify(&note(&other)), GreetingKind::PlatformDefault, "{:?}", with);
        }
    }
}

/// One language's words of an apology for a phone's typing: the language,
/// its words asking pardon and its typing slips, phrases written with
/// spaces.
type ApologyWords = (&'static str, Vec<String>, Vec<String>);

/// The vocabulary's apologies, one per first language of an `apology` row
/// that a `slip` row names first too.
fn apology_words() -> &'static [ApologyWords] {
    static APOLOGIES: std::sync::LazyLock<Vec<ApologyWords>> = std::sync::LazyLock::new(|| {
        words_of_each(["apology", "slip"])
            .into_iter()
            .map(|(language, [pardon, slips])| (language, pardon, slips))
            .collect()
    });
    &APOLOGIES
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A line of a word asking pardon and one of typing slips or brevity,
    /// of one language's vocabulary in either order, closes a stock text
    /// under its signature as a phone's footer does ("Omlouvám se za
    /// překlepy", "오타 양해 부탁드립니다").
    #[test]
    fn pardon_and_a_slip_make_a_phones_apology(
        picks in proptest::collection::vec(any::<proptest::sample::Index>(), 4),
        signature in select(vec!["Anna Lee\n", "Best,\nAnna Lee\n", "Saludos,\nJosé María García López\nGerente Comercial\n"]),
    ) {
        let (_, pardon, slips) = picks[0].get(apology_words());
        let mut line = [picks[1].get(pardon).as_str(), picks[2].get(slips).as_str()];
        if picks[3].index(2) == 1 {
            line.reverse();
        }
        let note = format!("{BEFORE_A_PLEA}{signature}{}", line.join(" "));
        prop_assert_eq!(GreetingDetector::new().classify(&note), GreetingKind::PlatformDefault, "{:?}", note);
    }

    /// The same apology that goes on to say something only this sender
    /// says, in words of no list ("Sorry for typos, typing from the
    /// hospital, baby Ella arrived"), is the sender's own line: the note
    /// stays personal, unless it reads as a stock text's with a word of no
    /// list in the slip's place too. In the languages written with case:
    /// after a word of a script without case, Latin words of no list read
    /// as a name or an organisation whatever came before ("ขออภัย, zorblat
    /// tartu blorpen" reads so without the apology too).
    #[test]
    fn an_apology_that_goes_on_is_the_senders_own(
        picks in proptest::collection::vec(any::<proptest::sample::Index>(), 3),
    ) {
        let apologies: Vec<_> = apology_words()
            .iter()
            .filter(|(_, pardon, slips)| pardon.iter().chain(slips).all(|word| cased(word)))
            .collect();
        let (_, pardon, slips) = *picks[0].get(&apologies);
        let note = |slip: &str| {
            format!("{BEFORE_A_PLEA}Anna Lee\n{} {slip}, zorblat tartu blorpen", picks[1].get(pardon))
        };
        let with = note(picks[2].get(slips).as_str());
        let detector = GreetingDetector::new();
        // Some words of pardon read as a closing and the rest as a name
        // ("pahoittelut"), with a word of no list in the slip's place too:
        // no apology's reading.
        if detector.classify(&note("zorblat")) != GreetingKind::PlatformDefault {
            prop_assert_eq!(detector.classify(&with), GreetingKind::Personal, "{:?}", with);
        }
    }
}

/// The vocabulary's wishes of several words (sign-off phrases that are no
/// closing: "kila la heri", "hyvää jatkoa", "iyi günler") in Latin letters.
fn wishes() -> Vec<String> {
    let closers: std::collections::HashSet<String> = lexicon_entries(&["closer", "thanks"])
        .map(|(_, entry)| entry.to_lowercase())
        .collect();
    let mut wishes: Vec<String> = lexicon_entries(&["sign_off"])
        .filter(|(_, entry)| {
            entry.contains('_')
                && entry
                    .chars()
                    .all(|c| c == '_' || c == '\'' || c.is_alphabetic() && (c as u32) < 0x250)
                && !closers.contains(&entry.to_lowercase())
        })
        .map(|(_, entry)| entry.replace('_', " "))
        .collect();
    wishes.sort();
    wishes.dedup();
    wishes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A name of two or three words capitalised alike right after a wish of
    /// several words on its line signs a stock text, as after a closing
    /// ("Kila la heri Baraka Mwangi"). (Remarks after a wish are the
    /// `personal_wishes` set's: "Hyvää jatkoa Tampereen projektissa".)
    #[test]
    fn a_capitalised_name_after_a_wish_signs(
        wish in select(wishes()),
        name in select(vec!["Baraka Mwangi", "Sanna Mäkinen", "Ayşe Çelik", "Petra Svobodová", "Ana Maria Popa"]),
        gap in select(vec!["\n\n", "\n", " "]),
    ) {
        let stock = "I'd like to add you to my professional network on LinkedIn.";
        let detector = GreetingDetector::new();
        let signed = format!("{stock}{gap}{wish} {name}");
        prop_assert_eq!(detector.classify(&signed), GreetingKind::PlatformDefault, "{:?}", signed);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// A list of one to four titles' words after a phrase of a pursuit,
    /// its items joined by commas and "and" or "or" before the last, is
    /// the field the phrase says (round 42): the template stays one. Only
    /// lists whose titles are specific without the phrase are drawn (some
    /// titles read otherwise beside each other: "chief, chief and
    /// manufacturing"). A fifth item and an item written as a name are
    /// table cases (`a_list_of_titles_says_the_senders_role`): other
    /// rules may read such a word, as a capital may make a name of it.
    #[test]
    fn a_list_of_titles_in_a_pursuits_field_is_a_templates(
        phrase in select(vec!["focused on", "specialised in", "passionate about"]),
        titles in proptest::collection::vec(select(english_titles()), 1..=4),
        joiner in select(vec!["and", "or"]),
    ) {
        let detector = GreetingDetector::new();
        let list = match titles.as_slice() {
            [rest @ .., last] if !rest.is_empty() => {
                format!("{} {joiner} {last}", rest.join(", "))
            }
            _ => titles.concat(),
        };
        let bare = format!("Glad to connect, about {list} work.");
        prop_assume!(detector.classify(&bare) == GreetingKind::Personal);
        let note = format!("Glad to connect, {phrase} {list} work.");
        prop_assert_eq!(detector.classify(&note), GreetingKind::GenericTemplate, "{:?}", note);
    }
}

/// Every word and phrase of a talk or an event still to come (class
/// `upcoming`, round 43), in a note written to an unfilled name: a word of
/// shared history in its clause names what the template offers ("let's
/// grab a coffee at Zqxwy"), so the note is a template; in another clause,
/// after a comma or a conjunction, the history told beside something
/// specific is still a shared one ("next week, coffee at Zqxwy"), and so
/// is one told alone. Every word of a time past, a past form of a verb
/// of shared history or a talk continued or repeated (class `past`) in
/// that clause, before or after the history, keeps it told ("let's coffee
/// at Zqxwy yesterday").
#[test]
fn words_of_a_talk_to_come_offer_it_to_nobody_in_particular() {
    let detector = GreetingDetector::new();
    let entries: Vec<_> = lexicon_entries(&["upcoming"]).collect();
    assert!(entries.len() >= 200, "{} entries", entries.len());
    let told = "coffee at Zqxwy";
    for note in [format!("Hi [Name], {told}."), format!("Hi Maria, {told}.")] {
        assert_eq!(detector.classify(&note), GreetingKind::Personal, "{note:?}");
    }
    let mut failures = Vec::new();
    for &(language, entry) in &entries {
        let entry = entry.replace('_', " ");
        for (note, expected) in [
            (
                format!("Hi [Name], {entry} {told}."),
                GreetingKind::GenericTemplate,
            ),
            (
                format!("Hi [Name], {told} {entry}."),
                GreetingKind::GenericTemplate,
            ),
            (
                format!("Hi [Name], {entry}, {told}."),
                GreetingKind::Personal,
            ),
            (
                format!("Hi [Name], {entry} and {told}."),
                GreetingKind::Personal,
            ),
        ] {
            let read = detector.classify(&note);
            if read != expected {
                failures.push(format!("{language}: {note:?} read {read:?}"));
            }
        }
    }
    // A word of a time past, or of a talk continued or repeated, keeps
    // the history in the clause of a talk to come: it happened.
    let past: Vec<_> = lexicon_entries(&["past"]).collect();
    assert!(past.len() >= 150, "{} entries", past.len());
    for &(language, entry) in &past {
        let entry = entry.replace('_', " ");
        for note in [
            format!("Hi [Name], let's {told} {entry}."),
            format!("Hi [Name], let's {entry} {told}."),
        ] {
            let read = detector.classify(&note);
            if read != GreetingKind::Personal {
                failures.push(format!("{language}: {note:?} read {read:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// In a note written to an unfilled name, a word of shared history
    /// beside something specific is the template's offer where a word of a
    /// talk to come stands at most four words before it in its clause
    /// ("let's grab coffee at Zqxwy") or at most three words after it
    /// ("coffee at Zqxwy next week"), and a shared history anywhere else:
    /// in another clause, after a comma or a conjunction, further from the
    /// word ("let's keep in touch after our chat at Zqxwy"), or with a word
    /// of doing it again or of a time past in the clause ("let's grab
    /// coffee at Zqxwy again").
    #[test]
    fn a_talk_to_come_offers_the_history_in_its_clause(
        salutation in select(&["Hi", "Hello", "Dear"]),
        placeholder in select(&["[Name]", "{first_name}", "{{name}}", "<First Name>"]),
        before in select(&[
            ("", false),
            ("let's grab", true),
            ("next week", true),
            ("join us for", true),
            // Further on than four words, the clause tells of something
            // else than the talk proposed.
            ("let's keep in touch after", false),
        ]),
        // "un café" is a phrase of shared history in Galician: the reach
        // after a phrase counts from its last word.
        history in select(&["coffee", "a quick call", "our chat", "un café"]),
        after in select(&[
            ("", false),
            (" next week", true),
            (", next week", false),
            (" and next week", false),
            // Four words after the history word: out of reach.
            (" zqbc next week", false),
            (" zqbc zqdf zqgh next week", false),
        ]),
        guard in select(&["", " again", " yesterday", " last week"]),
    ) {
        let note = format!("{salutation} {placeholder}, {} {history} at Zqxwy{guard}{}.", before.0, after.0);
        let offered = (before.1 || after.1) && guard.is_empty();
        let expected = if offered { GreetingKind::GenericTemplate } else { GreetingKind::Personal };
        prop_assert_eq!(GreetingDetector::new().classify(&note), expected, "{:?}", note);
    }
}

/// Nouns of events, talks, projects and schools the English vocabulary
/// lists as words of shared history, each of which also names the domain
/// of a job title ("project manager", "conference producer", "school
/// principal"). Checked against the lexicon, so the list cannot hold a
/// word the class has lost.
fn history_nouns() -> Vec<&'static str> {
    let nouns = vec![
        "project",
        "event",
        "events",
        "conference",
        "workshop",
        "webinar",
        "meetup",
        "podcast",
        "school",
        "university",
        "interview",
        "summit",
        "hackathon",
        "session",
        "panel",
        "lecture",
        "exhibition",
        "booth",
        "meeting",
        "presentation",
        "keynote",
        "convention",
        "symposium",
        "roundtable",
        "masterclass",
    ];
    let listed = english_entries("history");
    for noun in &nouns {
        assert!(
            listed.contains(noun),
            "{noun} is no English word of shared history"
        );
    }
    nouns
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A word of shared history right before the title the sender gives
    /// themself is the title's ("I'm a project manager"), so the
    /// self-introduction stays a template (round 44); the same words as
    /// the title of the reader's keep the history a shared one ("Your
    /// project manager was great"), and so does the sender's title made
    /// particular by a definite article ("I'm the project manager"), a
    /// role in a setting the reader shares. Only titles that read as a
    /// self-introduction alone, and history nouns that read as a shared
    /// history alone, are drawn.
    #[test]
    fn a_word_of_history_in_the_senders_title_is_the_titles(
        noun in select(history_nouns()),
        title in select(english_titles()),
        frame in select(vec![
            ("Hi, I'm a ", ". Always happy to connect."),
            ("Hello! I work as a ", " and would love to connect."),
            ("As a ", ", I'm always keen to grow my network."),
        ]),
    ) {
        let detector = GreetingDetector::new();
        let (before, after) = frame;
        let alone = format!("{before}{title}{after}");
        prop_assume!(detector.classify(&alone) == GreetingKind::GenericTemplate);
        let note = format!("{before}{noun} {title}{after}");
        prop_assert_eq!(detector.classify(&note), GreetingKind::GenericTemplate, "{:?}", note);
        let told = format!("Your {noun} was great.");
        prop_assume!(detector.classify(&told) == GreetingKind::Personal);
        let readers = format!("Your {noun} {title} was great.");
        prop_assert_eq!(detector.classify(&readers), GreetingKind::Personal, "{:?}", readers);
        // A definite article makes the title a particular role, in a
        // setting the reader shares.
        let particular = format!("Hi, I'm the {noun} {title}. Always happy to connect.");
        prop_assert_eq!(detector.classify(&particular), GreetingKind::Personal, "{:?}", particular);
    }
}

/// The English kinds of events a list of content names that the
/// vocabulary also lists as words of shared history ("events",
/// "webinars"), read from the lexicon.
fn listed_event_kinds() -> Vec<&'static str> {
    let history = english_entries("history");
    let mut kinds: Vec<&str> = english_entries("gatherings")
        .into_iter()
        .filter(|word| history.contains(word) && !word.contains('_'))
        .collect();
    kinds.sort_unstable();
    assert!(kinds.len() >= 5, "{kinds:?}");
    kinds
}

/// Three items of a list, `event` at position `at` among the other two.
fn listed(first: &str, second: &str, at: usize, event: &str) -> String {
    let mut items = vec![first, second];
    items.insert(at, event);
    format!("{}, {} and {}", items[0], items[1], items[2])
}

/// English kinds of content that are no kinds of events, each checked
/// against the lexicon's `content` rows; not "news" and "updates", which
/// round 22's phrases read with "events" whatever stands around them
/// ("events and updates").
fn plain_contents() -> Vec<&'static str> {
    let contents = vec![
        "insights",
        "trends",
        "tips",
        "resources",
        "opportunities",
        "templates",
    ];
    let listed = english_entries("content");
    for content in &contents {
        assert!(listed.contains(content), "{content} is no kind of content");
    }
    contents
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// A kind of event in a list of three kinds of content or more is one
    /// more thing a page or a community offers, wherever it stands in the
    /// list, and the template stays a template (round 45); a word of the
    /// reader's, a definite article, a word of the past or a thank-you
    /// keep it an occasion shared. Only frames
    /// in which the kind of event alone reads as a shared history are
    /// drawn, and only lists that read as a template without it.
    #[test]
    fn a_kind_of_event_in_a_list_of_content_is_offered(
        event in select(listed_event_kinds()),
        first in 0..plain_contents().len(),
        apart in 1..plain_contents().len(),
        at in 0usize..3,
        frame in select(vec![
            ("Follow our page for ", "."),
            ("Join our community: we share ", " every week."),
            ("Hello! Subscribe to our newsletter for ", " and more."),
        ]),
    ) {
        let contents = plain_contents();
        let (first, second) = (contents[first], contents[(first + apart) % contents.len()]);
        let detector = GreetingDetector::new();
        let (before, after) = frame;
        let alone = format!("{before}{event}{after}");
        prop_assume!(detector.classify(&alone) == GreetingKind::Personal);
        let list = |event: &str| listed(first, second, at, event);
        let plain = format!("{before}{}{after}", list("videos"));
        prop_assume!(detector.classify(&plain) == GreetingKind::GenericTemplate);
        let offered = format!("{before}{}{after}", list(event));
        prop_assert_eq!(detector.classify(&offered), GreetingKind::GenericTemplate, "{:?}", offered);
        let yours = format!("your {first}");
        for told in [
            // The reader's things, a particular one, a time past, a
            // thank-you, no channel that offers them.
            format!("{before}{}{after}", listed(&yours, second, at, event)),
            format!("{before}{}{after}", list(&format!("the {event}"))),
            format!("Our community had {}.", list(event)),
            format!("Thanks to our community for the {}!", list(event)),
            format!("We love {}.", list(event)),
        ] {
            prop_assert_eq!(detector.classify(&told), GreetingKind::Personal, "{:?}", told);
        }
    }
}
