//! Measure the greeting detector on labelled notes: a confusion matrix per
//! language, the three figures that matter, and the misses.
//!
//! ```text
//! cargo run --example evaluate                          # built-in evaluation half
//! cargo run --example evaluate -- --split tuning        # built-in tuning half
//! cargo run --example evaluate -- notes.tsv --misses    # your notes, with every miss
//! ```
//!
//! The input is tab-separated: `label`, `language`, `text`, further columns
//! ignored; `label` is `platform_default`, `generic_template`, `personal`
//! or `empty` (the spellings of `GreetingKind`); `\n` in `text` is a line
//! break; a header row starting `label` and `#` comment lines are skipped.
//! A bad line is reported with its number; the exit code is non-zero if any
//! line was bad.
//!
//! The figures:
//! - *personal kept*: personal notes classified `personal` (a miss here
//!   costs a real person a connection, so the goal is 100 %);
//! - *stock recognised*: platform defaults, decorated as people send them,
//!   classified `platform_default`;
//! - *generic caught*: generic templates not classified `personal`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use opendoor::{GreetingDetector, GreetingKind};

#[path = "support/clip.rs"]
mod clip;
use clip::clip;

const TUNING: &str = include_str!("data/notes_tuning.tsv");
const EVALUATION: &str = include_str!("data/notes_evaluation.tsv");

struct Args {
    input: Option<String>,
    split: Split,
    misses: bool,
}

#[derive(Clone, Copy)]
enum Split {
    Tuning,
    Evaluation,
}

const USAGE: &str = "usage: evaluate [--split tuning|evaluation] [--misses] [NOTES.tsv]";

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        input: None,
        split: Split::Evaluation,
        misses: false,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("split") => {
                args.split = match parser.value()?.string()?.as_str() {
                    "tuning" => Split::Tuning,
                    "evaluation" => Split::Evaluation,
                    other => {
                        return Err(format!("unknown split {other:?}: tuning or evaluation").into());
                    }
                }
            }
            Long("misses") => args.misses = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(path) if args.input.is_none() => args.input = Some(path.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

/// Counts of (truth, prediction) pairs.
#[derive(Default)]
struct Matrix {
    cells: BTreeMap<(GreetingKind, GreetingKind), usize>,
}

impl Matrix {
    fn add(&mut self, truth: GreetingKind, predicted: GreetingKind) {
        *self.cells.entry((truth, predicted)).or_default() += 1;
    }

    fn count(&self, truth: GreetingKind, predicted: impl Fn(GreetingKind) -> bool) -> usize {
        self.cells
            .iter()
            .filter(|((t, p), _)| *t == truth && predicted(*p))
            .map(|(_, n)| n)
            .sum()
    }

    fn total(&self, truth: GreetingKind) -> usize {
        self.count(truth, |_| true)
    }

    fn merge(&mut self, other: &Matrix) {
        for (&key, &n) in &other.cells {
            *self.cells.entry(key).or_default() += n;
        }
    }
}

/// `part / whole` as a percentage, or a dash when nothing was measured.
fn share(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        format!(
            "{part}/{whole} ({:.1} %)",
            100.0 * part as f64 / whole as f64
        )
    }
}

fn figures(m: &Matrix) -> [String; 3] {
    use GreetingKind::*;
    [
        share(m.count(Personal, |p| p == Personal), m.total(Personal)),
        share(
            m.count(PlatformDefault, |p| p == PlatformDefault),
            m.total(PlatformDefault),
        ),
        share(
            m.count(GenericTemplate, |p| p != Personal),
            m.total(GenericTemplate),
        ),
    ]
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let owned;
    let (name, tsv) = match (&args.input, args.split) {
        (Some(path), _) => match std::fs::read_to_string(path) {
            Ok(text) => {
                owned = text;
                (path.as_str(), owned.as_str())
            }
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        (None, Split::Tuning) => ("built-in tuning half", TUNING),
        (None, Split::Evaluation) => ("built-in evaluation half", EVALUATION),
    };

    let detector = GreetingDetector::new();
    let mut by_language: BTreeMap<&str, Matrix> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut bad = 0;
    for (index, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("label\t") {
            continue;
        }
        let mut columns = line.split('\t');
        let (Some(label), Some(language), Some(text)) =
            (columns.next(), columns.next(), columns.next())
        else {
            eprintln!("line {}: expected label, language and text", index + 1);
            bad += 1;
            continue;
        };
        let truth: GreetingKind = match label.parse() {
            Ok(kind) => kind,
            Err(e) => {
                eprintln!("line {}: {e}", index + 1);
                bad += 1;
                continue;
            }
        };
        let text = text.replace("\\n", "\n");
        let predicted = detector.classify(&text);
        by_language
            .entry(language)
            .or_default()
            .add(truth, predicted);
        if predicted != truth {
            misses.push((language, truth, predicted, text));
        }
    }

    println!("{name}: {} languages", by_language.len());
    println!();
    println!(
        "{:<6} {:>22} {:>22} {:>22}",
        "lang", "personal kept", "stock recognised", "generic caught"
    );
    let mut all = Matrix::default();
    for (language, matrix) in &by_language {
        let [personal, stock, generic] = figures(matrix);
        println!("{language:<6} {personal:>22} {stock:>22} {generic:>22}");
        all.merge(matrix);
    }
    let [personal, stock, generic] = figures(&all);
    println!("{:<6} {personal:>22} {stock:>22} {generic:>22}", "all");

    println!();
    println!("confusion matrix (rows: label, columns: detector), all languages:");
    let kinds = GreetingKind::ALL;
    print!("{:<18}", "");
    for &predicted in kinds {
        print!("{:>18}", predicted.to_string());
    }
    println!();
    for &truth in kinds {
        if all.total(truth) == 0 {
            continue;
        }
        print!("{:<18}", truth.to_string());
        for &predicted in kinds {
            print!("{:>18}", all.count(truth, |p| p == predicted));
        }
        println!();
    }

    if args.misses {
        println!();
        println!("misses ({}):", misses.len());
        for (language, truth, predicted, text) in &misses {
            println!(
                "  [{language}] {truth} -> {predicted}: {}",
                clip(&text.replace('\n', "⏎"), 110)
            );
        }
    } else if !misses.is_empty() {
        println!();
        println!("{} misses (--misses lists them)", misses.len());
    }
    if bad > 0 {
        eprintln!("{bad} bad lines");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
