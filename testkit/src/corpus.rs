//! A deterministic corpus of requests for benchmarks and allocation tests:
//! about 40 % stock texts in many languages with random decoration, 20 %
//! empty notes, 40 % personal notes of 50–300 bytes (a quarter of them a
//! stock text followed by a specific sentence), with non-ASCII names; and
//! [`english_mix`], an English-heavy inbox as a platform's stream looks.
//! Built from a fixed seed with a small SplitMix64 generator.

use opendoor::{Familiarity, GreetingDetector, GreetingKind, Relationship, Request};

/// SplitMix64: tiny, fast, and the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const NAMES: &[&str] = &[
    "Sam",
    "Ana Lima",
    "José Núñez",
    "Zoë Brontë",
    "Łukasz",
    "Ayşe Yılmaz",
    "Иван",
    "陈静",
    "Nguyễn Văn An",
    "Søren",
    "Priya",
    "Kwame Mensah",
];
const SALUTATIONS: &[&str] = &[
    "Hi",
    "Hello",
    "Dear",
    "Hey",
    "Bonjour",
    "Hola",
    "Hallo",
    "Ciao",
    "Привет",
];
const SIGNATURES: &[&str] = &[
    "\n- {name}",
    " – {name}",
    "\n\nBest regards,\n{name}",
    "\n\n{name}\nSenior Product Manager at Acme",
    " Thanks!",
    "\n\nHave a great day!",
];
const OPENERS: &[&str] = &[
    "Your talk on {topic} at {place} was the highlight of my week",
    "We met at the {place} meetup and talked about {topic}",
    "{name} from {place} suggested I reach out about {topic}",
    "I read your article on {topic} and tried it at {place}",
    "Congrats on the new role at {place}! Your post on {topic} was great",
    "Following up on our call about {topic} and the {place} pilot",
];
const TOPICS: &[&str] = &[
    "observability",
    "payroll fraud",
    "glacier monitoring",
    "async Rust",
    "supply chains",
    "career pivots",
    "vector databases",
    "salary negotiation",
    "solar microgrids",
];
const PLACES: &[&str] = &[
    "FOSDEM",
    "Nairobi",
    "São Paulo",
    "Zürich",
    "RustConf",
    "Kraków",
    "Acme",
    "Osaka",
];
const TAILS: &[&str] = &[
    " Would love to compare notes sometime.",
    " Could we grab a coffee next week?",
    " I have a few questions about your approach.",
    " Keep up the great work!",
    "",
];

/// What a generated note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truth {
    Empty,
    Stock,
    Generic,
    Personal,
}

impl Truth {
    /// Whether the detector's verdict agrees (a generic template counts as
    /// "not personal" for a stock text).
    pub fn agrees(self, kind: GreetingKind) -> bool {
        match self {
            Truth::Empty => kind == GreetingKind::Empty,
            Truth::Stock => kind == GreetingKind::PlatformDefault,
            Truth::Generic => kind == GreetingKind::GenericTemplate,
            Truth::Personal => kind == GreetingKind::Personal,
        }
    }
}

/// The built-in catalog's texts in `language` (every language for `None`),
/// slots unfilled, in catalog order.
fn stock_texts(language: Option<&str>) -> Vec<String> {
    GreetingDetector::new()
        .stock_texts()
        .filter(|s| language.is_none_or(|l| s.language() == l))
        .map(|s| s.text().to_owned())
        .collect()
}

/// Generic notes a sender pastes to everyone (written for this corpus).
const GENERIC: &[&str] = &[
    "Hi {name}, I'd love to connect with you.",
    "Hello {name}, I came across your profile and would like to connect.",
    "Let's connect!",
    "Hi, I'm always looking to expand my network with great professionals. Looking forward to connecting.",
    "Hello! I would love to add you to my professional network.",
    "Hi {name}, I'm growing my network and would be glad to connect.",
    "Dear [Name], I came across your profile and was impressed. Let's connect!",
    "Hi {name}! Looking forward to connecting with you.",
];

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut text = template.to_owned();
    for slot in [
        "{name}",
        "{sender}",
        "{recipient}",
        "{topic}",
        "{place}",
        "{headline}",
        "{group}",
        "{site}",
        "{invite_url}",
        "{profile_url}",
    ] {
        while text.contains(slot) {
            let value = match slot {
                "{topic}" => rng.pick(TOPICS),
                "{place}" => rng.pick(PLACES),
                "{headline}" => "CTO at Acme",
                "{group}" => "Rust Berlin",
                "{site}" => "Acme Social",
                "{invite_url}" => "https://acme.example/invite/8Kd2",
                "{profile_url}" => "https://acme.example/u/ana",
                _ => rng.pick(NAMES),
            };
            text = text.replacen(slot, value, 1);
        }
    }
    text
}

fn decorated_stock(stock: &[String], rng: &mut Rng) -> String {
    let mut note = fill(&stock[rng.below(stock.len())], rng);
    if rng.chance(30) {
        note = note.to_uppercase();
    }
    if rng.chance(30) {
        note = note.replace('\'', "’");
    }
    if rng.chance(40) {
        let name = if rng.chance(50) { rng.pick(NAMES) } else { "" };
        note = format!("{} {name},\n\n{note}", rng.pick(SALUTATIONS));
    }
    if rng.chance(40) {
        note.push_str(&fill(rng.pick(SIGNATURES), rng));
    }
    if rng.chance(10) {
        note = note.replace(' ', " \u{200B}");
    }
    if rng.chance(10) {
        note = note.replace('\'', "&#39;");
    }
    note
}

fn personal(stock: &[String], rng: &mut Rng) -> String {
    let mut note = String::new();
    if rng.chance(25) {
        note.push_str(&fill(&stock[rng.below(stock.len())], rng));
        note.push(' ');
    } else if rng.chance(30) {
        note.push_str(&format!("Hi {}! ", rng.pick(NAMES)));
    }
    note.push_str(&fill(rng.pick(OPENERS), rng));
    note.push('.');
    while note.len() < 50 {
        note.push_str(rng.pick(TAILS));
        if note.len() < 50 {
            note.push_str(" Thanks for sharing your work on ");
            note.push_str(rng.pick(TOPICS));
            note.push('.');
        }
    }
    note.push_str(rng.pick(TAILS));
    if note.len() > 300 {
        let mut cut = 300;
        while !note.is_char_boundary(cut) {
            cut -= 1;
        }
        note.truncate(cut);
    }
    note
}

/// `n` notes with what they are.
pub fn notes(n: usize, seed: u64) -> Vec<(String, Truth)> {
    let stock = stock_texts(None);
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| match rng.below(100) {
            0..40 => (decorated_stock(&stock, &mut rng), Truth::Stock),
            40..60 => (
                [String::new(), " ".to_owned(), "\n\u{200B}".to_owned()][rng.below(3)].clone(),
                Truth::Empty,
            ),
            _ => (personal(&stock, &mut rng), Truth::Personal),
        })
        .collect()
}

/// `n` notes of an English-heavy inbox, as a platform's stream looks: 30 %
/// empty (most requests carry no note), 30 % the platform's English stock
/// text (two thirds exactly as the platform inserts it, slots filled; a
/// third with a salutation or a signature), 30 % personal notes (the
/// generator of [`notes`], English only) and 10 % generic templates.
pub fn english_mix(n: usize, seed: u64) -> Vec<(String, Truth)> {
    let stock = stock_texts(Some("en"));
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| match rng.below(100) {
            0..30 => (String::new(), Truth::Empty),
            30..50 => (fill(&stock[rng.below(stock.len())], &mut rng), Truth::Stock),
            50..60 => {
                let mut note = fill(&stock[rng.below(stock.len())], &mut rng);
                if rng.chance(50) {
                    note = format!("Hi {},\n\n{note}", rng.pick(NAMES));
                } else {
                    note.push_str(&fill(rng.pick(SIGNATURES), &mut rng));
                }
                (note, Truth::Stock)
            }
            60..90 => (personal(&stock, &mut rng), Truth::Personal),
            _ => (fill(rng.pick(GENERIC), &mut rng), Truth::Generic),
        })
        .collect()
}

/// `n` requests around those notes: mostly strangers without mutual
/// connections (the full hot path: the note decides), some known,
/// acquainted, connected or introductions.
pub fn requests(n: usize, seed: u64) -> Vec<Request> {
    around(notes(n, seed), seed)
}

/// `n` requests around the notes of [`english_mix`], as [`requests`].
pub fn english_requests(n: usize, seed: u64) -> Vec<Request> {
    around(english_mix(n, seed), seed)
}

fn around(notes: Vec<(String, Truth)>, seed: u64) -> Vec<Request> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    notes
        .into_iter()
        .map(|(note, _)| {
            let sender = fill("{name}", &mut rng);
            let request = if rng.chance(5) {
                Request::introduction(sender, rng.pick(NAMES))
            } else {
                Request::connect(sender)
            };
            let familiarity = match rng.below(100) {
                0..10 => Familiarity::Known,
                10..20 => Familiarity::Acquainted,
                _ => Familiarity::Stranger,
            };
            let mutual = if rng.chance(15) {
                rng.below(20) as u32
            } else {
                0
            };
            request
                .with_greeting(note)
                .with_familiarity(familiarity)
                .with_claim(rng.pick(Relationship::ALL))
                .with_mutual_connections(mutual)
        })
        .collect()
}

/// Note bodies pasted by many senders in [`invitations`]: sales pitches,
/// recruiting blasts and a viral quote that no vocabulary list flags, with
/// how many rows in 10,000 carry each. The last is pasted by too few
/// senders to count as mass-pasted at a threshold of 50 in a million rows.
const CAMPAIGNS: &[(&str, usize)] = &[
    (
        "Our agency doubles your qualified leads in 30 days, guaranteed.",
        40,
    ),
    (
        "Life is both long and short: spend it with people who lift you up.",
        30,
    ),
    (
        "We are hiring senior Rust engineers, fully remote, top of market pay.",
        30,
    ),
    (
        "Quick question: who handles vendor onboarding on your team?",
        20,
    ),
    (
        "Join 4,000 founders in our private growth mastermind this spring.",
        20,
    ),
    (
        "Our ledger reconciliation pilot is open to three more firms in Q3.",
        1,
    ),
];

/// One sender who pastes the same body many times: many rows, one sender.
const SPAMMER_BODY: &str = "Get 10,000 followers in a week with our growth kit.";

/// `n` stored invitations, as a platform's table of them looks, for the
/// DataFusion functions' example and tests: the requests of [`requests`]
/// (stock texts in many languages, personal notes, empty notes) from
/// senders `member-SEED-N` of a pool of `n / 3 + 1` accounts (calls with
/// different seeds have different senders), with 1.4 % of
/// notes a campaign body pasted by many senders (each copy with its own
/// salutation and signature), and 0.3 % one body pasted by one sender.
pub fn invitations(n: usize, seed: u64) -> Vec<Request> {
    let members = n / 3 + 1;
    let mut rng = Rng::new(seed ^ 0xC0FFEE);
    requests(n, seed)
        .into_iter()
        .map(|request| {
            let mut sender = format!("member-{seed:x}-{}", rng.below(members));
            let mut roll = rng.below(10_000);
            let mut note = None;
            for &(body, per_10k) in CAMPAIGNS {
                if roll < per_10k {
                    note = Some(format!(
                        "{} {},\n{body}\n{}",
                        rng.pick(SALUTATIONS),
                        rng.pick(NAMES),
                        fill(rng.pick(SIGNATURES), &mut rng).trim()
                    ));
                    break;
                }
                roll -= per_10k;
            }
            if note.is_none() && roll < 30 {
                sender = "member-spam".to_owned();
                note = Some(format!("Hi {}! {SPAMMER_BODY}", rng.pick(NAMES)));
            }
            let rebuilt = match request.kind().introduction_to() {
                Some(to) => Request::introduction(sender, to),
                None => Request::connect(sender),
            };
            rebuilt
                .with_greeting(note.unwrap_or_else(|| request.greeting().as_str().to_owned()))
                .with_claim(request.claim())
                .with_familiarity(request.familiarity())
                .with_mutual_connections(request.mutual_connections())
        })
        .collect()
}
