//! The grammar's states and its step over one word.
//!
//! A reading of the note stands in one of a few [`Phases`] before each word
//! (before the first word, in a salutation's name, in the body, in a
//! signature's name, after a headline); the walk keeps every reading alive
//! at once as a bit set of phases per position, in two halves
//! ([`States`]): those reached with only the platform's own words and
//! decorations, and those that needed a generic word. [`step`] moves one
//! half's phases over one word by what the vocabulary says of it; the jumps
//! over several words (stock texts, headlines, footers) are the walk's.

use crate::detector::bits::bit_set;
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

bit_set! {
    /// Where a reading of the note stands before a word: one bit per phase
    /// of the grammar.
    Phases(u32) {
        /// Before the first word.
        START = 1 << 0;
        /// After a salutation word ("hi").
        GREET = 1 << 1;
        /// After one to six words of the name a salutation greets (the
        /// halves of a hyphenated name count once, particles not at all).
        NAME1 = 1 << 2;
        NAME2 = 1 << 3;
        NAME3 = 1 << 4;
        NAME4 = 1 << 5;
        NAME5 = 1 << 6;
        NAME6 = 1 << 7;
        /// A name standing alone as a salutation ("Marcus, …"): it must end
        /// at a boundary, and something must follow it.
        SOLO1 = 1 << 8;
        SOLO2 = 1 << 9;
        SOLO3 = 1 << 10;
        SOLO4 = 1 << 11;
        /// Pleasantries after the salutation ("Hi Ann, hope you are well!").
        PRE = 1 << 12;
        /// In the body.
        BODY = 1 << 13;
        /// In the body, right after a closing word such as "regards" (a
        /// name may follow directly; after one that thanks, see `THANKED`).
        CLOSE = 1 << 14;
        /// After one to six words of a signature name.
        SIG1 = 1 << 15;
        SIG2 = 1 << 16;
        SIG3 = 1 << 17;
        SIG4 = 1 << 18;
        SIG5 = 1 << 19;
        SIG6 = 1 << 20;
        /// After a signature headline or a device footer.
        HEAD = 1 << 21;
        /// After one or two words of a name right after a closing word that
        /// thanks, on its line, with no comma between ("Thanks Ann Lee"):
        /// longer, it says what the thanks is for ("Takk fyrir tenginguna
        /// við Jón", thanks for the introduction to Jón). After other
        /// closings a name may be as long as any ("Un saludo Ana García
        /// López").
        SIGC1 = 1 << 22;
        SIGC2 = 1 << 23;
        /// After the particles a signature's name opens with, on a line of
        /// its own ("Lê Hoàng Nam", "van Dijk"): a name must follow. (Not
        /// after a comma or full stop, where a particle is more often a
        /// preposition: "…, de Cali".)
        SIGP = 1 << 24;
        /// In the body, right after a closing word that thanks, or one of
        /// a closing formula that does: as `CLOSE`, but a name right after
        /// it on its line is short (`SIGC1`, `SIGC2`). A phase of its own,
        /// so that where another reading has a plain closing ("regards")
        /// a long name still signs.
        THANKED = 1 << 25;
        /// Right after a closing word of either kind.
        CLOSED = Self::CLOSE.bits() | Self::THANKED.bits();

        NAMES = Self::NAME1.bits() | Self::NAME2.bits() | Self::NAME3.bits()
            | Self::NAME4.bits() | Self::NAME5.bits() | Self::NAME6.bits();
        /// Names that may grow by one more word.
        NAMES_OPEN = Self::NAMES.bits() & !Self::NAME6.bits();
        SOLOS = Self::SOLO1.bits() | Self::SOLO2.bits() | Self::SOLO3.bits() | Self::SOLO4.bits();
        SOLOS_OPEN = Self::SOLOS.bits() & !Self::SOLO4.bits();
        SIGS = Self::SIG1.bits() | Self::SIG2.bits() | Self::SIG3.bits() | Self::SIG4.bits()
            | Self::SIG5.bits() | Self::SIG6.bits() | Self::SIGC1.bits() | Self::SIGC2.bits();
        SIGS_OPEN = Self::SIGS.bits() & !Self::SIG6.bits() & !Self::SIGC2.bits();
        /// Phases a stock text (or pattern sentence) may start from.
        OPEN = Self::START.bits() | Self::GREET.bits() | Self::NAMES.bits() | Self::PRE.bits()
            | Self::BODY.bits() | Self::CLOSE.bits() | Self::THANKED.bits();
        /// Phases that accept at the end of the note once the body has begun.
        ENDED = Self::BODY.bits() | Self::CLOSE.bits() | Self::THANKED.bits() | Self::SIGS.bits()
            | Self::HEAD.bits();
        /// Phases that accept a note that is only a salutation. A bare name
        /// is not one: a note made of nothing but a proper noun or two
        /// ("RustConf!", "Berlin hackathon crew") is specific.
        SALUTED = Self::GREET.bits() | Self::NAMES.bits() | Self::PRE.bits();
    }
}

/// The states alive before a word, in two halves: *pure* phases (reached
/// with only salutations, stock texts, sign-offs and signature) and
/// *generic* ones (some generic word was needed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct States {
    pub(super) pure: Phases,
    pub(super) generic: Phases,
}

impl States {
    pub(super) const NONE: States = States {
        pure: Phases::EMPTY,
        generic: Phases::EMPTY,
    };

    pub(super) const fn pure(phases: Phases) -> States {
        States {
            pure: phases,
            generic: Phases::EMPTY,
        }
    }

    pub(super) const fn generic(phases: Phases) -> States {
        States {
            pure: Phases::EMPTY,
            generic: phases,
        }
    }

    pub(super) fn is_empty(self) -> bool {
        self.pure.is_empty() && self.generic.is_empty()
    }

    /// These states, kept to `phases` in both halves.
    pub(super) fn only(self, phases: Phases) -> States {
        States {
            pure: self.pure & phases,
            generic: self.generic & phases,
        }
    }

    /// These states without `phases` in either half.
    pub(super) fn without(self, phases: Phases) -> States {
        States {
            pure: self.pure.without(phases),
            generic: self.generic.without(phases),
        }
    }

    /// The states after a headline or footer line, in each half that has
    /// one of `from`.
    pub(super) fn after_line(self, from: Phases) -> States {
        self.onto(from, Phases::HEAD)
    }

    /// `to` in each half that has one of `from`, nothing in the others.
    pub(super) fn onto(self, from: Phases, to: Phases) -> States {
        let onto = |half: Phases| {
            if half.intersects(from) {
                to
            } else {
                Phases::EMPTY
            }
        };
        States {
            pure: onto(self.pure),
            generic: onto(self.generic),
        }
    }

    pub(super) fn union(self, other: States) -> States {
        States {
            pure: self.pure | other.pure,
            generic: self.generic | other.generic,
        }
    }
}

/// Whether a name standing alone as a salutation ends before a word with
/// `flags`: at a comma, dash or line break ("Marcus,", "Ana Lima\n"), or
/// at a sentence end after a single word ("Ana!"). A few unknown words and
/// a full stop ("Yesterday seminar coffee.") are a sentence, not a name.
pub(super) fn solo_done(phases: Phases, flags: WordFlags) -> bool {
    // A name of several words is never exclaimed or asked either: "Great
    // keynote in Tartu!" before a stock text is a remark.
    let solos = if flags.contains(WordFlags::EXCLAIM) {
        Phases::SOLO1
    } else {
        Phases::SOLOS
    };
    (phases.intersects(solos)
        && flags.intersects(WordFlags::COMMA | WordFlags::LINE | WordFlags::DASH))
        || (phases.contains(Phases::SOLO1) && flags.contains(WordFlags::SENTENCE))
}

impl Phases {
    /// Each phase moved one word on (`NAME1` to `NAME2`, `SIG3` to `SIG4`).
    pub(super) const fn next(self) -> Phases {
        Phases::from_bits(self.bits() << 1)
    }
}

/// The transitions of one half's phases over one word: the phases reached
/// without a generic word (`pure`) and those that needed one (`generic`).
pub(super) fn step(phases: Phases, classes: WordClasses, flags: WordFlags, name: bool) -> States {
    if phases.is_empty() {
        return States::NONE;
    }
    let digit = flags.contains(WordFlags::DIGIT);
    let unspaced = flags.contains(WordFlags::UNSPACED);
    // A placeholder ("[Name]") stands where a name or a generic word may,
    // and makes the reading generic: it is the mark of a pasted template.
    let placeholder = flags.contains(WordFlags::PLACEHOLDER);
    let classes = if placeholder {
        classes | WordClasses::GENERIC
    } else {
        classes
    };
    // A particle such as "de" or "van" may stand inside a name.
    let name_part = name || (classes.intersects(WordClasses::PARTICLE) && !digit && !unspaced);
    // The second half of a hyphenated name ("Al-Mansouri") continues the
    // name word it is joined to.
    let joined = flags.contains(WordFlags::JOINED) && !digit && !unspaced && !placeholder;
    let boundary = flags.intersects(WordFlags::BOUNDARY);
    let has = |p: Phases| phases.intersects(p);
    let (mut same, mut generic) = (Phases::EMPTY, Phases::EMPTY);

    // Salutation (a second one may follow the first: "Hi Ann, hello!"). In
    // a script without spaces the greeting may follow the name directly
    // ("张伟先生您好", "田中様こんにちは").
    let greeted = has(Phases::START | Phases::GREET | Phases::NAMES | Phases::PRE)
        || solo_done(phases, flags);
    if (greeted || (unspaced && has(Phases::SOLOS))) && classes.intersects(WordClasses::SALUTATION)
    {
        same |= Phases::GREET;
    }
    // A greeted name stands in the greeting's sentence ("Hi Ann", "Dear
    // Dr. Ann Lee": an abbreviation's full stop does not end it). It may
    // open with a particle ("Hallo von der Leyen").
    let in_greeting = !flags.intersects(WordFlags::SENTENCE | WordFlags::LINE)
        || flags.contains(WordFlags::ABBREVIATED);
    if name && has(Phases::START) {
        same |= Phases::SOLO1;
    }
    // A common word may end the greeted name right before a break
    // (`GREETED`: "Selam Can!").
    let greeted_name = name_part || flags.contains(WordFlags::GREETED);
    if has(Phases::GREET) && in_greeting && greeted_name {
        same |= Phases::NAME1;
    }
    if name_part && !boundary {
        same |= (phases & Phases::SOLOS_OPEN).next();
    }
    // Initials after a comma are post-nominal letters ("Bambang
    // Sutrisno, M.T.,", "Ann Lee, M.D.").
    if greeted_name
        && in_greeting
        && !flags.contains(WordFlags::RECASED_GREETING)
        && (!flags.contains(WordFlags::COMMA) || flags.contains(WordFlags::INITIAL))
    {
        same |= (phases & Phases::NAMES_OPEN).next();
    }
    // So does a particle inside a name ("Fernández de Córdoba y Ruiz"):
    // it takes no place of the name's six words.
    let particle = classes.intersects(WordClasses::PARTICLE) && !digit && !unspaced;
    if joined || particle {
        same |= phases & (Phases::NAMES | Phases::SOLOS | Phases::SIGS | Phases::SIGP);
    }
    // Particles right after a thank-you on its line open the short name
    // that may follow it ("Cảm ơn chị Lan"): the thank-you stays.
    if particle && !boundary {
        same |= phases & Phases::THANKED;
    }
    if name && has(Phases::SIGP) {
        same |= Phases::SIG1;
    }
    if greeted && classes.intersects(WordClasses::SIGN_OFF) {
        same |= Phases::PRE;
    }
    if greeted && classes.intersects(WordClasses::BODY) {
        generic |= Phases::BODY;
    }

    // Body.
    if has(Phases::BODY | Phases::CLOSED) {
        if classes.intersects(WordClasses::THANKS) {
            same |= Phases::THANKED;
        } else if classes.intersects(WordClasses::CLOSER) {
            same |= Phases::CLOSE;
        } else if classes.intersects(WordClasses::SIGN_OFF) {
            same |= Phases::BODY;
        } else if classes.intersects(WordClasses::BODY) {
            generic |= Phases::BODY;
        }
        // A name right after a closing word that thanks, on its line, is
        // short; any other signature name may be long.
        let mut first = Phases::EMPTY;
        if boundary || has(Phases::CLOSE) {
            first |= Phases::SIG1;
        }
        if !boundary && has(Phases::THANKED) {
            first |= Phases::SIGC1;
        }
        // A name of capitalised words right after a wish on its line
        // (see `Run::wished_name`).
        if flags.contains(WordFlags::WISHED) {
            first |= Phases::SIG1;
        }
        if name {
            same |= first;
        } else if flags.contains(WordFlags::LINE) && particle {
            same |= Phases::SIGP;
        }
        // A short name that is also a common word, alone after a closing
        // word ("Cheers, Al", "Thanks, Will").
        if has(Phases::CLOSED) && flags.contains(WordFlags::NAME_END) && !digit {
            same |= first;
        }
    }

    // Signature names, and the pronouns a signature gives after one
    // ("Thijs (hij/hem)"): they take no place of the name's words.
    // A signature's name words share their case (see `RECASED`).
    if (name_part || flags.contains(WordFlags::NAME_END)) && !flags.contains(WordFlags::RECASED) {
        same |= (phases & Phases::SIGS_OPEN).next();
        // A name after a thank-you goes on past two words where its words
        // are capitalised alike (see `Run::thanked_name_goes_on`).
        if flags.contains(WordFlags::TITLED) && phases.contains(Phases::SIGC2) {
            same |= Phases::SIG3;
        }
    }
    if classes.intersects(WordClasses::PRONOUN) && !digit && !unspaced {
        same |= phases & Phases::SIGS;
    }
    if placeholder {
        States::generic(same | generic)
    } else {
        States {
            pure: same,
            generic,
        }
    }
}
