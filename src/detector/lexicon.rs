//! The detector's vocabulary: which words may stand where in a note that
//! says nothing specific. See `data/lexicon.tsv` for the reasoning.

use super::bits::bit_set;
use super::tsv;
use crate::error::Kind;

/// The built-in vocabulary, as committed.
pub(crate) const BUILT_IN: &str = include_str!("../../data/lexicon.tsv");

/// One class of the lexicon, spelled as in the file's `class` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// Opens a note ("hi", "dear").
    Salutation,
    /// A pleasantry or closing ("thanks", "regards").
    SignOff,
    /// A sign-off a name may follow directly ("thanks Ann").
    Closer,
    /// A closer that thanks ("thanks", "merci", "takk"): what follows it on
    /// its line may say what for ("Takk fyrir tenginguna við Jón"), so a
    /// name right after one, with no comma between, is short.
    Thanks,
    /// A word generic connect requests are made of.
    Generic,
    /// A job-title word of a signature headline.
    Title,
    /// A legal form or kind of company or other organisation on a
    /// signature's company line ("GmbH", "s.r.o.", "株式会社", "Consulting",
    /// "Universität", "Hospital").
    Company,
    /// Joins a title to a company ("at").
    Connector,
    /// Stands inside a person's name ("de", "van").
    Particle,
    /// A personal pronoun a signature may give after the name ("she/her",
    /// "hij/hem", "(lei)").
    Pronoun,
    /// Labels a contact detail on a signature line ("Tel.", "Mobil",
    /// "E-mail", "WhatsApp", "手机"): read only there, beside phone
    /// numbers and addresses.
    Contact,
    /// A word of postal addresses on a signature's address line: a kind of
    /// street ("rue", "ul.", "Jl.", "路"), "No.", a unit or district word;
    /// an entry written with a leading `-` is the ending of a street's
    /// compound name ("-straße" in "Industriestraße", "-gatan"). Read only
    /// there.
    Address,
    /// Part of a device or mail-client footer ("sent from my", "gesendet").
    Footer,
    /// A device or app a footer names ("iPhone", "Outlook", "Android").
    Device,
    /// A grammatical word (article, pronoun, preposition, auxiliary): body
    /// material like a generic word, but still free to be part of a name,
    /// since one language's function word is another's name ("lima",
    /// "ben").
    Function,
    /// A word of shared history or a specific exchange ("met", "call",
    /// "yesterday"): never body material, and beside something specific it
    /// keeps a note with an unfilled placeholder personal.
    History,
    /// A favour someone did for the sender ("help", "advice", "introduction",
    /// "hospitality"): right after a thank-you in its clause it tells of a
    /// real exchange ("thanks for the advice on my CV"), so it reads as a
    /// word of shared history there; anywhere else it is whatever else the
    /// vocabulary says of it ("happy to help" in a template).
    Favour,
    /// A word or phrase that thanks without closing a note: the verb in
    /// its other forms and the phrases it is said in ("appreciated",
    /// "agradecer", "bedanken", "podziękować", "berterima kasih",
    /// "valeu"). Like a thank-you it makes the favour named after it in
    /// its clause a shared history ("wanted to thank you for the lift");
    /// unlike one it is no closing a name may follow, so a word of this
    /// class alone is whatever else the vocabulary says of it. Read only
    /// as listed, not by stem: stems reach the future and the conditional
    /// ("remercierai"), thanks for a favour still to come.
    Thanking,
    /// A word or phrase that wishes someone well ("good luck", "all the
    /// best", "bonne chance", "viel Erfolg", "удачи", "頑張って"): in its
    /// clause, before or after it, an occasion of the reader's life
    /// ([`WordClass::Occasion`]) is one the sender knows of, a word of
    /// shared history ("Good luck with the new job!"); alone it is
    /// whatever else the vocabulary says of it (most are closings). Read
    /// only as listed.
    Wish,
    /// An occasion or a thing of someone's life that not everyone has: a
    /// new job, a move, a new home, a shop of their own, a recovery ("new
    /// job", "neue Stelle", "boutique", "新工作"). Beside a wish in its
    /// clause a word of shared history, read by stem ("boutiques"); the
    /// words of what everyone has ("career", "business", "future") are
    /// none: templates wish anyone well with those. Anywhere else whatever
    /// else the vocabulary says of it.
    Occasion,
    /// A word of looking for something, before what it looks for
    /// ("looking for", "finding", "búsqueda", "Suche nach", "szukam",
    /// "ищу", "mencari", "寻找"): an occasion after one in its clause is
    /// still to come, one the sender or the reader seeks ("I'm looking for
    /// a new job and wish you all the best", "Good luck finding your new
    /// role"), no shared history beside a wish. After the occasion such a
    /// word more often tells of the search done ("Good luck with the new
    /// job after all that searching"), so it is read before it only.
    /// Read nowhere else.
    Seeking,
    /// The same, after what it looks for, as languages that put the verb
    /// last say it ("yeni iş arıyorum", "नई नौकरी की तलाश", "新しい仕事を
    /// 探して", "eine neue Stelle suchen").
    SeekingAfter,
    /// Makes a thank-you one for what is still to come ("in advance",
    /// "d'avance", "im Voraus", "заранее", "any"): no favour it names tells
    /// of a shared history ("Thanks in advance for your help").
    Pending,
    /// An everyday word that names no topic ("glad", "expand", "various"):
    /// body material like a function word, and like one still free to be
    /// part of a name, since many are names somewhere (Dutch "groot" in
    /// "de Groot", Arabic "سعيد").
    Common,
    /// A given name that some language also uses as a word of another
    /// class ("Grace", "Hope", "Linda", Turkish "Onur", Vietnamese "Nam"):
    /// capitalised right before a capitalised surname, where a name is
    /// looked for, it is a first name. Nothing else about the word changes.
    Given,
    /// A verb of meeting someone or getting to know them, in the forms a
    /// wish takes ("meet", "kennenzulernen", "conocer", "tanışmak"): a word
    /// of shared history, unless its clause names people in general
    /// ([`WordClass::Crowd`]) and nothing in it points to the reader
    /// ([`WordClass::Reader`]): "always nice to meet new folks in
    /// marketing" is a template's wish, "great to meet you in Lyon" and
    /// "great to meet the people at your company" are not.
    Meeting,
    /// A word that points to the reader ("you", "your", "Ihrem", "ton",
    /// "Anda"): in a verb of meeting's clause it makes the people met the
    /// reader's ("great to meet the people at your company"), not people
    /// in general; said to the reader, a title is a particular one (see
    /// [`WordClass::Definite`]), and a list of content the reader's (see
    /// [`WordClass::Content`]). Read nowhere else.
    Reader,
    /// A possessive that points to the reader ("your", "Ihren", "votre",
    /// "tu"): a [`WordClass::Reader`] word that also makes a piece of
    /// work the reader's ([`WordClass::Work`]).
    Yours,
    /// A piece of work someone makes and shows ("paper", "Vortrag",
    /// "artículo", "makale"), in the singular: beside a possessive that
    /// points to the reader ([`WordClass::Yours`]: "your paper", "votre
    /// article") it names one piece of the reader's own work, a word of
    /// shared history as English's "article" and "talk" always are;
    /// anywhere else it is whatever else the vocabulary says of it.
    Work,
    /// People in general, whom a template wishes to meet ("people",
    /// "folks", "professionals", "Leute", "gente", "insanlarla"): a
    /// template's word, and beside a [`WordClass::Meeting`] verb in its
    /// clause it makes the meeting a wish rather than a shared history.
    Crowd,
    /// A verb by which a sender offers a service or a job ("we help",
    /// "nous accompagnons", "wir unterstützen", "помогаем", "we are
    /// hiring"): with organisations in general in its clause
    /// ([`WordClass::Clients`]: "we help B2B companies like yours", or
    /// several words before the verb, as a language that puts its verb
    /// last writes them) it is a sales pitch, and a note that holds one
    /// and no word of shared history is a template whatever else it says.
    /// Anywhere else it is whatever else the vocabulary says of it.
    Pitch,
    /// A verb by which a sender offers a product or a service it names
    /// first, its market after it ("we offer a simple scheduling tool for
    /// small businesses", "wir bieten eine Lösung für den Mittelstand"):
    /// a [`WordClass::Pitch`] whose market may stand further on.
    Offer,
    /// Organisations or professionals in general, and open positions, as
    /// a pitch names its market ("companies", "PME", "Unternehmen",
    /// "компаниям", "UMKM", "developers"): read only in a
    /// [`WordClass::Pitch`] verb's clause.
    Clients,
    /// A word that names a field of work in general ("sector", "industry",
    /// "Branche", "settore", "отрасли"; an entry written with a leading
    /// `-` ends a compound that names one: "-branche" in
    /// "Automobilbranche", "-sector" in "energiesector"): a template's
    /// word, and the words of no list beside it in its clause name the
    /// sender's field in general ("in the renewable energy sector", "nel
    /// settore energetico"), which says nothing of the reader: body
    /// material there, not a topic. A number, a name written with a
    /// capital in mid-sentence after small letters, and any listed word
    /// keep their own reading.
    Field,
    /// A unit of a short span of time ("minutes", "Minuten", "минут",
    /// "menit"): after a number, or with one written onto it ("15분"), in a
    /// sales pitch the sentence asks for the reader's time ("a 15-minute
    /// call next week?"), so its words of a call or a meeting are the
    /// pitch's ask, not a shared history. Read nowhere else.
    Duration,
    /// A word that introduces the sender's own role, before it ("as",
    /// "I'm", "als", "comme", "como", "jako", "как", "sebagai"): with a
    /// word of a job title ([`WordClass::Title`]) in its clause at most
    /// four words after it ("I'm a senior data analyst", "trabajo como ingeniero de software", "yazılım mühendisi
    /// olarak"), the words between them and the few that qualify the title
    /// right after it ("ingegnere informatico", "reclutadora IT") say what
    /// the sender does, as every self-introduction says it: body material,
    /// not a topic. A title alone in a body ("about the graphic designer
    /// vacancy") keeps its reading: it may be anyone's. The word itself is
    /// a function word.
    Role,
    /// A word that introduces the sender's own role after it, as Turkish
    /// puts it ("yazılım mühendisi olarak", as a software engineer): a
    /// [`WordClass::Role`] word that follows the role, right after its
    /// words. Read nowhere else; a function word itself.
    RoleAfter,
    /// A phrase by which the sender says the field they work on
    /// ("specialised in", "focused on", "passionate about", "mi occupo
    /// di", "zajmuję się", "занимаюсь"): a [`WordClass::Role`] whose
    /// titles' words follow it at once or after an article, so "focused on
    /// SEO" says what the sender does and "specialised in sales at
    /// Salesforce" names an employer. A title's word written as a name (a
    /// capital, then small letters: "especialista en Oracle") is none after
    /// it. Not the phrases that also introduce an employer ("work in",
    /// "trabajo en"): products' names are titles' words. A function word
    /// itself.
    Pursuit,
    /// A word that joins the last items of a list ("and", "or", "und",
    /// "et", "y", "i", "и", "ve", "dan"): a title's word right after one,
    /// after a title's word in the field a [`WordClass::Pursuit`] says, is
    /// in it too ("focused on SQL and BI"), as an item after a comma is.
    /// In a note written to nobody in particular it ends a clause, as a
    /// comma does, for [`WordClass::Upcoming`] (Dutch "en" and Polish "i"
    /// end one in French and Italian too: the safe side). It joins the
    /// items of a list of content as a comma does (see
    /// [`WordClass::Content`]). Read nowhere else.
    Conjunction,
    /// A word or phrase that makes a talk or an event one still to come:
    /// a time ahead ("next week", "bientôt", "la semaine prochaine",
    /// "önümüzdeki hafta", "来週"), a proposal ("let's", "lass uns",
    /// "давайте", "yuk"), an invitation said by the sender ("invite you",
    /// "lade Sie", "zapraszam", "诚邀"), a host's verb in the present or the
    /// future ("we're hosting", "wir veranstalten", "organizujemy"). In a
    /// note written to nobody in particular (to an unfilled name, or with
    /// a field left unfilled) a word of shared history near it in its
    /// clause names what the template offers, as a question's does, not a
    /// history the reader shares ("Hi {{first_name}}, let's grab a virtual
    /// coffee next week"). Not the forms that also tell of the past: an
    /// invitation as a noun or in the past ("since your invitation"). Read
    /// nowhere else.
    Upcoming,
    /// A word or phrase of a talk or an event that happened already: a
    /// time past ("yesterday", "la semaine dernière", "wczoraj", "先週"),
    /// a past form of a verb of shared history ("talked", "kennengelernt",
    /// "rozmawialiśmy", "konuştuğumuz", "얘기한"), or a talk continued or
    /// repeated ("continue", "another", "fortsetzen", "продолжим",
    /// "lanjutkan"). In the clause of a word of a talk still to come
    /// ([`WordClass::Upcoming`]) the history words are still told: the
    /// talk proposed continues or repeats one that happened ("let's
    /// continue our chat from the Spotify meetup", "prenons un autre café
    /// comme celui d'hier"). In the sentence of a list of content the
    /// kinds of events listed are occasions that happened (see
    /// [`WordClass::Content`]). Read nowhere else.
    Past,
    /// A definite article or a possessive ("the", "your", "la", "del",
    /// "die", "deine"; and "our", "unsere", "notre", listed as
    /// [`WordClass::Ours`]): before the title the sender gives
    /// themself it makes the title a particular one, a role in a setting
    /// the note names ("the workshop facilitator", "soy la coordinadora de
    /// eventos", "your project manager"), so a word of shared history in it
    /// stays one; a title of a kind of work is said without one ("I'm a
    /// project manager", "soy coordinadora de eventos"). As the particle
    /// between a title and such a word after it, it makes the word a
    /// particular one too ("coordinadora del evento"). Before a kind of
    /// event in a list of content, one that is no possessive of the
    /// sender's side ([`WordClass::Ours`]) makes it particular ones ("the
    /// workshops"; see [`WordClass::Content`]). Read nowhere else.
    Definite,
    /// A kind of content a page, a newsletter, a group or a community
    /// shares ("news", "updates", "job offers", "novedades",
    /// "aktualności"). In a list of three items or more in a sentence that
    /// names a channel ([`WordClass::Channel`]), a kind of event beside
    /// such items ([`WordClass::Gatherings`]) is one more thing offered,
    /// not an occasion the reader shared ("Follow our page for news,
    /// events and job offers"), and so is a kind of content no other list
    /// holds ("Vorlagen"). Read nowhere else.
    Content,
    /// A kind of event in the plural, as a list of content names one
    /// ("events", "webinars", "eventos", "wydarzenia", "etkinlikler"): in
    /// such a list, one more thing offered (see [`WordClass::Content`]);
    /// anywhere else what the word's other rows say (most are words of
    /// shared history; one no other row holds is a word no list holds).
    /// Read nowhere else.
    Gatherings,
    /// A possessive of the sender's side ("our", "nos", "unsere"), and so
    /// a [`WordClass::Definite`] word too: "our events" are what a page
    /// offers, where a definite article makes them particular ones ("the
    /// events"; see [`WordClass::Content`]). Read nowhere else.
    Ours,
    /// A channel through which an organisation or a group shares what it
    /// offers ("page", "newsletter", "community", "group", "Seite",
    /// "społeczność", "рассылка", "topluluk"; not "network", which names
    /// the sender's own connections): a list of content is what one offers
    /// only in a sentence that names one, or right after one that does
    /// (see [`WordClass::Content`]). Read nowhere else.
    Channel,
    /// A unit of a span of years or months ("years", "Jahren", "ans",
    /// "lat", "yıl", "년"): after a count of at most two digits ("10
    /// years", "15 Jahren", or "10년" written onto it) the number says how
    /// long, as "ten years" does, not what: an everyday word there. Four
    /// digits are a year ("2015年"), a date, and stay specific. Read
    /// nowhere else.
    Period,
    /// A case ending written after an apostrophe on a proper name, as
    /// Turkish writes one ("'da" in "Kapadokya'da", "'de" in "ODTÜ'de",
    /// "'nin", "'ye"): the name stands in a sentence, so it is no name a
    /// greeting or a signature gives, which people write bare. Read nowhere
    /// else.
    Ending,
    /// Printing ("print", "drucken", "imprimir", "打印", "印刷"): with a
    /// word of [`WordClass::Environment`] and one of
    /// [`WordClass::Sparing`] on a line of its own after the body, the
    /// line asks the reader to spare paper, as e-mail footers do
    /// in every wording ("Please consider the environment before printing
    /// this email", "Antes de imprimir, piense en el medio ambiente"). Read
    /// nowhere else.
    Printing,
    /// The environment ("environment", "Umwelt", "milieu", "环境"), and
    /// saving paper or trees said with the verb ("save paper", "Papier
    /// sparen", "ahorra papel", "节约用纸"); not nature or forests alone,
    /// which remarks name ("the forest photos"): see
    /// [`WordClass::Printing`]. Read nowhere else.
    Environment,
    /// What makes printing a thing to spare: "before", "unless",
    /// "necessary" ("bevor", "nötig", "avant", "antes", "前", "전에",
    /// "sebelum", "gerekmedikçe"). A plea to spare paper holds one beside
    /// its words of printing and of the environment; a remark that only
    /// names both ("I print books about the environment") does not, and
    /// without the environment these words tell a plan or a friend's
    /// practical word as often ("I printed this e-mail before my flight",
    /// "No es necesario imprimir las entradas"). Read nowhere else.
    Sparing,
    /// Asking pardon ("excuse", "sorry", "entschuldigen", "disculpa",
    /// "przepraszam", "извините", "maaf", "양해", "请原谅"): with a word of
    /// [`WordClass::Slip`] on a line of its own after the body, the line
    /// excuses the typing of a message written on a phone ("Please excuse
    /// any typos", "Disculpa la brevedad"), as mobile footers do. Read
    /// nowhere else.
    Apology,
    /// The slips of typing on a phone and the brevity it forces ("typos",
    /// "brevity", "Tippfehler", "fautes de frappe", "literówki",
    /// "опечатки", "오타", "誤字"): see [`WordClass::Apology`]. Not
    /// mistakes in general ("my mistake with the invoice"): a remark's
    /// words as often. Read nowhere else.
    Slip,
    /// Writing or typing on a device ("typed", "writing", "geschrieben",
    /// "píšu", "пишу", "escribo", "输入", "작성"): in an apology's clause
    /// that ends with a device's name ("Omlouvám se za překlepy, píšu z
    /// mobilu"), an everyday word, where a word of no list tells whose or
    /// where ("hospital phone", "my wife's phone"). Read nowhere else.
    Typing,
    /// Again and still ("again", "wieder", "encore", "otra vez", "znowu",
    /// "опять", "また", "又", "또"): in an apology for a phone's typing,
    /// the sender has written to the reader before ("Sorry for typos
    /// again", "schon wieder Handy"), a remark of their own, not an app's
    /// or a habit's line. Read nowhere else.
    Again,
    /// When or how a phone number reaches its owner, as a signature's
    /// contact line says it: days of the week and their abbreviations,
    /// working days and office hours, kinds of message ("Mo–Fr", "lundi",
    /// "werkdagen", "SMS", "texto", "urgencias"), and the small words such
    /// a note is written with ("also", "only", "auch", "nur", "de", "à",
    /// "tot"). After a number or a label such words are the sender's note
    /// on it ("Tel. 0221 943851 (Mo–Fr 9–17 Uhr)", "(auch WhatsApp)"), not
    /// a remark to the reader. A closed class: an everyday word of no
    /// other list ("demo", "Wohnung") is no note. Read nowhere else.
    Reach,
}

impl WordClass {
    const ALL: [WordClass; 56] = [
        WordClass::Salutation,
        WordClass::SignOff,
        WordClass::Closer,
        WordClass::Thanks,
        WordClass::Generic,
        WordClass::Title,
        WordClass::Company,
        WordClass::Connector,
        WordClass::Particle,
        WordClass::Pronoun,
        WordClass::Contact,
        WordClass::Address,
        WordClass::Footer,
        WordClass::Device,
        WordClass::Function,
        WordClass::History,
        WordClass::Favour,
        WordClass::Thanking,
        WordClass::Wish,
        WordClass::Occasion,
        WordClass::Seeking,
        WordClass::SeekingAfter,
        WordClass::Pending,
        WordClass::Common,
        WordClass::Given,
        WordClass::Meeting,
        WordClass::Reader,
        WordClass::Yours,
        WordClass::Work,
        WordClass::Crowd,
        WordClass::Pitch,
        WordClass::Offer,
        WordClass::Clients,
        WordClass::Field,
        WordClass::Duration,
        WordClass::Role,
        WordClass::RoleAfter,
        WordClass::Pursuit,
        WordClass::Conjunction,
        WordClass::Upcoming,
        WordClass::Past,
        WordClass::Definite,
        WordClass::Content,
        WordClass::Gatherings,
        WordClass::Ours,
        WordClass::Channel,
        WordClass::Period,
        WordClass::Ending,
        WordClass::Printing,
        WordClass::Environment,
        WordClass::Sparing,
        WordClass::Apology,
        WordClass::Slip,
        WordClass::Typing,
        WordClass::Again,
        WordClass::Reach,
    ];

    /// The spelling in the lexicon file and in error messages.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            WordClass::Salutation => "salutation",
            WordClass::SignOff => "sign_off",
            WordClass::Closer => "closer",
            WordClass::Thanks => "thanks",
            WordClass::Generic => "generic",
            WordClass::Title => "title",
            WordClass::Company => "company",
            WordClass::Connector => "connector",
            WordClass::Particle => "particle",
            WordClass::Pronoun => "pronoun",
            WordClass::Contact => "contact",
            WordClass::Address => "address",
            WordClass::Footer => "footer",
            WordClass::Device => "device",
            WordClass::Function => "function",
            WordClass::History => "history",
            WordClass::Favour => "favour",
            WordClass::Thanking => "thanking",
            WordClass::Wish => "wish",
            WordClass::Occasion => "occasion",
            WordClass::Seeking => "seeking",
            WordClass::SeekingAfter => "seeking_after",
            WordClass::Pending => "pending",
            WordClass::Common => "common",
            WordClass::Given => "given",
            WordClass::Meeting => "meeting",
            WordClass::Reader => "reader",
            WordClass::Yours => "yours",
            WordClass::Work => "work",
            WordClass::Crowd => "crowd",
            WordClass::Pitch => "pitch",
            WordClass::Offer => "offer",
            WordClass::Clients => "clients",
            WordClass::Field => "field",
            WordClass::Duration => "duration",
            WordClass::Role => "role",
            WordClass::RoleAfter => "role_after",
            WordClass::Pursuit => "pursuit",
            WordClass::Conjunction => "conjunction",
            WordClass::Upcoming => "upcoming",
            WordClass::Past => "past",
            WordClass::Definite => "definite",
            WordClass::Content => "content",
            WordClass::Gatherings => "gatherings",
            WordClass::Ours => "ours",
            WordClass::Channel => "channel",
            WordClass::Period => "period",
            WordClass::Ending => "ending",
            WordClass::Printing => "printing",
            WordClass::Environment => "environment",
            WordClass::Sparing => "sparing",
            WordClass::Apology => "apology",
            WordClass::Slip => "slip",
            WordClass::Typing => "typing",
            WordClass::Again => "again",
            WordClass::Reach => "reach",
        }
    }

    fn named(name: &str) -> Option<WordClass> {
        WordClass::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The classes a word of this class has: a closer is also a sign-off.
    pub(crate) const fn classes(self) -> WordClasses {
        match self {
            WordClass::Salutation => WordClasses::SALUTATION,
            WordClass::SignOff => WordClasses::SIGN_OFF,
            WordClass::Closer => WordClasses::CLOSER.union(WordClasses::SIGN_OFF),
            WordClass::Thanks => WordClasses::THANKS
                .union(WordClasses::CLOSER)
                .union(WordClasses::SIGN_OFF),
            WordClass::Generic => WordClasses::GENERIC,
            WordClass::Title => WordClasses::TITLE,
            WordClass::Company => WordClasses::COMPANY,
            WordClass::Connector => WordClasses::CONNECTOR,
            WordClass::Particle => WordClasses::PARTICLE,
            WordClass::Pronoun => WordClasses::PRONOUN,
            WordClass::Contact => WordClasses::CONTACT,
            WordClass::Address => WordClasses::ADDRESS,
            WordClass::Footer => WordClasses::FOOTER,
            WordClass::Device => WordClasses::DEVICE,
            WordClass::Function => WordClasses::FUNCTION,
            WordClass::History => WordClasses::HISTORY,
            WordClass::Favour => WordClasses::FAVOUR,
            WordClass::Thanking => WordClasses::THANKING,
            WordClass::Wish => WordClasses::WISH,
            WordClass::Occasion => WordClasses::OCCASION,
            WordClass::Seeking => WordClasses::SEEKING,
            WordClass::SeekingAfter => WordClasses::SEEKING_AFTER,
            WordClass::Pending => WordClasses::PENDING,
            WordClass::Common => WordClasses::FUNCTION,
            WordClass::Given => WordClasses::GIVEN,
            WordClass::Meeting => WordClasses::MEETING.union(WordClasses::HISTORY),
            WordClass::Reader => WordClasses::READER,
            WordClass::Yours => WordClasses::YOURS.union(WordClasses::READER),
            WordClass::Work => WordClasses::WORK,
            WordClass::Crowd => WordClasses::CROWD.union(WordClasses::GENERIC),
            WordClass::Pitch => WordClasses::PITCH,
            WordClass::Offer => WordClasses::PITCH.union(WordClasses::OFFER),
            WordClass::Clients => WordClasses::CLIENTS,
            WordClass::Field => WordClasses::FIELD.union(WordClasses::GENERIC),
            WordClass::Duration => WordClasses::DURATION,
            WordClass::Role => WordClasses::ROLE.union(WordClasses::FUNCTION),
            WordClass::RoleAfter => WordClasses::ROLE_AFTER.union(WordClasses::FUNCTION),
            WordClass::Pursuit => WordClasses::ROLE
                .union(WordClasses::PURSUIT)
                .union(WordClasses::FUNCTION),
            WordClass::Conjunction => WordClasses::CONJUNCTION,
            WordClass::Upcoming => WordClasses::UPCOMING,
            WordClass::Past => WordClasses::PAST,
            WordClass::Definite => WordClasses::DEFINITE,
            WordClass::Content => WordClasses::CONTENT,
            WordClass::Gatherings => WordClasses::GATHERINGS,
            // A possessive of the sender's side is a definite word too, as
            // a possessive of the reader's is a word of the reader's.
            WordClass::Ours => WordClasses::OURS.union(WordClasses::DEFINITE),
            WordClass::Channel => WordClasses::CHANNEL,
            WordClass::Period => WordClasses::PERIOD,
            WordClass::Ending => WordClasses::ENDING,
            WordClass::Printing => WordClasses::PRINTING,
            WordClass::Environment => WordClasses::ENVIRONMENT,
            WordClass::Sparing => WordClasses::SPARING,
            WordClass::Apology => WordClasses::APOLOGY,
            WordClass::Slip => WordClasses::SLIP,
            WordClass::Typing => WordClasses::TYPING,
            WordClass::Again => WordClasses::AGAIN,
            WordClass::Reach => WordClasses::REACH,
        }
    }
}

bit_set! {
    /// The lexicon classes of one normalised word.
    WordClasses(u64) {
        /// See [`WordClass::Salutation`].
        SALUTATION = 1;
        /// See [`WordClass::SignOff`].
        SIGN_OFF = 2;
        /// See [`WordClass::Generic`].
        GENERIC = 4;
        /// See [`WordClass::Title`].
        TITLE = 8;
        /// See [`WordClass::Connector`].
        CONNECTOR = 16;
        /// See [`WordClass::Closer`]; always beside `SIGN_OFF`.
        CLOSER = 32;
        /// See [`WordClass::Particle`].
        PARTICLE = 64;
        /// See [`WordClass::Footer`].
        FOOTER = 128;
        /// See [`WordClass::Device`].
        DEVICE = 256;
        /// See [`WordClass::Function`].
        FUNCTION = 512;
        /// See [`WordClass::History`].
        HISTORY = 1024;
        /// See [`WordClass::Company`].
        COMPANY = 2048;
        /// See [`WordClass::Pronoun`].
        PRONOUN = 4096;
        /// See [`WordClass::Contact`].
        CONTACT = 8192;
        /// See [`WordClass::Address`].
        ADDRESS = 16384;
        /// See [`WordClass::Thanks`]; always beside `CLOSER`.
        THANKS = 32768;
        /// See [`WordClass::Favour`].
        FAVOUR = 65536;
        /// See [`WordClass::Pending`].
        PENDING = 131072;
        /// See [`WordClass::Given`].
        GIVEN = 262144;
        /// See [`WordClass::Meeting`]; always beside `HISTORY`.
        MEETING = 1 << 19;
        /// See [`WordClass::Crowd`]; always beside `GENERIC`.
        CROWD = 1 << 20;
        /// See [`WordClass::Reader`].
        READER = 1 << 21;
        /// See [`WordClass::Work`].
        WORK = 1 << 22;
        /// See [`WordClass::Yours`]; always beside `READER`.
        YOURS = 1 << 23;
        /// See [`WordClass::Pitch`].
        PITCH = 1 << 24;
        /// See [`WordClass::Clients`].
        CLIENTS = 1 << 25;
        /// See [`WordClass::Duration`].
        DURATION = 1 << 26;
        /// See [`WordClass::Offer`]; always beside `PITCH`.
        OFFER = 1 << 27;
        /// See [`WordClass::Field`]; always beside `GENERIC`.
        FIELD = 1 << 28;
        /// See [`WordClass::Role`]; always beside `FUNCTION`.
        ROLE = 1 << 29;
        /// See [`WordClass::Period`].
        PERIOD = 1 << 30;
        /// See [`WordClass::Ending`].
        ENDING = 1 << 31;
        /// See [`WordClass::RoleAfter`]; always beside `FUNCTION`.
        ROLE_AFTER = 1 << 32;
        /// See [`WordClass::Printing`].
        PRINTING = 1 << 33;
        /// See [`WordClass::Environment`].
        ENVIRONMENT = 1 << 34;
        /// See [`WordClass::Sparing`].
        SPARING = 1 << 35;
        /// See [`WordClass::Reach`].
        REACH = 1 << 36;
        /// See [`WordClass::Thanking`].
        THANKING = 1 << 37;
        /// See [`WordClass::Wish`].
        WISH = 1 << 38;
        /// See [`WordClass::Occasion`].
        OCCASION = 1 << 39;
        /// See [`WordClass::Seeking`].
        SEEKING = 1 << 40;
        /// See [`WordClass::SeekingAfter`].
        SEEKING_AFTER = 1 << 41;
        /// See [`WordClass::Apology`].
        APOLOGY = 1 << 42;
        /// See [`WordClass::Slip`].
        SLIP = 1 << 43;
        /// See [`WordClass::Typing`].
        TYPING = 1 << 44;
        /// See [`WordClass::Again`].
        AGAIN = 1 << 45;
        /// See [`WordClass::Pursuit`]; always beside `ROLE` and `FUNCTION`.
        PURSUIT = 1 << 46;
        /// See [`WordClass::Conjunction`].
        CONJUNCTION = 1 << 47;
        /// See [`WordClass::Upcoming`].
        UPCOMING = 1 << 48;
        /// See [`WordClass::Past`].
        PAST = 1 << 49;
        /// See [`WordClass::Definite`].
        DEFINITE = 1 << 50;
        /// See [`WordClass::Content`].
        CONTENT = 1 << 51;
        /// See [`WordClass::Ours`].
        OURS = 1 << 52;
        /// See [`WordClass::Channel`].
        CHANNEL = 1 << 53;
        /// See [`WordClass::Gatherings`].
        GATHERINGS = 1 << 54;
        /// Words and phrases that thank, closing a note or not.
        THANKING_ANY = Self::THANKS.bits() | Self::THANKING.bits();
        /// Classes only the lines they label read.
        LABEL_ONLY = Self::CONTACT.bits() | Self::ADDRESS.bits();
        /// Classes read only in a context (a signature's labelled line,
        /// around a thank-you): a word of no other class is still a word
        /// the vocabulary does not know (a name, a word read by its stem).
        CONTEXTUAL = Self::LABEL_ONLY.bits()
            | Self::FAVOUR.bits()
            | Self::THANKING.bits()
            | Self::WISH.bits()
            | Self::OCCASION.bits()
            | Self::SEEKING.bits()
            | Self::SEEKING_AFTER.bits()
            | Self::PENDING.bits()
            | Self::GIVEN.bits()
            | Self::READER.bits()
            | Self::YOURS.bits()
            | Self::WORK.bits()
            | Self::PITCH.bits()
            | Self::OFFER.bits()
            | Self::CLIENTS.bits()
            | Self::DURATION.bits()
            | Self::PERIOD.bits()
            | Self::ENDING.bits()
            | Self::PRINTING.bits()
            | Self::ENVIRONMENT.bits()
            | Self::SPARING.bits()
            | Self::APOLOGY.bits()
            | Self::SLIP.bits()
            | Self::TYPING.bits()
            | Self::AGAIN.bits()
            | Self::REACH.bits()
            | Self::CONJUNCTION.bits()
            | Self::UPCOMING.bits()
            | Self::PAST.bits()
            | Self::DEFINITE.bits()
            | Self::CONTENT.bits()
            | Self::OURS.bits()
            | Self::CHANNEL.bits()
            | Self::GATHERINGS.bits();
        /// Words that may stand in the body of a generic note.
        BODY = Self::SALUTATION.bits()
            | Self::SIGN_OFF.bits()
            | Self::GENERIC.bits()
            | Self::FUNCTION.bits();
    }
}

/// A parsed lexicon: its word rows and its suffix and prefix rows, borrowed
/// from the file (entries separated by spaces, not yet normalised).
#[derive(Debug, Default)]
pub(crate) struct Rows<'a> {
    /// `(class, languages, words)`.
    pub(crate) words: Vec<(WordClass, &'a str, &'a str)>,
    /// `(languages, suffixes)`: the inflectional suffixes of a language
    /// (see [`super::inflection`]).
    pub(crate) suffixes: Vec<(&'a str, &'a str)>,
    /// `(languages, prefixes)`: the elided articles and clitics a language
    /// writes on the front of a word (French "d'", Arabic "ال").
    pub(crate) prefixes: Vec<(&'a str, &'a str)>,
    /// `(languages, words)`: the words a mail merge names its fields with
    /// (see [`super::mail_merge`]).
    pub(crate) merge_fields: Vec<(&'a str, &'a str)>,
}

/// The class column of a line of suffixes.
const SUFFIX: &str = "suffix";
/// The class column of a line of prefixes.
const PREFIX: &str = "prefix";
/// The class column of a line of mail-merge fields' words.
const MERGE_FIELD: &str = "merge_field";

/// Parses a lexicon into its rows.
///
/// # Errors
///
/// A lexicon-line error naming the line with an unknown class or too few
/// columns.
pub(crate) fn parse(tsv: &str) -> Result<Rows<'_>, Kind> {
    let mut rows = Rows::default();
    for mut line in tsv::lines(tsv, "class") {
        let number = line.number;
        let problem = |problem: String| Kind::LexiconLine {
            line: number,
            problem,
        };
        let Some([class, languages, words]) = line.three() else {
            return Err(problem(
                "expected 3 tab-separated columns: class, language, words".to_owned(),
            ));
        };
        if class == SUFFIX {
            rows.suffixes.push((languages, words));
            continue;
        }
        if class == PREFIX {
            rows.prefixes.push((languages, words));
            continue;
        }
        if class == MERGE_FIELD {
            rows.merge_fields.push((languages, words));
            continue;
        }
        let Some(class) = WordClass::named(class) else {
            return Err(problem(format!("unknown word class `{class}`")));
        };
        rows.words.push((class, languages, words));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_lexicon_parses_with_every_class() {
        let rows = parse(BUILT_IN).unwrap();
        for class in WordClass::ALL {
            assert!(
                rows.words.iter().any(|(c, ..)| *c == class),
                "{class:?} unused"
            );
        }
        assert!(!rows.suffixes.is_empty(), "no suffix lines");
        assert!(!rows.prefixes.is_empty(), "no prefix lines");
        assert!(!rows.merge_fields.is_empty(), "no merge_field lines");
    }

    #[test]
    fn unknown_class_names_the_line() {
        let err = parse("class\tlanguage\twords\nverb\ten\tgo\n").unwrap_err();
        assert_eq!(err.to_string(), "lexicon line 2: unknown word class `verb`");
    }

    #[test]
    fn closers_are_sign_offs() {
        assert!(WordClass::Closer.classes().contains(WordClasses::SIGN_OFF));
    }
}
