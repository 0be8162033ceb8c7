//! What a word says in its clause: the readings that depend on the words
//! around it.
//!
//! Many words of generic notes are specific in some company: a field of
//! work ("energy") names the sender's field beside a word of a field ("in
//! the energy sector") and a topic elsewhere; a role is the sender's only
//! where a word introduces it ("I am a product manager"), a number of years
//! is a span only before its unit ("10 years"), and a quoted passage is a
//! title or someone's words whatever it is made of. Each reading looks at a
//! few words either side, within the clause (no comma, dash, sentence end
//! or line break between), so each costs a bounded number of look-ups.

use super::headline::WORD_WEIGHT;
use super::{
    FAVOUR_REACH, NO_NAME_PART, Phases, Run, WordInfo, break_within, is_unlisted, word_or_phrase,
};
use crate::detector::lexicon::WordClasses;
use crate::detector::normalize::WordFlags;

impl Run<'_, '_, '_, '_> {
    /// Whether word `i` stands in a quoted passage: two words or more
    /// between double quotation marks, the first not in small letters ("Li
    /// seu artigo "Open Finance na prática: o que aprendemos em um ano"",
    /// "「AI時代の働き方」"). What a note quotes so is a title or someone's
    /// words, particular to the reader however ordinary its words: no
    /// template's words, no name. Small words in quotes are scare quotes
    /// ("my "professional network""), read as they are. A single
    /// quoted word is a nickname ("Alessandra "Ale" Conti"), a quote that
    /// opens the note quotes the note itself or its stock text, one where a
    /// signature or a salutation is being read, or that fills its line,
    /// holds a name, a company or a tagline, and one with a company's kind
    /// or legal form in it is an organisation's name. Words
    /// are asked for in order (the walk's), so each is looked at once; a
    /// closing quote is looked for at most [`MAX_QUOTED_WORDS`] words on.
    pub(super) fn in_quotes(&mut self, i: usize) -> bool {
        // Most notes quote nothing: the tokenizer, which has read past word
        // `i`, says so.
        if !self.tokens.quoted_yet() {
            return false;
        }
        if i < self.quotes_seen {
            return self.quoted.contains(&i);
        }
        let mut j = self.quotes_seen.max(self.quoted.end);
        while j <= i {
            if j == 0 || !self.quote_before(j) {
                j += 1;
                continue;
            }
            let mut k = j + 1;
            while k - j <= MAX_QUOTED_WORDS
                && self.tokens.has(k)
                && !self.quote_before(k)
                && !self.tokens.word(k).flags.contains(WordFlags::LINE)
            {
                k += 1;
            }
            // Within its line (a quote that ends the line stands before
            // the next line's first word).
            let closed = if self.tokens.has(k) {
                self.quote_before(k)
            } else {
                self.tokens.flags_or_end(k).contains(WordFlags::QUOTED)
            };
            // On a signature's lines quotes hold a company's name ("АО
            // «Технопарк Групп»") or a nickname, after a salutation a name
            // ("Hi "First Name""), and a quote that fills its line a name,
            // a company or a tagline ("⏎«Les Jardins de Provence»").
            let states = self.get(j);
            let signing = (states.pure | states.generic).intersects(
                Phases::SIGS | Phases::SIGP | Phases::HEAD | Phases::CLOSED | Phases::GREET,
            );
            let line = self.tokens.word(j).flags.contains(WordFlags::LINE)
                && self.tokens.flags_or_end(k).contains(WordFlags::LINE);
            // A title opens with a capitalised word (or in a script without
            // case); small words in quotes are the writer's own, scare
            // quotes ("my "professional network""). A word in capitals
            // tells nothing, so a note in capitals reads as in small
            // letters.
            if closed
                && k - j >= 2
                && !signing
                && !line
                && self.opens_title(j)
                && !self.names_company(j..k)
            {
                self.quoted = j..k;
                if k > i {
                    break;
                }
            }
            // The word after a closing quote opens nothing.
            j = if closed { k + 1 } else { j + 1 };
        }
        self.quotes_seen = i + 1;
        self.quoted.contains(&i)
    }

    /// Whether a double quotation mark stands before word `k` (which
    /// exists): not the gershayim of a Hebrew abbreviation, typed as a
    /// straight quote between two letters ("ד"ר", "כ"ץ").
    fn quote_before(&self, k: usize) -> bool {
        let flags = self.tokens.word(k).flags;
        flags.contains(WordFlags::QUOTED)
            && (flags.intersects(WordFlags::SPACE | WordFlags::BOUNDARY)
                || !self
                    .tokens
                    .text(k)
                    .starts_with(|c: char| ('\u{05D0}'..='\u{05EA}').contains(&c)))
    }

    /// Whether word `i`, a piece of work, is the reader's: a possessive
    /// that points to the reader stands at most [`WORK_REACH`] words
    /// before or after it in its clause ("your paper", "votre dernier
    /// article"; not "Mon livre vous plaira", my book will please you). One
    /// piece of the reader's own work is a specific thing to name, a shared
    /// history as English's "article" is.
    #[cold]
    pub(super) fn readers_work(&mut self, i: usize) -> bool {
        // The first half of a hyphenated word qualifies the second ("Ihr
        // Buch-Coach", your book coach: a signature's title).
        if self.tokens.has(i + 1) && self.tokens.word(i + 1).flags.contains(WordFlags::JOINED) {
            return false;
        }
        self.in_clause((i, i), (WORK_REACH, WORK_REACH), WordClasses::YOURS)
            .contains(WordClasses::YOURS)
    }

    /// Whether a sales pitch starts at word `i` (which has `info`): a verb
    /// by which the sender offers a service or a job, a word or a phrase
    /// ("we help", "nous accompagnons", "помогаем", "nous recrutons"),
    /// with organisations or professionals in general in its clause at
    /// most [`PITCH_REACH`] words after it ("we help B2B companies like
    /// yours", "wir unterstützen mittelständische Unternehmen";
    /// [`OFFER_REACH`] after a verb of offering, which names its product
    /// first) or
    /// [`PITCH_BACK_REACH`] before it, where a language that puts its
    /// verb last names them ("中小企業向けに…を提供しております", "KOBİ'lere
    /// … yardımcı oluyoruz"). A note that holds one and no word of shared
    /// history is a template however specific its other words
    /// ([`Run::unread`]), as one with an unfilled placeholder is: it
    /// offers the same thing to every reader. "We help each other"
    /// pitches nothing.
    #[cold]
    pub(super) fn pitches(&mut self, i: usize, info: WordInfo) -> bool {
        // A phrase's words in one clause: "… eine GmbH suchen. Wir
        // betreuen …" holds no "suchen wir" (we are looking for).
        let found = word_or_phrase(self.engine, &mut self.tokens, i, info, WordClasses::PITCH);
        found.is_some_and(|(words, classes)| {
            // A verb of offering names its product before its market.
            let ahead = if classes.contains(WordClasses::OFFER) {
                OFFER_REACH
            } else {
                PITCH_REACH
            };
            break_within(&mut self.tokens, i, words, WordFlags::BOUNDARY).is_none()
                && self
                    .in_clause(
                        (i, i + words - 1),
                        (PITCH_BACK_REACH, ahead),
                        WordClasses::CLIENTS,
                    )
                    .contains(WordClasses::CLIENTS)
        })
    }

    /// Whether word `i`, a verb of meeting, wishes to
    /// meet people in general: a word of its clause (no comma, dash,
    /// sentence end or line break between) at most [`CROWD_REACH`] words
    /// away names them ("always nice to meet new folks in marketing",
    /// "neue Leute aus dem Marketing kennenzulernen", "profesyonellerle
    /// tanışmak"). Then the verb is a template's word, not a shared
    /// history. Meeting the reader ("great to meet you") stays one, and so
    /// do the reader's people ("great to meet the people at your company":
    /// a word that points to the reader in the clause) and any past
    /// meeting, whose verbs are plain history words.
    #[cold]
    pub(super) fn meets_crowd(&mut self, i: usize) -> bool {
        let around = self.in_clause((i, i), (CROWD_REACH, CROWD_REACH), WordClasses::READER);
        around.contains(WordClasses::CROWD) && !around.contains(WordClasses::READER)
    }

    /// Whether word `k` exists and stands in the clause of the word before
    /// it: no comma, dash, sentence end or line break between.
    pub(super) fn continues_clause(&mut self, k: usize) -> bool {
        !self.tokens.flags_or_end(k).intersects(WordFlags::BOUNDARY)
    }

    /// The words before word `i` in its clause, at most `reach` of them.
    fn clause_before(&self, i: usize, reach: usize) -> std::ops::Range<usize> {
        let mut k = i;
        while k > 0 && i - k < reach && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY) {
            k -= 1;
        }
        k..i
    }

    /// The classes of the words of the clause (no comma, dash, sentence
    /// end or line break between) of words `first..=last`, at most `back`
    /// words before them and `ahead` words after, read until one of
    /// `enough` is found. A character of a script without spaces weighs a
    /// third of a word there, as in a line ([`Run::weight`]): "中小企业" is
    /// one word of four characters.
    fn in_clause(
        &mut self,
        (first, last): (usize, usize),
        (back, ahead): (usize, usize),
        enough: WordClasses,
    ) -> WordClasses {
        let mut found = WordClasses::EMPTY;
        let (mut k, mut spent) = (first, 0);
        while k > 0 && !self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY) {
            k -= 1;
            spent += self.weight(k, true);
            if spent > back * WORD_WEIGHT {
                break;
            }
            found |= self.classes_in_clause(k, enough);
            if found.intersects(enough) {
                return found;
            }
        }
        let (mut k, mut spent) = (last + 1, 0);
        while self.continues_clause(k) && !found.intersects(enough) {
            spent += self.weight(k, true);
            if spent > ahead * WORD_WEIGHT {
                break;
            }
            found |= self.classes_in_clause(k, enough);
            k += 1;
        }
        found
    }

    /// What the vocabulary says of word `k` (which exists) in a clause
    /// looked through for `enough`: its classes, and those of the phrase
    /// of `enough` that starts there ("中小企业" is one, of four words).
    fn classes_in_clause(&mut self, k: usize, enough: WordClasses) -> WordClasses {
        let info = self.info(k);
        let classes = self.engine.classes(self.tokens.text(k), info);
        self.phrase_at(k, info, enough)
            .map_or(classes, |(_, phrase)| classes | phrase)
    }

    /// What the vocabulary says of word `k` (which exists), read by its
    /// stem where the vocabulary lacks it.
    pub(super) fn classes_at(&mut self, k: usize) -> WordClasses {
        let info = self.info(k);
        self.engine.classes(self.tokens.text(k), info)
    }

    /// `classes` of word `i` as its clause reads them: a favour after a
    /// thank-you, an occasion beside a wish ([`Run::names_shared`]) and one
    /// piece of the reader's work ([`Run::readers_work`]) are words of
    /// shared history (a piece of
    /// work that carries the reader's possessive itself, as Turkish writes
    /// it, "yazınızı", is both work and `yours`); a verb of
    /// meeting people in general is a template's word
    /// ([`Run::meets_crowd`]), and so is one in the title the sender gives
    /// themself ([`Run::titles_work`]) and a kind of event in a list of
    /// what a page or a community shares ([`Run::lists_content`]). Also
    /// whether the word became history so.
    #[inline]
    pub(super) fn in_context(&mut self, i: usize, classes: WordClasses) -> (WordClasses, bool) {
        if self.names_shared(i, 1, classes)
            || (classes.contains(WordClasses::WORK)
                && (classes.contains(WordClasses::YOURS) || self.readers_work(i)))
        {
            (
                classes.without(WordClasses::BODY) | WordClasses::HISTORY,
                true,
            )
        } else if classes.contains(WordClasses::MEETING) && self.meets_crowd(i) {
            (
                classes.without(WordClasses::HISTORY) | WordClasses::GENERIC,
                false,
            )
        } else if (classes.contains(WordClasses::HISTORY) && self.titles_work(i))
            || (may_be_listed(classes) && self.lists_content(i, classes))
        {
            (
                classes.without(WordClasses::HISTORY) | WordClasses::FUNCTION,
                false,
            )
        } else {
            (classes, false)
        }
    }

    /// Whether word `i`, a word of shared history, is a word of the title
    /// the sender gives themself ([`Run::senders_title`]) beside it: right
    /// before the title's word ("I'm a project manager", "as an events
    /// coordinator", "etkinlik koordinatörü"), or right after it, with a
    /// particle between or none
    /// ("coordinadora de eventos", "koordynatorka wydarzeń",
    /// "koordinator acara"). A title of a kind of work names what the
    /// sender does, not an occasion shared with the reader: the word is
    /// the title's, body material. A title that is no self-introduction's
    /// keeps the word's reading ("our project manager suggested I
    /// write"), and so does a particular one or one said to the reader
    /// ([`Run::particular_title`]), and one joined to the word by a
    /// particle that is a definite article ("coordinadora del evento", of
    /// the event), or by an article elided onto the word ("responsabile
    /// dell'evento"). A word inside a phrase of shared history or a
    /// quotation keeps it too.
    // Out of line: most words of shared history stand beside no title.
    #[inline(never)]
    fn titles_work(&mut self, i: usize) -> bool {
        if self.tokens.word(i).flags.contains(WordFlags::ELIDED)
            || i < self.story_until
            || self.in_quotes(i)
        {
            return false;
        }
        if self.tokens.has(i + 1)
            && self.continues_clause(i + 1)
            && self.senders_title(i + 1)
            && !self.particular_title(i, i + 1)
        {
            return true;
        }
        if i == 0 || !self.continues_clause(i) {
            return false;
        }
        let before = self.info(i - 1).classes;
        let title = if before.contains(WordClasses::PARTICLE)
            && !before.intersects(WordClasses::TITLE | WordClasses::CONJUNCTION)
        {
            // "del evento", "della conferenza": of a particular one; a
            // particle that joins ("y", "und") joins no title to it.
            if before.contains(WordClasses::DEFINITE) || i < 2 || !self.continues_clause(i - 1) {
                return false;
            }
            i - 2
        } else {
            i - 1
        };
        self.senders_title(title) && !self.particular_title(title, i)
    }

    /// Whether word `i` (whose entry has `classes`: see [`may_be_listed`])
    /// is an item of a list of what a page, a newsletter or a community
    /// offers, and so body material: a kind of event there
    /// ([`WordClass::Gatherings`](crate::detector::lexicon::WordClass)) is
    /// one more thing offered, not an occasion the reader shared ("Follow
    /// our page for news, events and job offers", "Únete a nuestra
    /// comunidad: webinars gratuitos, recursos, plantillas y mucho más").
    ///
    /// A list: [`MIN_ITEMS`] items or more joined by commas or by a word
    /// that joins a list's last items
    /// ([`WordClass::Conjunction`](crate::detector::lexicon::WordClass)),
    /// each a word with at most [`ITEM_WORDS`] words in all around it (an
    /// article, a possessive, an adjective: "nos événements", "upcoming
    /// events", "eventos gratuitos"); the items next to the word, up to
    /// one that is a kind of content and no kind of event
    /// ([`WordClass::Content`](crate::detector::lexicon::WordClass):
    /// "news", "novedades", "aktualności"), are kinds of content or
    /// events, and a last item joined by such a word
    /// may be none ("and more", "y mucho más"). Two items say too little:
    /// "the news and the webinars" may be the reader's. The list's
    /// sentence, or the one before it, names a channel outside it
    /// ([`Run::offers`]).
    ///
    /// The word keeps its reading where the list tells of something
    /// shared: a word of the past or a thank-you in its sentence ("the
    /// news, the meetups and the talks of last week", "thanks for the
    /// updates, webinars and tips"); a word of the reader's in the list's
    /// items, after the word in its clause, or in the clause that leads to
    /// the list ("your posts, talks and podcasts", "the events you
    /// organised", "you always send me great webinars, articles and
    /// tips"); a definite article that is no possessive of the sender's
    /// side ([`WordClass::Ours`](crate::detector::lexicon::WordClass))
    /// before the word in its item ("the workshops" are particular ones,
    /// "our workshops" a page's); a
    /// quotation mark in the list; a phrase of shared history around the
    /// word, or an article elided onto it. Only single words of scripts
    /// written with spaces: a kind of event written in a script without
    /// spaces is a phrase of several characters, read as a phrase of
    /// shared history.
    // Out of line: few words are kinds of content.
    #[inline(never)]
    fn lists_content(&mut self, i: usize, classes: WordClasses) -> bool {
        if self.tokens.word(i).flags.contains(WordFlags::ELIDED)
            || i < self.story_until
            || self.in_quotes(i)
        {
            return false;
        }
        let (first, last) = self.item_around(i);
        for k in first..=last {
            let classes = self.info(k).classes;
            // An article stands before its noun; after it, one starts
            // what qualifies it ("conferencias del sector").
            if (k < i && is_article(classes)) || classes.contains(WordClasses::READER) {
                return false;
            }
        }
        if self.told_to_reader_after(last) {
            return false;
        }
        let back = self.list_back(first);
        let ahead = self.list_ahead(last);
        // The items out from the word are kinds of content up to a plain
        // one, or the word is one and an item next to it names any.
        let found =
            back.plain || ahead.plain || (is_plain(classes) && (back.content || ahead.content));
        if back.told || ahead.told || !found || 1 + back.items + ahead.items < MIN_ITEMS {
            return false;
        }
        // A word of the reader's in the clause that leads to the list
        // says whose the things are ("you always send me great webinars,
        // articles and tips", "I'll send you events, tips and resources").
        if self.reader_before(back.edge.unwrap_or(first)) {
            return false;
        }
        // The list runs from its first kind of content on: the words the
        // word's own item took before it may introduce it ("our page for").
        self.offers(i, back.edge.unwrap_or(i)..=ahead.edge.unwrap_or(last))
    }

    /// The first and last words of the list item of word `i` (see
    /// [`Run::lists_content`]): the words of its clause before and after it
    /// that may qualify it, [`ITEM_WORDS`] in all at most.
    fn item_around(&mut self, i: usize) -> (usize, usize) {
        let (mut first, mut last) = (i, i);
        while first > 0 && last - first + 1 < ITEM_WORDS && self.continues_clause(first) {
            if !self.qualifies(first - 1) {
                break;
            }
            first -= 1;
        }
        while last - first + 1 < ITEM_WORDS
            && self.tokens.has(last + 1)
            && self.continues_clause(last + 1)
            && self.qualifies(last + 1)
        {
            last += 1;
        }
        (first, last)
    }

    /// Whether word `k` (which exists) may qualify a list's item beside
    /// it: an article, a possessive (the reader's too, which the item's
    /// guard then reads) or an everyday word, no word that joins items,
    /// tells of the past or of a shared history.
    fn qualifies(&mut self, k: usize) -> bool {
        let classes = self.classes_at(k);
        classes.intersects(WordClasses::DEFINITE | WordClasses::FUNCTION | WordClasses::GENERIC)
            && !classes
                .intersects(WordClasses::CONJUNCTION | WordClasses::HISTORY | WordClasses::PAST)
    }

    /// Where the item before the one that starts at word `first` ends, if
    /// a comma or a word that joins items stands between them.
    fn item_end_before(&mut self, first: usize) -> Option<usize> {
        let ends = WordFlags::SENTENCE | WordFlags::LINE | WordFlags::DASH;
        let flags = self.tokens.word(first).flags;
        if flags.intersects(ends) || first == 0 {
            return None;
        }
        if flags.contains(WordFlags::COMMA) {
            return Some(first - 1);
        }
        let joined = first >= 2
            && !self.tokens.word(first - 1).flags.intersects(ends)
            && self
                .classes_at(first - 1)
                .contains(WordClasses::CONJUNCTION);
        joined.then(|| first - 2)
    }

    /// Where the item after the one that ends at word `last` starts, if a
    /// comma or a word that joins items stands between them (a comma and
    /// one: "events, news, and tips"), and whether such a word does.
    fn item_start_after(&mut self, last: usize) -> Option<(usize, bool)> {
        let next = last + 1;
        if !self.tokens.has(next) {
            return None;
        }
        let flags = self.tokens.word(next).flags;
        if flags.intersects(WordFlags::SENTENCE | WordFlags::LINE | WordFlags::DASH) {
            return None;
        }
        if self.classes_at(next).contains(WordClasses::CONJUNCTION) {
            let item = next + 1;
            return (self.tokens.has(item) && self.continues_clause(item)).then_some((item, true));
        }
        flags.contains(WordFlags::COMMA).then_some((next, false))
    }

    /// What the list item that ends at word `last` names, read back over
    /// at most [`ITEM_WORDS`] words, to a boundary or a word that joins
    /// items; and where it starts.
    fn item_ending(&mut self, last: usize) -> (Item, usize) {
        let mut item = Item::default();
        let mut k = last;
        loop {
            self.read_item_word(&mut item, k);
            if k == 0
                || !self.continues_clause(k)
                || self.classes_at(k - 1).contains(WordClasses::CONJUNCTION)
                || last - k + 1 >= ITEM_WORDS
            {
                break;
            }
            k -= 1;
        }
        (item, k)
    }

    /// What the list item that starts at word `first` names, read ahead
    /// over at most [`ITEM_WORDS`] words to the item's end (whole if the
    /// note, its clause or a word that joins items follows); and where it
    /// ends.
    fn item_starting(&mut self, first: usize) -> (Item, usize) {
        let mut item = Item::default();
        let mut k = first;
        loop {
            self.read_item_word(&mut item, k);
            let next = k + 1;
            if !self.tokens.has(next)
                || !self.continues_clause(next)
                || self.classes_at(next).contains(WordClasses::CONJUNCTION)
            {
                item.whole = true;
                break;
            }
            if next - first >= ITEM_WORDS {
                break;
            }
            k = next;
        }
        // A closing quotation mark after the item.
        item.told |= self.tokens.flags_or_end(k + 1).contains(WordFlags::QUOTED);
        (item, k)
    }

    /// Reads word `k` (which exists) of a list's item into `item`: its
    /// classes, with those of the phrase it starts, and its flags.
    fn read_item_word(&mut self, item: &mut Item, k: usize) {
        let classes = self.classes_in_clause(k, LISTED);
        item.read(k, classes, self.tokens.word(k).flags);
    }

    /// The items of the list before the one that starts at word `first`
    /// (see [`Run::lists_content`]), [`MAX_ITEMS`] at most, up to the
    /// first that names no kind of content (what introduces the list:
    /// "Join our community: we share news, …").
    fn list_back(&mut self, mut first: usize) -> Listed {
        let mut listed = Listed::default();
        while listed.items < MAX_ITEMS {
            let Some(end) = self.item_end_before(first) else {
                break;
            };
            let (item, start) = self.item_ending(end);
            if item.first.is_none() || !listed.add(&item, false) {
                break;
            }
            listed.edge = item.first;
            first = start;
        }
        listed
    }

    /// The items of the list after the one that ends at word `last`, as
    /// [`Run::list_back`] reads those before it; a last item joined by a
    /// word that joins items may name no kind of content ("and more").
    fn list_ahead(&mut self, mut last: usize) -> Listed {
        let mut listed = Listed::default();
        while listed.items < MAX_ITEMS {
            let Some((start, joined)) = self.item_start_after(last) else {
                break;
            };
            let (item, end) = self.item_starting(start);
            let goes_on = listed.add(&item, joined);
            listed.edge = Some(end);
            if !goes_on {
                break;
            }
            last = end;
        }
        listed
    }

    /// Whether a word of the reader's stands after word `last` in its
    /// clause, within [`ITEM_WORDS`] words: "the events you organised".
    fn told_to_reader_after(&mut self, last: usize) -> bool {
        for k in last + 1..=last + ITEM_WORDS {
            if !self.tokens.has(k) || !self.continues_clause(k) {
                return false;
            }
            if self.info(k).classes.contains(WordClasses::READER) {
                return true;
            }
        }
        false
    }

    /// Whether the sentence of word `i`, a kind of content in the list of
    /// words `list`, says what a channel offers (see
    /// [`Run::lists_content`]): it, or the sentence before it, names a
    /// channel that is not the reader's ("our page", "the community",
    /// "unsere Community"; not "your newsletter"), outside the list ("our
    /// events, news and tips channel" is one the reader built), and it
    /// tells of nothing shared: no word of the past and no thank-you
    /// anywhere in it, within [`SENTENCE_REACH`] words of word `i`.
    fn offers(&mut self, i: usize, list: std::ops::RangeInclusive<usize>) -> bool {
        let ends = WordFlags::SENTENCE | WordFlags::LINE;
        let told = WordClasses::PAST | WordClasses::THANKING_ANY;
        let mut channel = false;
        // Back to the sentence's start, then through the sentence before
        // it for a channel only.
        let (mut k, mut sentences) = (i, 0);
        while k > 0 && i - k < 2 * SENTENCE_REACH {
            if self.tokens.word(k).flags.intersects(ends) {
                sentences += 1;
                if sentences == 2 {
                    break;
                }
            }
            k -= 1;
            let classes = self.classes_in_clause(k, told | WordClasses::CHANNEL);
            if sentences == 0 && i - k <= SENTENCE_REACH && classes.intersects(told) {
                return false;
            }
            channel |= self.names_channel(k, classes, &list);
        }
        let mut k = i + 1;
        while k - i <= SENTENCE_REACH
            && self.tokens.has(k)
            && !self.tokens.word(k).flags.intersects(ends)
        {
            let classes = self.classes_in_clause(k, told | WordClasses::CHANNEL);
            if classes.intersects(told) {
                return false;
            }
            channel |= self.names_channel(k, classes, &list);
            k += 1;
        }
        channel
    }

    /// Whether word `k`, of `classes`, names a channel outside the words
    /// `list` that is not the reader's (no word of the reader's right
    /// before it in its clause: "your newsletter", "tu página").
    fn names_channel(
        &mut self,
        k: usize,
        classes: WordClasses,
        list: &std::ops::RangeInclusive<usize>,
    ) -> bool {
        classes.contains(WordClasses::CHANNEL)
            && !list.contains(&k)
            && !(k > 0
                && self.continues_clause(k)
                && self.info(k - 1).classes.contains(WordClasses::READER))
    }

    /// Whether word `k` is a job title's word
    /// ([`WordClass::Title`](crate::detector::lexicon::WordClass)) that
    /// says the sender's role ([`Run::names_role`]).
    fn senders_title(&mut self, k: usize) -> bool {
        self.info(k).classes.contains(WordClasses::TITLE) && self.names_role(k)
    }

    /// Whether the title of words `first..=last` is a particular role or
    /// one said to the reader, not a kind of work the sender does (see
    /// [`Run::titles_work`]): a definite article or a possessive
    /// ([`WordClass::Definite`](crate::detector::lexicon::WordClass)) or a
    /// word that points to the reader stands between it and the word that
    /// introduces the sender's role, among the [`ROLE_REACH`] words before
    /// it in its clause ("As the workshop facilitator", "I'm your new
    /// events coordinator", "soy la coordinadora de eventos"), or a word
    /// that points to the reader follows it in its sentence, within
    /// [`PARTICULAR_AFTER`] words ("As an events coordinator you did
    /// great", "As a project manager, it was a pleasure working with
    /// you").
    fn particular_title(&mut self, first: usize, last: usize) -> bool {
        let marks = WordClasses::DEFINITE | WordClasses::READER;
        for k in self.clause_before(first, ROLE_REACH).rev() {
            if self.info(k).classes.intersects(marks) {
                return true;
            }
            if self.introduces_role(k, WordClasses::ROLE).is_some() {
                break;
            }
        }
        let mut k = last + 1;
        while k - last <= PARTICULAR_AFTER
            && self.tokens.has(k)
            && !self
                .tokens
                .word(k)
                .flags
                .intersects(WordFlags::SENTENCE | WordFlags::LINE)
        {
            if self.info(k).classes.contains(WordClasses::READER) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether word `i`, which no list holds as a word of a note's body or
    /// of shared history (a word of signatures' headlines may be one:
    /// "Energy", "Logistics"), names the sender's field of work in general
    /// beside a word of a field in its clause: at most [`FIELD_AFTER`]
    /// words after such a word ("nel settore energetico") or
    /// [`FIELD_BEFORE`] before one ("in the renewable energy sector").
    /// Never a number, a word of a script without spaces, one written
    /// with a capital in mid-sentence after small letters (a name: "in the
    /// energy sector at Siemens" names no field) or one that opens a
    /// sentence with a capital, which may be a name as well ("Vattenfall
    /// energy sector veteran").
    // Out of line: inlined, it made the walk's loop dearer for every word
    // (callgrind: 1 % more instructions over the bench corpora).
    #[inline(never)]
    pub(super) fn names_field(&mut self, i: usize) -> bool {
        let flags = self.tokens.word(i).flags;
        if flags.intersects(NO_NAME_PART) {
            return false;
        }
        let engine = self.engine;
        let mut found = self
            .clause_before(i, FIELD_AFTER)
            .any(|k| engine.is_field_word(self.tokens.text(k)));
        let mut k = i + 1;
        while !found && k - i <= FIELD_BEFORE && self.continues_clause(k) {
            found = engine.is_field_word(self.tokens.text(k));
            k += 1;
        }
        // A capital that opens a sentence tells nothing: a name may stand
        // there ("Vattenfall energy sector veteran").
        found && !self.proper(i, flags) && !(self.opens_sentence(i) && self.tokens.capitalised(i))
    }

    /// Whether word `i` (with `flags`), which no list holds, is written as
    /// a proper name is in a note's body: with a capital in mid-sentence
    /// after small letters ([`Run::capital_after_small`]), or in capitals
    /// after small letters, as an organisation's acronym ("chez BNP"). A
    /// note written in one case throughout has none, so it reads alike in
    /// capitals and in small letters.
    fn proper(&self, i: usize, flags: WordFlags) -> bool {
        i > 0
            && !flags.intersects(WordFlags::BOUNDARY)
            && (self.capital_after_small(i) || self.acronym(i))
    }

    /// Whether word `i` (after another, in mid-sentence) is written in
    /// capitals after a word that opens with a small letter, as an
    /// organisation's acronym is ("bij ING", "chez BNP"). After a word of a
    /// script without case it is not: a note in capitals throughout would
    /// then read otherwise than in small letters ("في KAUST").
    pub(super) fn acronym(&self, i: usize) -> bool {
        i > 0 && self.tokens.in_capitals(i) && self.tokens.opens_small(i - 1)
    }

    /// Whether word `i` (of `classes`) is a number of at most
    /// [`MAX_COUNT_DIGITS`] digits that counts years or months, or the unit
    /// after one: a unit of a span of them follows the number in its clause
    /// ("10 years", "15 Jahren", "10-year", "12 yrs") or is written onto it
    /// ("10년째"). Then the two say how long, as "ten years" does, not
    /// what. More digits are a year ("2015年"), a date: specific, as any
    /// other number is.
    pub(super) fn counts_period(&mut self, i: usize, classes: WordClasses) -> bool {
        let word = self.tokens.word(i);
        if !word.flags.contains(WordFlags::DIGIT) {
            // The unit after a count ("12 yrs", "7 miesięcy"): the count
            // reads it so.
            return classes.contains(WordClasses::PERIOD)
                && i > 0
                && !word.flags.intersects(WordFlags::BOUNDARY)
                && self.tokens.word(i - 1).flags.contains(WordFlags::DIGIT)
                && self.counts_period(i - 1, WordClasses::EMPTY);
        }
        let engine = self.engine;
        let period = |word: &str| engine.info(word).classes.contains(WordClasses::PERIOD);
        // Digits of any script ("10", "١٠", "१०"): the byte after the last.
        let text = self.tokens.text(i);
        let digits = text
            .chars()
            .take_while(|c| c.is_numeric())
            .take(MAX_COUNT_DIGITS + 1)
            .count();
        if digits == 0 || digits > MAX_COUNT_DIGITS {
            return false;
        }
        let end = text
            .char_indices()
            .nth(digits)
            .map_or(text.len(), |(at, _)| at);
        if end < text.len() {
            return period(&text[end..]);
        }
        self.continues_clause(i + 1) && period(self.tokens.text(i + 1))
    }

    /// Whether word `i`, which no list holds as a word of a note's body or
    /// of shared history, says the sender's own role in a
    /// self-introduction. Its run (the words around it, in its clause, that
    /// are a job title's words, "senior", "analyst", "Steuerberaterin",
    /// "mühendisi", or words no list holds, "UX", "informatico") holds a
    /// title word at most [`ROLE_AFTER`] words before it or anywhere after
    /// it, and a word that introduces the sender's role (a
    /// [`WordClass::Role`](crate::detector::lexicon::WordClass) word or phrase: "as",
    /// "I'm", "als", "como", "jako", "как") stands at most [`ROLE_REACH`]
    /// words before that title ("I'm a senior data analyst", "trabajo como
    /// ingeniero de software", "jako rekruterka IT"), or a
    /// [`WordClass::RoleAfter`](crate::detector::lexicon::WordClass) word stands
    /// right after the run, as Turkish puts it ("yazılım mühendisi
    /// olarak").
    ///
    /// A title's word also says the sender's role where it heads a
    /// sentence, a headline the sender gives themself (see
    /// [`Run::heads_sentence`]: "Sviluppatore software, 7 anni di
    /// esperienza.").
    ///
    /// A title alone elsewhere keeps its reading ("about the graphic
    /// designer vacancy" may name anyone's), and so does a role in a clause that
    /// points to the reader before it, at most [`ROLE_READER_REACH`] words
    /// back ("congrats on your new role as Head of Sales"). A listed word
    /// other than a title's ends the run: "मैं इंफोसिस में सॉफ्टवेयर इंजीनियर
    /// हूँ" (I'm a software engineer at Infosys) keeps its employer. Never a number, a word of a script
    /// without spaces, nor a word other than a title's written with a
    /// capital or in capitals in mid-sentence after small letters (a name:
    /// "10 yıldır Turkcell'de yazılım mühendisi olarak").
    // Out of line, as `names_field`: the walk asks it only where a note's
    // body holds a word no list reads there.
    #[inline(never)]
    pub(super) fn names_role(&mut self, i: usize) -> bool {
        self.says_role(i, MAX_LISTED_ROLES)
    }

    /// [`Run::names_role`], looking back through at most `items` items of
    /// a list of titles.
    fn says_role(&mut self, i: usize, items: usize) -> bool {
        let flags = self.tokens.word(i).flags;
        if flags.intersects(NO_NAME_PART) {
            return false;
        }
        // A title's word that opens a short sentence may head it, a
        // headline the sender gives themself ("Sviluppatore software, 7
        // anni di esperienza"); no word of no list stands in one.
        // (Stems add no title: the word's own entry tells.)
        let title = self.info(i).classes.contains(WordClasses::TITLE);
        if title && self.heads_sentence(i) {
            return true;
        }
        // Most words have no word that introduces a role within reach in
        // their clause: a filter rules it out before any look-up. A name
        // says no role.
        if self.may_introduce_role_near(i) {
            if !title && self.proper(i, flags) {
                return false;
            }
            if self.framed_role(i) {
                return true;
            }
        }
        // Only a title's word stands in a list of titles.
        title && items > 1 && self.follows_listed_role(i, items)
    }

    /// Whether word `i`'s run of titles' words has a word that introduces
    /// the sender's role before it or after it, within reach (see
    /// [`Run::names_role`]).
    fn framed_role(&mut self, i: usize) -> bool {
        // The run: title words and words of no list, in the clause, up to
        // a word that introduces a role (a vocabulary may list one as a
        // title's word too).
        let in_run = |run: &mut Self, k: usize| {
            let classes = run.classes_at(k);
            (classes.contains(WordClasses::TITLE)
                || !classes.intersects(WordClasses::BODY | WordClasses::HISTORY))
                && run.introduces_role(k, ROLE_WORDS).is_none()
        };
        let mut first = i;
        while first > 0
            && i - first < ROLE_REACH
            && !self
                .tokens
                .word(first)
                .flags
                .intersects(WordFlags::BOUNDARY)
            && in_run(self, first - 1)
        {
            first -= 1;
        }
        let mut last = i;
        while last - i < ROLE_REACH && self.continues_clause(last + 1) && in_run(self, last + 1) {
            last += 1;
        }
        // Its title: the one nearest after `first` that word `i` may
        // stand before, be or qualify.
        let Some(t) = (first.max(i.saturating_sub(ROLE_AFTER))..=last)
            .find(|&t| self.classes_at(t).contains(WordClasses::TITLE))
        else {
            return false;
        };
        // A frame right after the run, in a language that puts it there
        // ("olarak").
        if self.continues_clause(last + 1)
            && self
                .introduces_role(last + 1, WordClasses::ROLE_AFTER)
                .is_some()
        {
            return !self.reader_before(first);
        }
        // A frame before it, its last word at most `ROLE_REACH` words
        // before the title, and nothing between the clause's start and the
        // frame that points to the reader.
        let reach = (ROLE_REACH + MAX_ROLE_WORDS).saturating_sub(t - first);
        let sender = self.role_frame(first, reach, |run, end, classes| {
            end <= first
                && t + 1 - end <= ROLE_REACH
                && (!classes.contains(WordClasses::PURSUIT) || run.pursued(end, i))
        });
        sender == Some(true)
    }

    /// The nearest word or phrase that introduces a role among the `reach`
    /// words before word `i` in its clause that `fits` takes (told the
    /// word after it and its classes), if one does: whether the role is
    /// the sender's, no word that points to the reader standing before it
    /// in its clause.
    fn role_frame(
        &mut self,
        i: usize,
        reach: usize,
        fits: impl Fn(&Self, usize, WordClasses) -> bool,
    ) -> Option<bool> {
        let frame = self.clause_before(i, reach).rev().find(|&k| {
            self.introduces_role(k, WordClasses::ROLE)
                .is_some_and(|(words, classes)| fits(self, k + words, classes))
        });
        frame.map(|k| !self.reader_before(k))
    }

    /// Whether word `i` stands in the field a phrase of a pursuit that
    /// ends before word `end` says
    /// ([`WordClass::Pursuit`](crate::detector::lexicon::WordClass)): the
    /// words from `end` to `i` are titles' words in small letters or in
    /// capitals, and the first may be an everyday word that qualifies them
    /// or an article ("specialised in corporate tax", "passionné par le
    /// marketing"), none of the reader's ("passionate about your
    /// engineering team"). A word of no list, a name's, an organisation's
    /// or any other word between says who the sender works for ("focused
    /// on sales at Salesforce", "focused on siemens hr"), and so does a
    /// title's word written as a name, a capital then small letters, as
    /// products' names are ("especialista en Oracle").
    fn pursued(&self, end: usize, i: usize) -> bool {
        if i - end > ROLE_REACH {
            return false;
        }
        let title = |k: usize| self.plain_title(k);
        let everyday = |k: usize| {
            let classes = self.info(k).classes;
            k < i
                && classes.contains(WordClasses::FUNCTION)
                && !classes.intersects(WordClasses::READER | WordClasses::YOURS)
                && !self.tokens.capitalised(k)
        };
        (title(end) || everyday(end)) && (end + 1..=i).all(title)
    }

    /// Whether word `i` stands in an item of a list of titles whose item
    /// before stands in the field a phrase of a pursuit says: the item is
    /// made of titles' words in small letters or in capitals, at most
    /// [`ROLE_REACH`] from its first to `i`, after a comma or a word that
    /// joins a list's last items
    /// ([`WordClass::Conjunction`](crate::detector::lexicon::WordClass)),
    /// right after a title's word in that field ("focused on AWS, SQL and
    /// BI": "SQL" and "BI" as "AWS"). A comma ends a clause, and a phrase
    /// of a pursuit reaches only the words right after it, so a frame
    /// reaches no further; a list's items share the one before the first.
    /// An item written as a name ("focused on sales, Engineering
    /// mentioned…") is none, and after a role of another kind a comma
    /// starts no list: what follows it names the employer as often ("I'm a
    /// consultant, salesforce is my employer").
    fn follows_listed_role(&mut self, i: usize, items: usize) -> bool {
        let mut start = i;
        let before = loop {
            if !self.plain_title(start) {
                return false;
            }
            let flags = self.tokens.word(start).flags;
            if flags.intersects(WordFlags::BOUNDARY) {
                // After a comma only (not a sentence's end, a line break
                // or a dash), its item's last word right before.
                if start == 0 || flags.intersects(HARD_BOUNDARY) {
                    return false;
                }
                break start - 1;
            }
            if start >= 2 && self.joins_list(start - 1) {
                break start - 2;
            }
            if start == 0 || i - start >= ROLE_REACH {
                return false;
            }
            start -= 1;
        };
        self.info(before).classes.contains(WordClasses::TITLE) && self.in_pursuit(before, items - 1)
    }

    /// Whether word `i` stands in the field a phrase of a pursuit says:
    /// right after one ([`Run::pursued`]), or in a list of titles after
    /// one, looking back through at most `items` items.
    fn in_pursuit(&mut self, i: usize, items: usize) -> bool {
        let reach = ROLE_REACH + MAX_ROLE_WORDS + 1;
        let sender = self.role_frame(i, reach, |run, end, classes| {
            classes.contains(WordClasses::PURSUIT) && end <= i && run.pursued(end, i)
        });
        sender.unwrap_or_else(|| items > 1 && self.follows_listed_role(i, items))
    }

    /// Whether word `k` joins a list's last items ("and", "i", "и") and
    /// follows the item before it in its clause, or after a comma ("AWS,
    /// SQL, and BI").
    fn joins_list(&self, k: usize) -> bool {
        !self.tokens.word(k).flags.intersects(HARD_BOUNDARY)
            && self.info(k).classes.contains(WordClasses::CONJUNCTION)
    }

    /// Whether word `k` is a title's word in small letters or in capitals:
    /// one written as a name, a capital then small letters, names an
    /// employer as often after a phrase of a pursuit or in a list, as
    /// products' names do ("especialista en Oracle").
    fn plain_title(&self, k: usize) -> bool {
        self.info(k).classes.contains(WordClasses::TITLE) && !self.tokens.capitalised(k)
    }

    /// Whether word `k` opens a sentence: the note's first word, one after
    /// a sentence's end or a line break, or one after a comma that follows
    /// a salutation ("Bonjour, ingénieur logiciel").
    fn opens_sentence(&self, k: usize) -> bool {
        let flags = self.tokens.word(k).flags;
        k == 0
            || flags.intersects(WordFlags::SENTENCE | WordFlags::LINE)
            || (flags.contains(WordFlags::COMMA)
                && self.info(k - 1).classes.contains(WordClasses::SALUTATION))
    }

    /// Whether word `i` stands in a headline the sender gives themself in
    /// a note's body: a sentence of at most [`MAX_HEADLINE_SENTENCE`]
    /// words made of at most [`MAX_HEADLINE_PARTS`] parts (split by
    /// commas, dashes and list separators), the first of at most
    /// [`MAX_HEADLINE_WORDS`] words opening with a title's word among its
    /// first [`ROLE_AFTER`] + 1, the others saying what qualifies it or
    /// what the sender asks, in words the vocabulary holds (see
    /// [`Run::headline_part`]): "Ingénieur logiciel, 5 ans d'expérience.
    /// Je souhaite…", "Abogado corporativo. Siempre abierto a nuevas
    /// conexiones", "Księgowa, 15 lat doświadczenia. Zapraszam do
    /// kontaktu", "Muhasebe uzmanı, 12 yıl deneyim. Tanışmak isterim".
    /// The sentence ends with a full stop and more of the note follows:
    /// one asked or exclaimed is the reader's news ("Kepala cabang baru?
    /// Selamat ya!", new head of branch? congratulations) or names what
    /// the sender is proud of ("Nurse, Charité!"), and one that ends the
    /// note, or its line with no full stop, is a name's or a signature's
    /// ("Sviluppatore software.", "Regional Sales Manager⏎Blue Cross Blue
    /// Shield").
    fn heads_sentence(&mut self, i: usize) -> bool {
        // Words are asked in order: the sentence judged last is asked of
        // again for each title's word in it.
        if !self.own_headline.0.contains(&i) {
            self.own_headline = self.judge_headline(i);
        }
        self.own_headline.1
    }

    /// Whether the sentence of word `i` is a headline (see
    /// [`Run::heads_sentence`]), and the words the verdict holds for: the
    /// sentence, or its words up to `i` where it is judged before it is
    /// read to its end.
    fn judge_headline(&mut self, i: usize) -> (std::ops::Range<usize>, bool) {
        // Flags first: most sentences open too far back.
        let mut start = i;
        while !self.opens_sentence(start) {
            if i - start >= MAX_HEADLINE_SENTENCE {
                return (i..i + 1, false);
            }
            start -= 1;
        }
        // Then the title that opens it: most sentences have none, and are
        // not read to their end for it.
        let mut anchored = false;
        for k in start..=start + ROLE_AFTER {
            if anchored || !self.tokens.has(k) {
                break;
            }
            anchored = anchors_headline(self.info(k).classes);
        }
        if !anchored {
            return (start..i + 1, false);
        }
        // Where its parts start, and where it ends.
        let mut bounds = [start; MAX_HEADLINE_PARTS + 1];
        let mut parts = 1;
        let mut end = start + 1;
        loop {
            let flags = self.tokens.flags_or_end(end);
            if flags.intersects(OPENS) {
                break;
            }
            if flags.intersects(PART_ENDS) {
                if parts == MAX_HEADLINE_PARTS {
                    return (start..end + 1, false);
                }
                bounds[parts] = end;
                parts += 1;
            }
            end += 1;
            if end - start > MAX_HEADLINE_SENTENCE {
                return (start..end, false);
            }
        }
        bounds[parts] = end;
        if bounds[1] - start > MAX_HEADLINE_WORDS || !self.tokens.has(end) {
            return (start..end, false);
        }
        let flags = self.tokens.word(end).flags;
        if !flags.contains(WordFlags::SENTENCE) || flags.contains(WordFlags::EXCLAIM) {
            return (start..end, false);
        }
        let heads = (0..parts).all(|p| self.headline_part((bounds[p], bounds[p + 1]), p == 0));
        (start..end, heads)
    }

    /// Whether the words `start..end` are a part of a headline (see
    /// [`Run::heads_sentence`]): the one that `opens` its sentence, or one
    /// that goes on with it.
    ///
    /// The opening part opens with titles' words, one of them among its
    /// first [`ROLE_AFTER`] + 1 words no everyday word too (Turkish "ik",
    /// HR, is Dutch "ik", I): "Senior data analyst", not "Brilliant author"
    /// or "Fellow nurse", the reader's. One in capitals is one too ("CTO,
    /// 10 years"): a note typed in capitals reads as in small letters.
    /// After it, and in the parts that go on, stand titles' words,
    /// everyday words and numbers. No word the
    /// vocabulary lacks: one may name an employer, a school, a town or a
    /// person as often as a speciality, in whatever case people type it
    /// ("Software engineer, acme.", "삼성 개발자", "Chef de projet chez
    /// l'oréal"). No word of shared history or of the reader's, none but a
    /// title's written as a name in mid-sentence or with a capital after a
    /// comma ("Jefe de obra en Acciona", "Docent geschiedenis, Stedelijk
    /// Gymnasium Leiden", and so "Softwareentwickler, 10 Jahre Erfahrung",
    /// in German's capitalised nouns), none after a quotation mark
    /// ("Loved "x account"!"): "Wedding photographer, remember me?" and
    /// "Your old piano teacher, remember me?" stay remarks. A character of
    /// a script without spaces or a part after a full stop inside a word
    /// ("js" in "Node.js") passes, and keeps its own reading.
    fn headline_part(&mut self, (start, end): (usize, usize), opens: bool) -> bool {
        let mut titled = !opens;
        for k in start..end {
            let flags = self.tokens.word(k).flags;
            let classes = self.classes_at(k);
            let title = classes.contains(WordClasses::TITLE);
            if flags.contains(WordFlags::QUOTED)
                || classes.intersects(NOT_HEADLINE)
                || (!title && (self.proper(k, flags) || (!opens && self.tokens.capitalised(k))))
            {
                return false;
            }
            if !titled {
                if !title || k - start > ROLE_AFTER {
                    return false;
                }
                titled = anchors_headline(classes);
            } else if !title
                && !classes.intersects(WordClasses::BODY)
                && !flags.intersects(NO_NAME_PART)
            {
                return false;
            }
        }
        titled
    }

    /// Whether a word or phrase that introduces a role stands in word
    /// `i`'s clause, as far from it as [`Run::names_role`] looks. Most
    /// words have none; [`Engine::role_words`](super::Engine::role_words)' filter rules most out
    /// before any look-up.
    fn may_introduce_role_near(&mut self, i: usize) -> bool {
        let before = self.clause_before(i, ROLE_REACH + ROLE_AFTER + MAX_ROLE_WORDS);
        if before
            .rev()
            .any(|k| self.introduces_role(k, WordClasses::ROLE).is_some())
        {
            return true;
        }
        let mut k = i + 1;
        while k - i <= ROLE_REACH + 1 && self.continues_clause(k) {
            if self.introduces_role(k, ROLE_WORDS).is_some() {
                return true;
            }
            k += 1;
        }
        false
    }

    /// Whether a word that points to the reader ("your", "Ihre", "votre")
    /// stands before word `k` in its clause, at most [`ROLE_READER_REACH`]
    /// words back ("congrats on your new role as"; before a list's first
    /// item, "you always send me great webinars, …").
    fn reader_before(&mut self, k: usize) -> bool {
        self.clause_before(k, ROLE_READER_REACH)
            .any(|j| self.classes_at(j).contains(WordClasses::READER))
    }

    /// The length and classes of the word or phrase of `class` (`ROLE`,
    /// `ROLE_AFTER` or both) that introduces the sender's role starting at
    /// word `k` (which exists), if one does.
    fn introduces_role(&mut self, k: usize, class: WordClasses) -> Option<(usize, WordClasses)> {
        if !self.engine.role_words.may_hold(self.tokens.text(k)) {
            return None;
        }
        let info = self.info(k);
        word_or_phrase(self.engine, &mut self.tokens, k, info, class)
    }

    /// Whether word `i` (after another) opens with a capital followed by a
    /// small letter and the word before it with a small letter: a name in
    /// mid-sentence, in a language that capitalises only names. In one
    /// case throughout no word is.
    pub(super) fn capital_after_small(&self, i: usize) -> bool {
        self.tokens.capitalised(i) && self.tokens.opens_small(i - 1)
    }

    /// Whether the favour or occasion (of `classes`) named by the `words`
    /// words from word `i` is one its clause makes a shared history: a
    /// favour after a thank-you ([`Run::thanked_before`]: "thanks for the
    /// advice"), an occasion beside a wish ([`Run::wished_near`]: "good
    /// luck with the new job").
    #[inline]
    pub(super) fn names_shared(&mut self, i: usize, words: usize, classes: WordClasses) -> bool {
        (classes.contains(WordClasses::FAVOUR) && self.thanked_before(i))
            || (classes.contains(WordClasses::OCCASION) && self.wished_near(i, words))
    }

    /// Whether a thank-you stands before word `i` in its clause (no comma,
    /// dash, sentence end or line break between: "thanks for accepting,
    /// happy to help" thanks for no help), at most [`FAVOUR_REACH`] words
    /// back (a run of characters of a script without spaces counts as one
    /// word, up to [`FAVOUR_REACH_CHARACTERS`]), and no word that makes it
    /// one for what is still to come beside it ("thanks in advance for",
    /// "提前感谢"): then a favour named at `i` ("thanks a lot for the
    /// advice") is one done for the sender, a shared history.
    pub(super) fn thanked_before(&mut self, i: usize) -> bool {
        let (mut k, mut words) = (i, 0);
        while let Some(back) = self.back_in_clause(i, (k, words), FAVOUR_REACH) {
            (k, words) = back;
            let info = self.info(k);
            if self.begins(k, info, WordClasses::PENDING) {
                return false;
            }
            if self.begins(k, info, WordClasses::THANKING_ANY) {
                // "Thanks in advance" says so after the thank-you, "提前感谢"
                // and "z góry dziękuję" before it: a word or a phrase that
                // ends at most `PENDING_BEFORE - 1` words before it ("z
                // góry chciałbym podziękować").
                let mut j = k;
                while j > 0
                    && k - j < PENDING_BEFORE + self.engine.pending_words - 1
                    && !self.tokens.word(j).flags.intersects(WordFlags::BOUNDARY)
                {
                    j -= 1;
                    let info = self.info(j);
                    if word_or_phrase(self.engine, &mut self.tokens, j, info, WordClasses::PENDING)
                        .is_some_and(|(words, _)| j + words + PENDING_BEFORE > k)
                    {
                        return false;
                    }
                }
                return true;
            }
        }
        false
    }

    /// One word further back from word `k` in the clause of word `i`, with
    /// `words` words read so far: the word and the count with it, or none
    /// at the clause's start (a comma, dash, sentence end or line break),
    /// once `reach` words are read, or [`FAVOUR_REACH_CHARACTERS`] back. A
    /// run of characters of a script without spaces counts as one word.
    fn back_in_clause(
        &self,
        i: usize,
        (k, words): (usize, usize),
        reach: usize,
    ) -> Option<(usize, usize)> {
        if k == 0
            || words >= reach
            || i - k >= FAVOUR_REACH_CHARACTERS
            || self.tokens.word(k).flags.intersects(WordFlags::BOUNDARY)
        {
            return None;
        }
        let flags = self.tokens.word(k - 1).flags;
        let spaced = !flags.contains(WordFlags::UNSPACED | WordFlags::JOINED);
        Some((k - 1, words + usize::from(spaced)))
    }

    /// Whether a wish stands in the clause of the occasion named by the
    /// `words` words from word `i` (no comma, dash, sentence end or line
    /// break between), ending at most [`WISH_REACH`] words before it ("good
    /// luck with the new job", "in bocca al lupo per il nuovo lavoro",
    /// "祝新工作顺利") or starting at most as far after it ("für den neuen
    /// Job alles Gute", "新しい職場でも頑張って"; a run of characters of a
    /// script without spaces counts as one word, up to
    /// [`FAVOUR_REACH_CHARACTERS`]): then the occasion is one of the
    /// reader's life that the sender knows of, a shared history. Both
    /// sides, unlike a thank-you's: a request says its thanks after what
    /// it asks for ("Your help would be appreciated"), no template wishes
    /// well so.
    ///
    /// An occasion that opens its sentence, with no wish before it, may
    /// stand before a comma and the wish after it ("Para a nova loja,
    /// muito sucesso!", "新しい仕事、頑張って"). Not one a word of looking
    /// for something in the same reach makes one still to come ("I'm
    /// looking for a new job and wish you all the best", "Good luck
    /// finding your new role"; after the occasion only the words languages
    /// put there, "yeni iş arıyorum"), nor one written with a capital
    /// after a word with a capital that no list holds as an everyday word
    /// (though it may read as one by its stem): a name's ("Viel Erfolg Jan
    /// Winkel", "All the best Tom Store", "Buona fortuna Marco Bottega").
    pub(super) fn wished_near(&mut self, i: usize, words: usize) -> bool {
        // A name's, unless a wish ends right before it ("Gutes Gelingen
        // Praxis"): see below.
        let mut named = i > 0
            && !self.tokens.word(i).flags.intersects(WordFlags::BOUNDARY)
            && self.tokens.capitalised(i)
            && self.tokens.capitalised(i - 1)
            && !self.info(i - 1).classes.intersects(NOT_A_NAME);
        let (mut wished, mut sought) = (false, false);
        let reach = WISH_REACH + self.engine.wish_words - 1;
        let (mut k, mut seen) = (i, 0);
        while let Some(back) = self.back_in_clause(i, (k, seen), reach) {
            (k, seen) = back;
            let info = self.info(k);
            sought |= seen <= WISH_REACH && self.begins(k, info, WordClasses::SEEKING);
            if let Some((wish, _)) =
                word_or_phrase(self.engine, &mut self.tokens, k, info, WordClasses::WISH)
            {
                wished |= seen < WISH_REACH + wish;
                named &= k + wish < i;
            }
        }
        // Whether the occasion opens its sentence with no wish before it:
        // then one comma after it may stand before the wish.
        let fronted = !wished
            && (k == 0
                || self
                    .tokens
                    .word(k)
                    .flags
                    .intersects(WordFlags::SENTENCE | WordFlags::LINE))
            && seen <= FRONTED_WORDS;
        let (mut k, mut seen, mut comma) = (i + words, 0, fronted);
        while seen < WISH_REACH && k - i < FAVOUR_REACH_CHARACTERS && self.tokens.has(k) {
            let flags = self.tokens.word(k).flags;
            if flags.intersects(WordFlags::BOUNDARY) {
                if !comma || flags.intersects(HARD_BOUNDARY) {
                    break;
                }
                comma = false;
            }
            if !flags.contains(WordFlags::UNSPACED | WordFlags::JOINED) {
                seen += 1;
            }
            let info = self.info(k);
            sought |= self.begins(k, info, WordClasses::SEEKING_AFTER);
            wished |= self.begins(k, info, WordClasses::WISH);
            k += 1;
        }
        wished && !sought && !named
    }

    /// Whether word `k` (whose entry is `info`) is a word of `class`, or
    /// begins a phrase of it.
    pub(super) fn begins(&mut self, k: usize, info: WordInfo, class: WordClasses) -> bool {
        word_or_phrase(self.engine, &mut self.tokens, k, info, class).is_some()
    }
}

/// How many words before or after a piece of work a word that points to
/// the reader is looked for (see [`Run::readers_work`]): "votre dernier
/// article" has one between.
const WORK_REACH: usize = 2;

/// The most words of a quoted passage (see [`Run::in_quotes`]): a title,
/// or a sentence someone said.
const MAX_QUOTED_WORDS: usize = 24;

/// How many words before or after a verb of meeting its people in general
/// are looked for (see [`Run::meets_crowd`]): "neue Leute aus dem
/// Marketing kennenzulernen" has four between.
const CROWD_REACH: usize = 6;

/// How many words before a word of a field of work the words that name
/// the field may stand ("in the commercial real estate sector": three; see
/// [`Run::names_field`]).
const FIELD_BEFORE: usize = 3;

/// How many words after one: "nel settore energetico" (one), "en el sector
/// de las energías renovables" (four).
const FIELD_AFTER: usize = 4;

/// How many words after a word that introduces the sender's role the
/// title may stand ("I'm a senior data analyst": four), or before one
/// that follows it (see [`Run::names_role`]).
const ROLE_REACH: usize = 4;

/// The most words of a list's item (see [`Run::lists_content`]): a kind
/// of content or event and two words that qualify it ("nuestros próximos
/// eventos", "iş ilanları" read as a phrase).
const ITEM_WORDS: usize = 3;

/// The most items before or after a kind of content that
/// [`Run::lists_content`] reads ("news, events, webinars, meetups and
/// more": four after the first).
const MAX_ITEMS: usize = 4;

/// The fewest items of a list of what a page or a community shares (see
/// [`Run::lists_content`]): "X, Y and Z".
const MIN_ITEMS: usize = 3;

/// How many words before and after a kind of event in a list
/// [`Run::lists_content`] reads its sentence for a word of the past or a
/// thank-you.
const SENTENCE_REACH: usize = 16;

/// Classes of the words a list of content names (see
/// [`Run::lists_content`]).
const LISTED: WordClasses = WordClasses::CONTENT.union(WordClasses::GATHERINGS);

/// Whether a word of `classes` may be a list's rather than what the
/// vocabulary says of it elsewhere (see [`Run::lists_content`]): a kind of
/// event that is a word of shared history ("events", "webinars") or that
/// no other list holds, or a kind of content no other list holds
/// ("Vorlagen", "szablony").
fn may_be_listed(classes: WordClasses) -> bool {
    is_listed(classes)
        && ((classes.contains(WordClasses::GATHERINGS) && classes.contains(WordClasses::HISTORY))
            || is_unlisted(classes))
}

/// Whether a word of `classes` (with those of the phrase it starts) is a
/// kind of content or event a list names: not a channel, which says where
/// they are ("newsletters" in "webinars, newsletters and updates", or
/// "newsletter" before the list: "Subscribe to our newsletter for …").
fn is_listed(classes: WordClasses) -> bool {
    classes.intersects(LISTED) && !classes.contains(WordClasses::CHANNEL)
}

/// Whether a word of `classes` is a kind of content that is no kind of
/// event (see [`Run::lists_content`]).
fn is_plain(classes: WordClasses) -> bool {
    is_listed(classes)
        && classes.contains(WordClasses::CONTENT)
        && !classes.contains(WordClasses::GATHERINGS)
}

/// Whether a word of `classes` is a definite article or a possessive that
/// is none of the sender's side ("the", "la", "your"; not "our"): before
/// a kind of event it makes it particular ones (see
/// [`Run::lists_content`]).
fn is_article(classes: WordClasses) -> bool {
    classes.contains(WordClasses::DEFINITE) && !classes.contains(WordClasses::OURS)
}

/// What an item of a list names (see [`Run::lists_content`]).
#[derive(Debug, Default)]
struct Item {
    /// Where its first kind of content or event stands.
    first: Option<usize>,
    /// A kind of content that is no kind of event.
    plain: bool,
    /// A word that points to the reader, or a quotation mark.
    told: bool,
    /// Whether its words were read from one end to the other (to a
    /// boundary or a word that joins items), not cut at [`ITEM_WORDS`].
    whole: bool,
}

impl Item {
    /// Reads word `k`'s classes (with those of the phrase it starts) and
    /// flags, in either direction.
    fn read(&mut self, k: usize, classes: WordClasses, flags: WordFlags) {
        if is_listed(classes) && self.first.is_none_or(|first| k < first) {
            self.first = Some(k);
        }
        self.plain |= is_plain(classes);
        self.told |= classes.contains(WordClasses::READER) || flags.contains(WordFlags::QUOTED);
    }
}

/// The items of a list on one side of a kind of content (see
/// [`Run::lists_content`]).
#[derive(Debug, Default)]
struct Listed {
    /// How many.
    items: usize,
    /// Whether an item read names a kind of content or event; the list
    /// stops at the first that names none.
    content: bool,
    /// Whether an item read names a kind of content that is no kind of
    /// event.
    plain: bool,
    /// Whether an item tells of particular things or the reader's (see
    /// [`Item::told`]).
    told: bool,
    /// Where the first kind of content of the farthest item read stands
    /// (before the word), or where that item ends (after it).
    edge: Option<usize>,
}

impl Listed {
    /// Adds the next item out from the word, and says whether the list
    /// may go on past it: an item that tells of particular things or the
    /// reader's ends it, and so does one that names no kind of content,
    /// which counts only when a word that joins items stands before it
    /// (`joined`: "and more", "y mucho más"; not ", Sam" or ", straight to
    /// your inbox").
    fn add(&mut self, item: &Item, joined: bool) -> bool {
        if item.first.is_none() {
            if joined && item.whole {
                self.items += 1;
                self.told |= item.told;
            }
            return false;
        }
        self.items += 1;
        self.told |= item.told;
        self.content = true;
        self.plain |= item.plain;
        !self.told
    }
}

/// How many words after the title the sender gives themself, in its
/// sentence, a word that points to the reader makes it one said to the
/// reader (see [`Run::particular_title`]): in "As a project manager, I
/// really enjoyed collaborating with you" it is the sixth; twice that
/// leaves room for a longer clause, and a sentence rarely runs on past
/// it about the same thing.
const PARTICULAR_AFTER: usize = 12;

/// How many words after a title in a self-introduction qualify it
/// ("ingegnere informatico", "konsultan pajak": one).
const ROLE_AFTER: usize = 2;

/// The most words of a phrase that introduces the sender's role that
/// [`Run::names_role`] looks back across beyond [`ROLE_REACH`] (the
/// built-in vocabulary lists the words of roles singly, "en tant que" by
/// "tant"; its phrases of pursuits hold one to four words, and stand right
/// before the title, well within reach: "houd me bezig met").
const MAX_ROLE_WORDS: usize = 3;

/// How many items of a list of titles, separated by commas or joined by
/// a conjunction, a title's word says the sender's role through (see
/// [`Run::follows_listed_role`]): "AWS, SQL, BI and Looker" holds four.
const MAX_LISTED_ROLES: usize = 4;

/// How far back before a word that introduces a role a word that points
/// to the reader makes the role the reader's ("your new role as": two),
/// and the things of a list of content the reader's ("you always send me
/// great webinars, …": four; see [`Run::lists_content`]).
const ROLE_READER_REACH: usize = 6;

/// The most words of the first part of a headline the sender gives
/// themself in a note's body (see [`Run::heads_sentence`]): "Chef de
/// projet digital senior" holds five.
const MAX_HEADLINE_WORDS: usize = 6;

/// The classes of words no such headline holds: of shared history, of
/// the reader ("Your old piano teacher"), and those that introduce a
/// role, whose own reading comes first.
const NOT_HEADLINE: WordClasses = WordClasses::HISTORY
    .union(WordClasses::READER)
    .union(WordClasses::YOURS)
    .union(ROLE_WORDS);

/// The most parts of a sentence that is a headline the sender gives
/// themself (see [`Run::heads_sentence`]): "Ingénieur logiciel, 5 ans
/// d'expérience, je souhaite agrandir mon réseau" holds three.
const MAX_HEADLINE_PARTS: usize = 4;

/// The most words of such a sentence: a longer one says more than a
/// headline does, and is not walked through for one.
const MAX_HEADLINE_SENTENCE: usize = 24;

/// What stands before a word that opens a sentence (see
/// [`Run::opens_sentence`], which also counts a salutation's comma).
const OPENS: WordFlags = WordFlags::SENTENCE.union(WordFlags::LINE);

/// What splits such a headline into parts: any boundary of a clause, and a
/// list separator ("Grafik tasarımcı / illüstratör").
const PART_ENDS: WordFlags = WordFlags::BOUNDARY.union(WordFlags::PIPE);

/// A clause's boundaries other than a comma: a sentence's end, a line
/// break, a dash. A list of titles goes on across a comma, and so does a
/// wish's reach once.
const HARD_BOUNDARY: WordFlags = WordFlags::BOUNDARY.without(WordFlags::COMMA);

/// Whether a word of `classes` may be the title that opens a headline the
/// sender gives themself: a title's word that is no everyday word too (see
/// [`Run::headline_part`]).
fn anchors_headline(classes: WordClasses) -> bool {
    classes.contains(WordClasses::TITLE) && !classes.intersects(WordClasses::BODY)
}

/// Both kinds of words that introduce a role, before it or after it.
const ROLE_WORDS: WordClasses = WordClasses::ROLE.union(WordClasses::ROLE_AFTER);

/// The most digits of a number that counts years or months (see
/// [`Run::counts_period`]): four are a year.
const MAX_COUNT_DIGITS: usize = 2;

/// How many words after a pitch's verb the organisations it offers its
/// service to may stand ("we help B2B companies", "nous accompagnons les
/// PME": two; see [`Run::pitches`]).
const PITCH_REACH: usize = 4;

/// How many after a verb of offering, which names its product first ("we
/// offer a simple scheduling tool for small businesses": seven).
const OFFER_REACH: usize = 8;

/// How many words before a pitch's verb they may stand: a language that
/// puts its verb last puts them further from it ("हम छोटे और मध्यम
/// व्यवसायों को डिजिटल मार्केटिंग के ज़रिए बिक्री बढ़ाने में मदद करते हैं" has
/// eight between); the clause ends the look sooner.
const PITCH_BACK_REACH: usize = 10;

/// How many words (characters, in a script without spaces) before a
/// thank-you may say it is one in advance ("提前感谢": two), counted from
/// the end of the word or phrase that says so. Not three: "I never got any
/// chance to thank you for the help" thanks for help given.
const PENDING_BEFORE: usize = 2;

/// How many words before or after an occasion a wish is looked for (see
/// [`Run::wished_near`]): "Powodzenia w nowej pracy" has one between,
/// "Für den neuen Job wünsche ich dir alles Gute" three.
const WISH_REACH: usize = 5;

/// The most words before an occasion in its sentence for it to open the
/// sentence (see [`Run::wished_near`]): "Para a nova loja" has three.
const FRONTED_WORDS: usize = 3;

/// The classes of a word that is no part of a name before an occasion
/// written with a capital (see [`Run::wished_near`]): "Viel Glück im Neuen
/// Laden" wishes well, "Viel Erfolg Jan Winkel" signs.
const NOT_A_NAME: WordClasses = WordClasses::BODY
    .union(WordClasses::HISTORY)
    .union(WordClasses::WISH)
    .union(WordClasses::OCCASION);

/// How many words and characters back a thank-you is looked for in all
/// ("ขอบพระคุณสำหรับคำแนะนำ": fifteen characters before the favour).
const FAVOUR_REACH_CHARACTERS: usize = 48;
