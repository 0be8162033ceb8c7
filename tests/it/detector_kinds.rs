//! Table-driven checks that the detector generalises beyond the labelled
//! sample: notes written for this table, in several languages.

use opendoor::{GreetingDetector, GreetingKind};

macro_rules! kinds {
    ($($kind:ident: [$($note:expr),+ $(,)?])+) => {
        &[$($((GreetingKind::$kind, $note),)+)+]
    };
}

const TABLE: &[(GreetingKind, &str)] = kinds! {
    Empty: ["", "   ", "\n\t\u{200B}", "&nbsp;&nbsp;", "\u{FEFF}\u{2060}"]
    GenericTemplate: [
        // A wish on what everyone has (a career, a future, projects, work)
        // is a template's, and one in another sentence than an occasion
        // makes nothing of it (round 38).
        "Best of luck in your career, let's connect!",
        "Wishing you all the best in your future endeavours.",
        "Ich wünsche Ihnen viel Erfolg für Ihre Zukunft und freue mich auf den Austausch.",
        "Je vous souhaite bonne chance dans vos projets. Au plaisir d'échanger !",
        "Te deseo mucho éxito en tu carrera profesional.",
        "Powodzenia w pracy zawodowej! Chętnie nawiążę kontakt.",
        "Желаю успехов в работе! Буду рад знакомству.",
        "I'm looking for a new job. Best of luck!",
        // A given name's word in small letters is a word, not a name: the
        // sentence of a note to an unfilled name says nothing specific by
        // it (round 36; Portuguese "uma", Italian "per").
        "Olá [Nome], temos uma solução para a sua equipe de vendas. Podemos marcar uma call?",
        "Gentile [Nome], le scrivo per presentarle il nostro servizio per le aziende. Avrebbe tempo per una call?",
        // The sender's own role after a word that introduces it, and a
        // count of years in digits, say nothing of the reader (round 29).
        "Hi, I'm a senior data analyst with 12 years of experience and happy to connect.",
        "Hola, trabajo como ingeniero de software desde hace 6 años y me encantaría conectar.",
        "Guten Tag, als Steuerberaterin mit über 15 Jahren Erfahrung freue ich mich über Kontakte.",
        "Dzień dobry, pracuję jako kierownik projektów od 8 lat. Chętnie nawiążę kontakt.",
        "Merhaba, yazılım mühendisi olarak 10 yıldır çalışıyorum. Bağlantı kurmak isterim.",
        "Halo, saya bekerja sebagai konsultan pajak selama 10 tahun. Senang terhubung.",
        "Hi, 20 years in the energy sector and counting!",
        // A headline the sender gives themself, opening a sentence with a
        // title and no word that introduces it, in everyday words and
        // titles' words, and a field's word with an elided article, say
        // nothing of the reader either (round 41).
        "Sviluppatore software, 7 anni di esperienza. Felice di connettermi!",
        "Abogado corporativo. Siempre abierto a nuevas conexiones.",
        "Bonjour,\nIngénieur logiciel, 5 ans d'expérience. Je souhaite agrandir mon réseau.",
        "Księgowa, 15 lat doświadczenia. Zapraszam do kontaktu.",
        "Привет! Frontend-разработчик, 4 года опыта. Давайте добавимся в контакты!",
        "Muhasebe uzmanı, 12 yıl deneyim. Tanışmak isterim.",
        // The field the sender works in, said with a phrase of a pursuit,
        // and a list of titles' words after one that says it (round 42).
        "Greetings - I'm a data engineer focused on AWS, SQL and BI tooling. Let's connect.",
        "Ciao! Mi occupo di marketing B2C. Felice di connettermi.",
        "Cześć! Zajmuję się SEO i content marketingiem. Daj znać!",
        "Hola, me dedico al marketing B2B. Encantado de conectar.",
        "Salam kenal, saya analis data yang fokus pada SQL dan BI. Mari terhubung!",
        // A word of events, projects or schools in the title the sender
        // gives themself is the title's, before its word or after it
        // (round 44).
        "Hi, I'm a project manager. Always happy to connect.",
        "Hi, I'm an events coordinator with 6 years of experience. Let's connect!",
        "Hello, as a conference producer I'm always keen to meet new people.",
        "Hi, I'm a school teacher. Always happy to connect.",
        "Ciao, sono un project manager con 8 anni di esperienza.",
        "Hola, soy coordinadora de eventos. Encantada de conectar.",
        "Cześć! Pracuję jako koordynatorka wydarzeń i chętnie poszerzam sieć kontaktów.",
        "Merhaba! Etkinlik koordinatörü olarak çalışıyorum, profesyonel ağımı genişletmek isterim.",
        // A kind of event in a list of three kinds of content or more, in
        // a sentence that names a channel, is one more thing offered
        // (round 45).
        "Follow our page for news, events and job offers.",
        "Join our community: free webinars, resources, templates and more.",
        "Te invito a seguir nuestra página: novedades, eventos y ofertas de empleo.",
        "Suivez notre page pour nos actualités, nos événements et nos offres d'emploi.",
        "Dołącz do naszej społeczności: aktualności, wydarzenia i oferty pracy.",
        "Подпишитесь на нашу страницу: новости, мероприятия и вакансии.",
        "Sayfamızı takip edin: haberler, etkinlikler ve iş ilanları.",
        // The words before the one that introduces the role are not the
        // title's.
        "At the moment I'm a project manager. Always happy to connect.",
        // A title past a sentence's 24th word is read by its other rules.
        "Hello, it is always a real pleasure for me to get to know new people from all over the world and to learn from each of them, as a senior engineer. Happy to connect.",
        "Bonjour, je suis acheteuse dans l'industrie depuis 12 ans. Au plaisir d'échanger.",
        // The sender's field of work named in general beside a word of a
        // field says nothing of the reader (round 28), compounds too.
        "Hello, I'm growing my network in the commercial real estate sector and would be happy to connect.",
        "Bonjour, je travaille dans le secteur pharmaceutique et souhaite élargir mon réseau.",
        "Hola, trabajo en el sector inmobiliario y me encantaría conectar.",
        "Dzień dobry, pracuję w branży motoryzacyjnej i chętnie nawiążę kontakt.",
        "Merhaba, sağlık sektöründe çalışıyorum ve ağımı genişletmek istiyorum.",
        "Halo, saya bekerja di bidang perbankan dan ingin memperluas jaringan.",
        "Hallo, ich bin in der Immobilienbranche tätig und freue mich über neue Kontakte.",
        "Goedemiddag, ik werk in de bouwsector en breid mijn netwerk graag uit.",
        // German capitalises every noun, so a capital in mid-sentence reads
        // by its stem there; in small letters throughout the name reads as
        // its stem, as before.
        "Hallo, ich würde Sie gerne in die Kontakte meines Netzwerkes aufnehmen.",
        "hola ana,\ngracias por el contacto de javier",
        // A sales pitch to organisations in general, however specific its
        // other words.
        "Hello, we help logistics companies cut fuel costs with smarter route planning.",
        "Guten Tag, wir unterstützen Unternehmen bei der Einführung von Zeiterfassung.",
        // The call it asks for, minutes of the reader's time, is its ask.
        "Hello, we help logistics companies cut fuel costs. Would you have 15 minutes for a call next week?",
        // A language that puts its verb last names the market several
        // words before it; a number may be written onto its minutes.
        "नमस्ते, हम छोटे व्यवसायों को ऑनलाइन बिक्री बढ़ाने में मदद करते हैं।",
        "はじめまして。弊社では中小企業向けに人事管理システムを提供しております。",
        "안녕하세요. 저희는 중소기업 대상 업무 자동화 서비스를 제공하고 있습니다. 10분 정도 통화 가능하실까요?",
        "您好，我们为中小企业提供财务外包服务，能否约您10分钟聊一下？",
        // Recruiting is a pitch too: a job offered to professionals in
        // general.
        "Bonjour, nous recrutons des développeurs Rust pour notre équipe à Lyon.",
        "Hola, estamos contratando desarrolladores para nuestro equipo de Sevilla.",
        "您好，我们正在招聘后端工程师，欢迎联系。",
        // Below a signature as well (round 27; until then a specific
        // remark, since its words are no company's name).
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnn Lee\nWe are hiring Rust engineers at Acme GmbH",
        // A verb of offering names its product before its market.
        "Hi, we offer a simple scheduling tool for small businesses.",
        "Hej! Vi erbjuder en enkel bokningstjänst för frisörer och småföretag.",
        // The reader's works in general are a template's flattery.
        "Hola, Lucía:\nMe encantaría formar parte de tu red y seguir tus publicaciones.\nUn cordial saludo,\nJavier",
        // Small words in quotes are scare quotes, no title.
        "I'm expanding my \"professional network\" and would love to connect.",
        // A favour no thank-you in its clause names is a template's word.
        "Hi, happy to help with advice on your CV. Let's connect!",
        "Thanks for connecting, happy to help.",
        // Thanks in advance are for no favour done.
        "I'd like to add you to my professional network on LinkedIn.\nThanks in advance for your help",
        // So are those said so in other words ("desde ya"; "z góry" ends
        // one word before the thank-you), and a thank-you for connecting
        // in any form.
        "Te agradezco desde ya la ayuda.",
        "Z góry chciałbym podziękować za rady.",
        "I wanted to thank you for connecting.",
        "Quería agradecerte por aceptar mi solicitud.",
        // A request's gratitude is for a favour still to come; where the
        // verb comes last, the words that thank follow the favour in a
        // request too, and are not read there.
        "I'd be grateful for your help with my job search.",
        "I would appreciate your advice on my CV.",
        "Ich wäre dankbar für Ihr Feedback.",
        "Your help would be appreciated.",
        "Für Ihre Hilfe bedanke ich mich schon jetzt.",
        // A favour's word read by stem is no favour where nothing thanks.
        "Happy to help with covering your team.",
        "Thanks for connecting! I help companies with covering new markets.",
        "Merci d'avance pour votre retour",
        // A longer phrase of template words holds a phrase of shared
        // history ("visita la", Portuguese "visitá-la" folded).
        "Ciao! Visita la nostra pagina.",
        // "tanışmak için" (to meet) is a phrase of shared history, but here
        // its first word ends the template's "yeni insanlarla tanışmak".
        "Merhaba, yeni insanlarla tanışmak için buradayım.",
        "Hi there, I'd love to connect with you.",
        "Hello Maria! Would be great to connect.",
        "Hey, let's connect!",
        // Words of a tie to someone that platforms and templates use too
        // are not words of shared history.
        "Add me as a friend please.",
        "Dodaj mnie do znajomych!",
        "Cześć! Chętnie poszerzę sieć znajomych z branży.",
        "Hi John, I'm always looking to expand my network with like-minded professionals. Let's connect!",
        "Good morning! I came across your profile and would like to add you to my professional network.",
        "Hi, hope you are well. I'd be happy to connect with you here.",
        "Dear Ms. Smith, it would be a pleasure to connect with you.\n\nKind regards,\nTom",
        "I noticed we have a few mutual connections and thought it would be great to connect.",
        "Hello! Please accept my invitation to connect.",
        "Hi, I'm expanding my network and would love to have you in it.",
        "Greetings! I'd like to join your network.",
        "Hi Priya, it would be great to connect and exchange ideas.",
        "Hi, happy to connect!",
        "👋",
        "Hi!",
        "Bonjour Marie, je serais ravie de rejoindre votre réseau. Cordialement",
        // A homograph reads in the language of the words before it: Dutch
        // "met" (with), German "hier" (here).
        "Ik kom graag met je in contact.",
        "Altijd blij om mijn netwerk uit te breiden met gelijkgestemde professionals.",
        "Ich freue mich, hier mit Ihnen vernetzt zu sein.",
        "Salut ! J'aimerais t'ajouter à mon réseau.",
        "Hola, me encantaría conectar contigo. Saludos",
        "Buenos días, me gustaría formar parte de tu red profesional.",
        "Olá! Gostaria de me conectar com você.",
        "Hallo, ich würde mich gerne mit Ihnen vernetzen. Viele Grüße",
        "Ciao! Mi piacerebbe aggiungerti alla mia rete professionale.",
        // Inflected forms the vocabulary does not list, met by stem.
        "Открыт к сотрудничеству и обмену опытом.",
        // Words of outreach: recruiting, pitches, pages to follow, the
        // sender's own role, events as what a page publishes (round 22).
        "Hi, we are hiring for several remote roles in fast-growing companies. If you are open to new challenges, feel free to reach out.",
        "Bonjour, je suis consultante en recrutement et j'accompagne des entreprises en forte croissance. Au plaisir d'échanger !",
        "Hallo, folgen Sie unserer Unternehmensseite für Neuigkeiten, Tipps und kommende Veranstaltungen.",
        "Здравствуйте! Подписывайтесь на нашу страницу, чтобы следить за новостями отрасли и анонсами мероприятий.",
        // A leave-taking that holds a word of meeting is a closing.
        "Merhaba, dijital pazarlama alanında şirketlere danışmanlık veriyorum. Ağımı genişletmek isterim, görüşmek üzere!",
        "您好，我们是一家专注企业数字化转型的咨询公司，希望加您好友，日后多多交流合作。",
        // The vowel signs of Thai, Lao and Khmer spell a word (a
        // precomposed Lao letter before a sign reads as its parts do).
        "ສະບາຍດີ ເປີດຮັບໂອກາດໃໝ່ໆສະເໝີ",
        "Ich freue mich auf den Austausch mit Fachleuten.",
        // An unfilled placeholder among template words only: a history
        // word there is the template's own ("meet new people"), or another
        // language's word (Dutch "met" is "with").
        "Hi [Name], thanks for the webinars!",
        "Hello [First Name], always happy to meet new people in my industry.",
        "Hallo [Naam], ik kom graag met je in contact.",
        // A signature's name is no specific thing the note tells of.
        "Hi [Name], great to meet you!\n\nBest,\nAnn Lee",
        // Written to an unfilled name, a question proposes the talk it
        // names: the template's ask, not a shared history.
        "Salve {nome}, aiutiamo le PMI a digitalizzare i processi. Le andrebbe una breve call conoscitiva?",
        "{{first_name}}, we help fintechs in Porto cut churn. Fancy a coffee chat next week?",
        "Sayın {{Ad Soyad}}, çözümlerimizin {{Şirket}} için değer katacağına inanıyoruz. Kısa bir toplantı ayarlayabilir miyiz?",
        // Told to an unfilled name, a history is shared only beside
        // something specific in its sentence; a proposal is none.
        "Hi {first_name}, I work with CFOs on cash-flow forecasting. I'd love to set up a short call next week.",
        "Hi [Name], thanks for the call yesterday! Here is the Grafana dashboard I mentioned.",
        "Hi [Name], thanks for connecting! We help agencies grow. I'd love to set up a short call next week.",
        // Written to an unfilled name, a talk or an event still to come is
        // the template's offer, not a shared history: a time ahead, a
        // proposal, an invitation or a host's verb before the history word
        // in its clause, or up to three words after it (round 43).
        "Cześć [Imię], umówmy się na kawę w przyszłym tygodniu.",
        "Merhaba {ad}, önümüzdeki hafta kısa bir görüşme ayarlamak isterim.",
        "{{name}}様、来週15分ほどお電話でお話しできればと思います。",
        "Hola {{nombre}}, te invito a nuestro desayuno de networking en Valencia el jueves.",
        // A phrase of shared history ("un café") is reached from its last
        // word.
        "Bonjour {{prenom}}, un café à Lyon la semaine prochaine.",
        // An honorific or a greeting written onto the unfilled name.
        "{이름}님 안녕하세요, 다음 주에 잠깐 통화 가능하실까요?",
        "[Name]你好，本周可以约个时间简单聊聊吗？",
        // Filled in for a name, with another field left unfilled: a
        // bracket whose words name a field is one wherever it stands.
        "Hi Maria, I help companies like [Company] grow revenue.",
        "Hallo Jonas, wir unterstützen Firmen wie [Firmenname] beim Wachstum. Hätten Sie Zeit für ein kurzes Gespräch?",
        "Hi Maria, I help companies like {{company}} grow revenue.",
        // A field left unfilled anywhere shows the note was written to
        // nobody in particular: the talk it proposes is no shared history.
        "Hi Mark, I noticed [Company] just opened a new office in [City]. Open to a quick call?",
        "Ciao Giulia, ti ho vista tra i partecipanti a {{nome_evento}}! Ti andrebbe di prendere un caffè?",
    ]
    PlatformDefault: [
        // The name that ends Wire's text may hold a particle no list holds,
        // an elided one, or a word typed in small letters (round 38's case
        // rule stops it only at two such words in a row).
        "Bonjour Marie,\nConnectons-nous sur Wire.\nJean d'Alembert",
        "Hi Tom,\nLet's connect on Wire.\nAnna Lee née Smith",
        "Hi Tom,\nLet's connect on Wire.\nAnna lee",
        "Hi Tom,\nLet's connect on Wire.\nAnna Lee @annalee",
        // A closing that wishes well, alone or joined to another by "and"
        // (round 38).
        "Hi Ben,\nI'd like to add you to my professional network on LinkedIn.\nRegards and good luck,\nTom Hill",
        "Me gustaría añadirte a mi red profesional en LinkedIn.\nSaludos y suerte,\nMarta",
        "Gostaria de adicioná-lo à minha lista de contatos.\nAbraços e sucesso,\nPaulo",
        "Vorrei aggiungerti alla mia lista contatti.\nUn abbraccio e in bocca al lupo,\nSara",
        "Bitte füge mich deiner Kontaktliste hinzu.\nViele Grüße und viel Erfolg\nJan",
        "Chciałbym dodać Cię do listy kontaktów.\nPozdrawiam i powodzenia,\nOla",
        // English contractions written out or made are a spelling of the
        // same text (round 36): the career coach's words for LinkedIn's.
        "I would like to add you to my LinkedIn network",
        "Hi Tom,\nI would like to join your LinkedIn network.",
        "Hello, I'm Ann Lee. I'd like to add you to my contact list.",
        "I’ve accepted your friend request. Now let us chat!",
        // A given name that is also a word, first on the line after the
        // text and before a capitalised surname, signs (round 36).
        "I'd like to add you to my professional network on LinkedIn.\nGrace Hopper",
        "I'd like to add you to my professional network on LinkedIn.\n\nWill Okafor\nSales Manager",
        "Я хочу добавить вас в свой список контактов.\nMay Chen",
        "Jag vill lägga till dig i min kontaktlista.\nPer Lindqvist",
        // A text the platform opens with a salutation to the reader, greeting
        // otherwise or not at all (round 36).
        "Hello, I would like to add you as a contact.",
        // A name that ends a platform's text may follow a closing on its
        // line, which the grammar reads (round 36).
        "Hi Ann,\nLet's connect on Wire.\nBest,\nTom Baker",
        "Olá Rita,\nVamos ligar-nos no Wire.\nCumprimentos,\nJoão Pedro Carvalho",
        // Particles, honorifics and a greeting's words in small letters
        // before a capital go on in a greeted name (round 29's case rule
        // ends one after two other words in small letters).
        "Estimado Sr. Juan Carlos de la Fuente Rodríguez:\n\nQuisiera añadirle a mi lista de contactos.",
        "hi chị Lan 👋\n\nI'd like to add you to my LinkedIn network",
        "Sehr geehrte Frau Dr. von der Leyen-Hartmann,\n\nich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen",
        "Hi anna Lee, I'd like to add you to my professional network on LinkedIn.",
        // A tone mark typed before the vowel sign it sits on looks the same
        // (Thai "ชื่อ").
        "ฉันต้องการเพิ่มคุณในรายช\u{e48}\u{e37}อผู้ติดต่อ",
        // "Talk soon" is a closing, not a talk.
        "I'd like to add you to my professional network on LinkedIn.\n\nTalk soon,\nAnna Berg",
        // A name right after a closing word that thanks is short; after
        // other closings, and after a comma, it may be long. A signature's
        // name may open with particles. A closing formula that ends with a
        // closing word closes like it.
        "I'd like to add you to my LinkedIn network\n\nThanks Ann Lee",
        "I'd like to add you to my LinkedIn network\n\nThanks Anne-Sophie van den Broek",
        "I'd like to add you to my LinkedIn network\n\nThanks, María José García López",
        "I'd like to add you to my LinkedIn network\n\nRegards María José García López",
        "I'd like to add you to my LinkedIn network\n\nDe la Cruz",
        "Ik wil je graag toevoegen aan mijn contacten.\n\nMet vriendelijke groet Lotte Jansen",
        // A thank-you with no favour after it may close before the name
        // a stock text ends with.
        "Hei Tom,\nKeskustellaan Wiressä.\nKiitos, Anna",
        "Hei Tom,\nKeskustellaan Wiressä.\nKiitos Anna Lee",
        // A phrase of shared history stands within a line: a name, then a
        // title ("An⏎Sáng" is not "ăn sáng", breakfast); and a longer
        // title phrase holds one ("khoa học máy tính" holds "khóa học").
        "Tôi muốn thêm bạn vào danh sách liên lạc mình.\n\nTrân trọng,\nNguyễn Văn An\nSáng lập viên, ABC",
        "Tôi muốn thêm bạn vào danh sách liên lạc mình.\n\nTrân trọng,\nNguyễn Văn An\nGiảng viên Khoa học Máy tính",
        // Under a headline, lines of names alone give the employer and
        // the place.
        "I'd like to add you to my professional network on LinkedIn.\n\nDaniel Okafor\nResearch Scientist\nOkavango Labs\nTallinn",
        "I'd like to join your LinkedIn network.\n\nJulia Brandt\nProjektleiterin\nStadtwerke Ludwigshafen",
        // A device footer ("sent from my phone") still closes a note.
        "Szeretnélek felvenni az ismerőseim közé.\n\nमेरे फ़ोन से भेजा गया",
        // A phrase that is a closing and a phrase of shared history ("ci
        // sentiamo") closes a note where a closing stands.
        "I'd like to add you to my professional network on LinkedIn.\n\nCi sentiamo,\nAnn Lee\nCI Lead",
        // But a phrase of a script without spaces may be part of a longer
        // word ("今天国际", a company; "今天" is also today).
        "我想将您添加到我的联系人列表。\n\n此致\n张伟\n深圳市今天国际物流技术股份有限公司",
        "我想将您添加到我的联系人列表。\n\n张伟\n销售总监 | 今天国际",
        "我想将您添加到我的联系人列表。\n\n王伟\n手机 138 0013 8000 · 今天",
        "田中 さん、こんにちは。\nWire でつながりましょう。\n山田之前",
        // A title's full stop in any script is an abbreviation's, not a
        // sentence end.
        "आदरणीय डॉ. वर्मा जी,\n\nI'd like to add you to my professional network on LinkedIn.",
        // A signature's contact lines: phone numbers, addresses, links and
        // their labels, on the name's line or lines of their own.
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna Schmidt\n+49 151 2345678\nanna.schmidt@firma.de",
        "I'd like to add you to my professional network on LinkedIn.\n\n--\nAnna Schmidt\nHead of Sales, Firma GmbH\nT: +49 30 1234 567 | M: +49 151 2345678\nhttps://firma.de",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nSam Lee | (415) 555-0100 | linkedin.com/in/samlee",
        "Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.\n\nCordialement,\nMarc Dubois\nTél. : 06 12 34 56 78",
        "我是王伟\n手机 138 0013 8000",
        // Institutions: a kind of organisation beside its name, academic
        // ranks and disciplines, a whole e-mail disclaimer.
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna Schmidt\nAssistant Professor of Economics\nUniversity of Manchester",
        "I'd like to add you to my professional network on LinkedIn.\n\nMit freundlichen Grüßen\nDr. Lena Vogt\nOberärztin, Klinik für Kardiologie\nUniversitätsklinikum Heidelberg",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnna\n\nPlease consider the environment before printing this e-mail.",
        // Initials in a script of India are letters' names: a full stop
        // after one does not end the greeting.
        "Hi ಕೆ. ಎಸ್. ನಾಗರಾಜ್,\n\nI'd like to add you to my professional network on LinkedIn.",
        // After a title and a comma or connector, the employer's name may
        // be made of everyday words.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMichael O'Brien\nHead of Marketing, Bright Horizons",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMichael O'Brien\nDesigner at Bright Horizons",
        // A listed given name that is also a word is a first name when it
        // is written as one, before a capitalised surname, where a name is
        // looked for or inside a name; a name in one case throughout
        // signs, and a name of two words in any case.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nWill Kowalczyk",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nGrace Kowalczyk",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nAnna lee",
        "I'd like to add you to my professional network on LinkedIn.\n\nThanks, anna Lee",
        "Hi Sean Murphy,\n\nI'd like to add you to my professional network on LinkedIn.",
        "I'd like to add you to my professional network on LinkedIn.\n– Can Öztürk",
        // A name of capitalised words right after a wish of several words
        // on its line.
        "I'd like to add you to my professional network on LinkedIn.\n\nKila la heri Baraka Mwangi",
        "Hei! Hyväksythän ystäväpyyntöni Hyvää jatkoa Sanna Mäkinen",
        // And inside a name, written so, between two of its words.
        "Seni kişi listeme eklemek isterdim\n\nİyi çalışmalar Ahmet Can Öztürk",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nAnna May Kowalczyk",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nmaría de los ángeles sánchez",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nJean DUPONT",
        // A contact label last on its line labels nothing: it is a name.
        "I'd like to add you to my professional network on LinkedIn.\n\nTom Lee\nProgram Officer\nFord Foundation\nSpokane, WA",
        // One word may be exclaimed: a short name, a closing.
        "Jag vill lägga till dig i min kontaktlista.\n\nHälsningar,\nAnna!",
        "I'd like to add you to my professional network on LinkedIn.\n\nDanke dir!",
        // Public bodies and their units are organisations too.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnna Rossi\nComune di Bergamo – Ufficio Tributi",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnna Rossi\nProvincia di Torino, Settore Ambiente",
        "Vorrei aggiungerti alla mia rete professionale su LinkedIn.\n\nCordiali saluti,\nMarco Bianchi\nRegione Lombardia – Direzione Generale Welfare",
        "嘿！请接受我的好友请求\n\n刘伟\n杭州市人民政府办公厅",
        // A company's name in Han characters: they weigh as the few words
        // they spell, whatever everyday character stands among them.
        "嘿！请接受我的好友请求\n\n李明\n中国科学院物理研究所",
        // Address lines: a street and its number, a postcode, a city.
        "I'd like to add you to my professional network on LinkedIn.\n\nMit freundlichen Grüßen\nDr. Andreas Müller\nMüller Maschinenbau GmbH & Co. KG\nIndustriestraße 12, 70565 Stuttgart\nTelefon: +49 711 987654-12 · E-Mail: a.mueller@mueller-maschinenbau.de",
        "I'd like to add you to my professional network on LinkedIn.\n\nMagnus Karlsson\nKarlsson Bygg AB\nKungsgatan 24, 411 19 Göteborg\nVäxel: 031-711 22 00",
        "I'd like to add you to my professional network on LinkedIn.\n\nHendra Gunawan\nJl. Diponegoro No. 45, Surabaya",
        "I'd like to add you to my professional network on LinkedIn.\n\n王伟\n手机 138 0013 8000 · 微信 wangwei88",
        // After a number or a label, a contact line may say when or how it
        // reaches the sender (round 35), and give a handle's kind or
        // several labelled numbers.
        "I'd like to add you to my LinkedIn network\n\nLiebe Grüße\nJonas Weber\n+43 660 7654321 (auch WhatsApp)",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nSam Ortiz\nMobile: +1 415 555 0199 (WhatsApp only)",
        "Vorrei aggiungerti al mio elenco contatti.\n\nGiulia Conti\nCell. 347 123 4567 (anche Telegram)",
        "Je voudrais vous ajouter à ma liste de contacts.\n\nClaire Dubois\nTél. : +33 4 72 10 20 30 | Port. : +33 6 12 34 56 78",
        "Join my network on LinkedIn\n\n佐藤 健\nLINE ID: ken_sato88",
        // A domain is one site's name, whatever words it is made of.
        "Bonjour,\n\nJe souhaiterais vous inviter à rejoindre mon réseau sur club.alumni-rust.org.\n\nCordialement,\nMarc",
        // After a particle a word is a name part ("Saeed" is also "happy").
        "أود إضافتك إلى قائمة متراسلي.\n\nتحياتي،\nخالد بن سعيد",
        // A company line: its legal form frames whatever ordinary words
        // the company's name is made of.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nLena Vogt\nHead of Marketing\nBlau & Partner Werkzeugbau GmbH",
        "Chciałbym dodać Cię do listy kontaktów.\n\nPozdrawiam,\nAdam Kowal\nKowal Budowa Sp. z o.o.",
        // A company's name in a script without spaces: its letters weigh
        // as the few words they spell.
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\n\nขอบคุณครับ\nสมชาย ใจดี\nบริษัท ศรีสมบูรณ์การช่าง จำกัด",
        // A salutation frames a one-word name that is common elsewhere.
        "Selam Can! I'd like to add you to my professional network on LinkedIn.",
        "Hi Will,\n\nI'd like to add you to my professional network on LinkedIn.",
        // Pronouns a signature gives after the name.
        "I'd like to add you to my professional network on LinkedIn.\n\nCheers,\nSam Rivera (they/them)",
        "Ik wil je graag toevoegen aan mijn contactenlijst.\n\nGroetjes,\nLotte Jansen\nzij/haar",
        // Nobiliary particles inside a signature's name.
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\n\nBeste Grüße\nCarl Graf zu Solms",
        // Post-nominal letters after a comma.
        "Yth. Ibu Dr. Sri Wahyuni, M.Sc.,\n\nSaya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.",
        // Particles take no place of a name's six words.
        "Hola,\n\nMe gustaría añadirte a mi red profesional en LinkedIn.\n\nUn saludo,\nJosé Luis Fernández de la Vega y Ruiz",
        // A Thai given name and surname of fifteen letters in all.
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nขอบคุณค่ะ\nพิมพ์ชนก ศรีสุวรรณ",
        // A Khmer honorific before a name, and a Khmer letter closing.
        "ជម្រាបសួរ លោកស្រី សុខ ចន្ថា\n\nសូម\u{200B}អនុញ្ញាត\u{200B}ខ្ញុំ ដូច្នេះ\u{200B}ខ្ញុំ\u{200B}អាច\u{200B}បន្ថែម\u{200B}អ្នក\u{200B}នៅកាន់\u{200B}បញ្ជី\u{200B}មិត្តភក្ដិ\u{200B}របស់\u{200B}ខ្ញុំ ។\n\nដោយសេចក្តីគោរព\nសុខ ដារ៉ា",
        "I'd like to add you to my professional network on LinkedIn.",
        "hi sam id like to add you to my linkedin network",
        "Hello,\n\nI'd like to join your LinkedIn network.\n\nThanks,\nJo",
        "Bonjour Léa, je vous invite à faire partie de mon réseau professionnel sur LinkedIn. Bonne journée !",
        "Hola María: me gustaría añadirte a mi red profesional en LinkedIn. Un saludo",
        "Jo Lee here! Tox me maybe?",
        "Hallo! Ich würde dich gerne zu meiner Kontaktliste hinzufügen. LG",
        "Привет, это Ира! Добавите меня в друзья?",
        "Hi Sam, I’d like to add you as a contact.",
        "Please authorise me so I can add you to my buddy list. Cheers, Al",
        "I&#39;d like to add you to my professional network on LinkedIn.<br>- Ana",
        "Vorrei aggiungerti alla mia lista contatti.\n\nBest regards,\nNguyễn Văn An",
        // A headline's list segments may hold any word, and a version number.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMax Lindner\nResponsable Achats | Industrie 4.0",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen\n\nMit freundlichen Grüßen\nMaximilian Schäfer-Lindner\nHead of Procurement | Automotive | SAP S/4HANA",
        // Honorifics and greetings after a name, long Thai surnames, headlines
        // and footers in scripts without spaces.
        "张伟先生您好：\n\n我希望可以将您加入我的联系人列表中。",
        "我希望可以将您加入我的联系人列表中。\n\n赵晓东\n高级数据工程师 | AWS | Python",
        "이서연 님께,\n\n제가 당신을 친구 목록에 추가할 수 있도록 승인해 주십시오.",
        "เรียน คุณสมศักดิ์ วงศ์สวัสดิ์\n\nฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ",
        "สวัสดีค่ะ คุณธนพล เจริญสุข<br><br>ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ",
        "こんにちは、フレンドリクエストの受理お願いします\n\n私のiPhoneから送信",
        // A line of a script without spaces is read as far as one of as
        // many spaced words; an honorific glued to a name is no part of
        // its length; "thanks and regards" is one closing.
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nวรรณา ศรีสุข\nผู้จัดการฝ่ายขาย บริษัท สยามพลาสติกภัณฑ์ จำกัด",
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\n\nขอแสดงความนับถือ\nนางสาวพรรณวดี ทองคำ",
        "कृपया मुझे प्रमाणित करें तब मैं आपको अपने बड्डी सूची में रख सकता हूं.\nधन्यवाद एवं सादर\nराहुल शर्मा",
        // A business signature may give the company and the department
        // between the closing and the name.
        "私があなたを仲間リストに追加できるように承認してください。\nよろしくお願いいたします。\n株式会社みなと精機 技術部\n山本 健二",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen\n\nMit freundlichen Grüßen\nBrandt Logistik GmbH\nJana Berg",
        // Particles may open the short name after a thank-you.
        "I'd like to add you to my professional network on LinkedIn.\nCảm ơn chị Lan",
        "I'd like to add you to my professional network on LinkedIn. Cảm ơn anh Hùng Phạm",
        "I'd like to add you to my professional network on LinkedIn.\nThanks de Silva",
        "Hi,\n\nI want to invite you to join my network here on acme.org. Ana Lima",
        // A closing is no part of the spaced name after it on its line.
        "I'd like to add you to my professional network on LinkedIn.\n今後ともよろしくお願いいたします 佐藤 健",
        "I'd like to add you to my professional network on LinkedIn.\n谢谢 王 小明",
        // A name in a script without case on the stock text's line holds
        // three words; after a closing formula it may hold more (guards:
        // both read so before the rule).
        "আমার বন্ধু তালিকায় যোগ করার জন্য অনুগ্রহ করে আমাকে অনুমোদন করুন। রাকিব হাসান চৌধুরী",
        "مرحبا! الرجاء قبول طلب صداقة مع تحياتي محمد بن عبد الله العلي",
        // Balinese names open with "I" and a birth-order name or title,
        // "Ni" or "Ida".
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\nSalam,\nI Gusti Ngurah Agung Pratama",
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\nSalam,\nI Made Sukarta",
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\nSalam,\nNi Luh Putu Ayu",
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\nSalam,\nIda Bagus Oka",
        // A closing formula that ends with a closing phrase closes like it.
        "私があなたを仲間リストに追加できるように承認してください。\n今後ともよろしくお願い申し上げます 山田 花子",
        // A given name that is a verb of meeting; an honorific and a
        // gershayim are no words of a caseless name on the stock text's line.
        "I'd like to add you to my professional network on LinkedIn.\nRegards,\nMeet Patel",
        "कृपया मुझे प्रमाणित करें तब मैं आपको अपने बड्डी सूची में रख सकता हूं. श्री राम प्रसाद शर्मा",
        "I'd like to add you to my professional network on LinkedIn. ד\"ר משה לוי",
        // A closing is no part of the spaced Thai name after it on its line.
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nขอแสดงความนับถือ วิชัย ศรีวงศ์",
        // Quotes on a signature's lines hold a company or a nickname; a
        // Hebrew abbreviation's gershayim is no quote.
        "I'd like to add you to my LinkedIn network\n\nДмитрий «Дима» Козлов\nРуководитель отдела продаж / АО «Технопарк Групп»",
        "שלום ד\"ר אברהם כ\"ץ,\nברצוני להוסיף אותך לרשימת הקשר שלי.\nבברכה,\nמיכל לוי-שטרן",
    ]
    Personal: [
        // A sentence in small letters after the name that ends Wire's text
        // is no part of the name (round 38).
        "Hej Mette,\nLad os forbinde os på Wire.\nMette Hansen Jeg har stadig din paraply!",
        "Bok Ivana,\nPovežimo se na Wireu.\nIvan Horvat Još uvijek imam tvoj kišobran!",
        // A wish on an occasion of the reader's life, before or after it in
        // its clause, tells that the sender knows of it; so do
        // congratulations and wishes to get well alone (round 38).
        "I'd like to add you to my professional network on LinkedIn.\nGood luck with the new job!",
        "I'd like to add you to my professional network on LinkedIn.\nCongratulations on your new role",
        "Für den neuen Job alles Gute!",
        "Chciałbym dodać Cię do listy kontaktów.\nPowodzenia w nowej pracy!",
        "Vorrei aggiungerti alla mia lista contatti.\nBuona fortuna con il trasloco!",
        "Bonne chance pour le nouveau poste, Julie !",
        "Mucha suerte con la mudanza 🙂",
        "祝新工作顺利！",
        "새 직장에서도 화이팅!",
        "Yeni işinde başarılar dilerim!",
        "Удачи на новой работе!",
        "Get well soon, Anna!",
        "Gute Besserung!",
        "Seni kişi listeme eklemek isterdim\nGeçmiş olsun!",
        // A contraction written out changes nothing specific, and a given
        // name's word opening a remark is no name (round 36).
        "I would like to add you to my LinkedIn network. We met at the Lisbon PyCon sprint.",
        "I'd like to add you to my professional network on LinkedIn.\nWill call you about the flat on Monday",
        "I'd like to add you to my professional network on LinkedIn.\nMay the Porto launch go smoothly!",
        "I'd like to add you to my professional network on LinkedIn.\nHope the move to Leeds went well",
        "I'd like to add you to my professional network on LinkedIn.\nCan we talk about the Kraków offsite?",
        // A name that ends a platform's text takes no word with a common
        // use but a capitalised given name: a wish in its place is a
        // remark (round 36's review).
        "Hi Ann,\nLet's connect on Wire.\nHappy birthday!",
        "Hola Ana,\nAgrégame en Wire.\n¡Feliz cumpleaños!",
        "Let's connect on Wire. Happy birthday!",
        // Missing someone tells of a shared past (round 36's review).
        "I'd like to add you to my professional network on LinkedIn.\nMiss you guys",
        "Ich möchte Sie zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nIch vermisse euch!",
        "Je vous invite à faire partie de mon réseau professionnel sur LinkedIn.\nTu me manques !",
        "Chciałbym dodać Cię do mojej sieci kontaktów.\nTęsknię!",
        "Gostaria de adicionar você à minha rede profissional no LinkedIn.\nSaudades!",
        "Ik wil je graag toevoegen aan mijn contactenlijst.\nIk mis je!",
        // A congratulation names an occasion of the reader's (round 28).
        "Hallo, herzlichen Glückwunsch zur neuen Stelle als Teamleiterin!",
        // Beside a word of a field, a name (a capital in mid-sentence after
        // small letters) and a number keep their own reading, and a word of
        // shared history keeps the note personal.
        "Hi, I'm in the energy sector at Vattenfall.",
        "Hi, since 2015 in the energy sector and counting!",
        // A title alone may be anyone's; after a word that introduces a
        // role, the reader's is the reader's, the employer a name, and a
        // greeted name does not go on across a capital after words in
        // small letters (round 29).
        "Hi, about the graphic designer vacancy we discussed.",
        "Hi, your new role as chief financial officer suits you.",
        // A word of shared history beside a title that is no
        // self-introduction's, or beside the sender's own title, keeps
        // its reading (round 44).
        "Our project manager Anna suggested I reach out.",
        "Hi! My project manager said you could help with the migration.",
        "Thanks for the webinar, I'm a project manager too and loved it.",
        "Great meeting you at the project managers' dinner last Thursday!",
        "I'm the project manager who sat next to you at the meetup.",
        // A title made particular by a definite article or a possessive is
        // a role in a setting the note names (round 44).
        "As the workshop facilitator, thanks for your great questions!",
        "I'm the podcast host, thanks for coming on the show.",
        "Hola Juan, la coordinadora del evento me pidió que te contactara.",
        "Maria, la nostra project manager, mi ha detto di scriverti.",
        "I'm your new events coordinator.",
        // A list of content that names no channel, tells of a time past
        // or a thank-you, or holds the reader's things, particular ones
        // or a word of the reader's before it keeps its kinds of events
        // occasions shared; and so does a singular (round 45).
        "We love news, events and job offers.",
        "Our page had news, events and job offers last year.",
        "Thanks to our community for the news, webinars and tips!",
        "Follow our page for news, the events and job offers.",
        "Follow our page for your news, events and job offers.",
        "Hi Tom, you always send me great webinars, articles and tips on our page.",
        "Hi Sam, love the page. Great webinar, tips and insights!",
        // Seeing the reader again is a shared history (round 45).
        "Good to see you again!",
        "¡Qué gusto verte de nuevo!",
        "Рад снова тебя видеть!",
        "As an events coordinator you did great.",
        "As a project manager, it was a pleasure working with you.",
        "Hola, soy la coordinadora de eventos. Encantada de conectar.",
        // A particle that is a definite article, or an article elided onto
        // the word, makes the event a particular one; one that joins
        // clauses joins no title to the word after it.
        "Hola, soy coordinadora del evento. Encantada de conectar.",
        "Ciao, sono responsabile dell'evento. Felice di connettermi.",
        "Hola, soy profesora y conversamos. ¡Encantada de conectar!",
        "Olá, sou designer e conversamos. Vamos nos conectar?",
        "Hi, your lead data analyst as well!",
        "Hi, I'm a software engineer at Siemens with 10 years of experience.",
        "Merhaba, 10 yıldır Turkcell'de yazılım mühendisi olarak çalışıyorum.",
        "Bonjour, ingénieur process chez Airbus depuis 9 ans. Au plaisir d'échanger.",
        // After a phrase of a pursuit, a word that is no title's, or one
        // written as a name (a capital, then small letters), even a listed
        // product's, names an employer; a shared history is one; a list's
        // item written as a name ends the list (round 42).
        "Specialised in SEO at Zalando. Would be great to connect!",
        "Hi, specialised in sales at Salesforce.",
        "Hola, especialista en Oracle.",
        "Passionate about ML, would love to hear how your team at DeepMind does evaluation.",
        "Hi, focused on sales, Engineering mentioned your API fix.",
        // A headline holds no word the vocabulary lacks (an employer, a
        // school, a town in any case), no name (a capital in mid-sentence
        // or after a comma), no acronym, no shared history, nothing of the
        // reader's (praise before the title), no question and at most four
        // parts; one that ends the note is a name's or a signature's; a
        // capital that opens a sentence may be a name beside a field's
        // word (round 41).
        "Software engineer, acme. Happy to connect.",
        "Jefe de obra en Acciona | infraestructuras. Encantado de conectar.",
        "Docent geschiedenis, Stedelijk Gymnasium Leiden. Graag connecten.",
        "KPN accountmanager zakelijke markt hier. Graag connect ik met je!",
        "삼성 개발자, 10년 경력. 연결 부탁드립니다.",
        "Chef de projet chez l'oréal. Ravi d'échanger.",
        "Wedding photographer, remember me? Happy to connect.",
        "Brilliant author, loved the novel. Happy to connect.",
        "Kepala cabang baru? Selamat ya, Pak!",
        "Sviluppatore software.",
        "Hello! Glad to connect. Engineer, 5 years of experience.",
        "Hello! Engineer, Great, 5 years of experience. Glad to connect.",
        "Hello! Engineer, manager, director, consultant, analyst. Glad to connect.",
        "Vattenfall energy sector veteran. Happy to connect.",
        "Great to meet you at the energy sector summit in Oslo!",
        // A capital in mid-sentence, after a word in small letters, names
        // someone in a language that capitalises only names, whatever
        // template word's stem the name meets ("Javier", "Claire", "Marc").
        "Hola Ana,\ngracias por el contacto de Javier.",
        "Me gustaría añadirte a mi red profesional en LinkedIn.\nMuchísimas gracias por el contacto de Javier",
        "Bonjour ! Pourriez-vous m'ajouter à votre liste de contacts ?\nBonne journée à toi et à Marc",
        // A quoted title of common words is no name in a stock text's
        // leading slot, nor does a slot end inside one.
        "Thanks for \"Great insights\"!\n\nVorrei aggiungerti alla mia rete professionale su LinkedIn.",
        "Loved \"Genuine here\"!\n\nTox me maybe?",
        // A pitch that tells of a shared history, or one offered to no
        // organisations in general, stays personal.
        "Hello, we help logistics companies cut fuel costs. Great meeting you at ProMat yesterday!",
        "Hello, we help logistics companies cut fuel costs. Thanks for the call last week!",
        "Hello, we help our neighbours in Tartu with firewood.",
        "안녕하세요. 저희는 중소기업 대상 업무 자동화 서비스를 제공하고 있습니다. 어제 판교 밋업에서 뵙게 되어 반가웠습니다.",
        "您好，我们为中小企业提供财务外包服务。昨天在深圳的峰会上和您聊得很愉快。",
        "Hi, we offer a simple scheduling tool for small businesses. Great meeting you at the Malmö meetup!",
        "Hi, we are hiring senior engineers for our new Lisbon office. Great chatting with you at RustConf!",
        // A piece of a developer's work is the reader's work too.
        "Hi Ana, your PR to serde fixed our build. We are hiring Rust engineers in Porto, would love to chat.",
        "Hallo Jonas, dein Repo mit den Parsern hat uns sehr geholfen. Wir suchen Entwickler in Graz.",
        // A pitch's phrase stands in one sentence: "suchen. Wir" is no
        // "suchen wir" (we are looking for).
        "Guten Tag Frau Kaur, Jonas Weber erwähnte, dass Sie neue Grafiker suchen. Wir gestalten Marken für Unternehmen aus Graz.",
        "नमस्ते, हम छोटे व्यवसायों को ऑनलाइन बिक्री बढ़ाने में मदद करते हैं। कल पुणे मीटअप में आपसे मिलकर अच्छा लगा।",
        // A thank-you for a favour is no name, in the sender's slot too
        // (thanks for your help; for the tip).
        "Hei Tom,\nKeskustellaan Wiressä.\nKiitos avustasi",
        "Hei Tom,\nKeskustellaan Wiressä.\nKiitos paljon vinkistä Anna",
        // Four words and more in a script without case on the stock text's
        // line are a sentence (saw your photos of the Sajek valley).
        "আমার বন্ধু তালিকায় যোগ করার জন্য অনুগ্রহ করে আমাকে অনুমোদন করুন। তোর সাজেক ভ্যালির ছবিগুলো দেখলাম",
        // A title in Chinese or Korean title marks is no unfilled
        // placeholder: it names the reader's work.
        "你好，你在QCon北京分享的《灰度发布实践》对我们帮助很大，想和你建立联系。",
        // A long run alone after a closing is no name (how are you; miss
        // you a lot, dear friend).
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nขอบคุณครับ\nสบายดีไหม ครับ",
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nด้วยความเคารพ\nคิดถึงมาก เพื่อนรัก",
        // What follows a thank-you in the alphabets of Southeast Asia may
        // say what for (thanks, the khao piak was delicious).
        "I'd like to connect with you on LinkedIn.\nຂອບໃຈ ເຂົ້າປຽກ ແຊບຫຼາຍ",
        // A passage in double quotes is a title or someone's words,
        // however ordinary its words.
        "Li seu artigo \"Open Finance na prática: o que aprendemos em um ano\" e achei excelente. Adoraria me conectar com você.",
        "Loved “What we learned in one year” – so true. Let's connect!",
        // Meeting the reader's people is a shared history; so are relations
        // ("cousin of Pere and Marta", "younger sibling of I Made …").
        "So nice to meet the people you work with.",
        "Danke, dass ich die Leute aus Ihrem Team kennenlernen durfte.",
        "Voldria afegir-te a la meva llista de contactes.\nFilla de Jordi i Montse",
        "Voldria afegir-te a la meva llista de contactes.\nAmics de Pere i Marta",
        "Saya ingin menambahkan Anda ke jaringan profesional saya di LinkedIn.\nAdik I Made Sudarsana",
        "Claire m'a transmis tes coordonnées.",
        // One piece of the reader's work is a specific thing to name.
        "He leído tu artículo y me ha gustado mucho. ¡Conectemos!",
        "Ho letto il tuo articolo, molto interessante!",
        // A third person passing on the reader's contact is a shared history.
        "Thanks\nRavi gave me your number",
        "Ravi sent me your profile",
        // A signature's name words share their case: small words before a
        // capitalised one after a closing are a remark (greetings to your
        // sister Karin; thanks for introducing me to Anna). A capital does
        // not make an adjective or a wish a first name.
        "Jag vill lägga till dig i min kontaktlista.\n\nHälsningar till din syster Karin",
        "Szeretnélek felvenni az ismerőseim közé.\nKöszönöm, hogy bemutattál Annának",
        "I'd like to add you to my professional network on LinkedIn.\n\nCheers,\nAwesome Berlin",
        "I'd like to add you to my professional network on LinkedIn. - Happy Diwali",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nFrom Lisbon",
        "I'd like to add you to my professional network on LinkedIn.\n\nViele Grüße\nAus Hamburg",
        // A remark between the closing and the name is no company line,
        // even with a company's legal form in it; nor a label's "handle"
        // that a sentence goes on after.
        "I'd like to add you to my professional network on LinkedIn.\nKind regards\nCongrats on the Siemens AG promotion\nTom Fischer",
        "Ich möchte Sie zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen\nMit freundlichen Grüßen\nGlückwunsch zur Beförderung bei der Müller GmbH!\nJana Berg",
        "I'd like to connect with you on LinkedIn.\nThanks\nCongrats on becoming manager, bro!\nRaj",
        "Nire kontaktu-zerrendara gehitu nahi zaitut.\nEskerrik asko\nZure telefonoa Ainhoak eman zidan",
        // An honorific opens no sentence read as a name ("the prime
        // minister said it was very good").
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\n\nขอแสดงความนับถือ\nนายกรัฐมนตรีพูดว่าดีมาก",
        // A piece of the recipient's work is no word of outreach; working
        // together and being told of someone are a shared history.
        "Your checklist for onboarding new hires saved me a whole afternoon. Thanks for sharing it!",
        "你好，我们曾经一起工作过，加个好友吧。",
        "以前、同じプロジェクトでご一緒しました。",
        "أهلاً، أخبرتني سارة أنك تبحث عن مستشار",
        // Shared history stays shared history: a wedding where we met, an
        // exhibition; a favour after a thank-you, though it is a template's
        // word too.
        "မင်္ဂလာပွဲမှာ တွေ့ခဲ့တယ်",
        "ပြပွဲမှာ တွေ့ခဲ့ပါတယ်",
        // Nor is a phrase of shared history in these scripts a place, an
        // organisation or a label on a signature's line.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nAna Lima\nResearch Scientist\nတွေ့ခဲ့ကြတယ်",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nAna Lima\nResearch Scientist\nStadtwerke Ludwigshafen တွေ့ခဲ့ကြတယ်",
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\n\nขอบพระคุณสำหรับคำแนะนำเรื่องงานค่ะ",
        // After a closing on its line, a name in Han or kana is four
        // characters at most; after a thank-you, two parts at most.
        "I'd like to add you to my professional network on LinkedIn.\nよろしくお願いします 札幌 ラーメン",
        "I'd like to add you to my professional network on LinkedIn.\n谢谢 杭州 西湖 聚餐",
        "I'd like to add you to my professional network on LinkedIn.\n谢谢你的帮助",
        // The last part of a domain is no abbreviation: its full stop ends
        // the site's name.
        "Hi,\n\nI want to invite you to join my network here on acme.org. Saudade do churrasco em Porto Alegre",
        // A thank-you for a favour tells of a real exchange.
        "I'd like to add you to my professional network on LinkedIn.\nThanks for the advice on my CV",
        // In any form of the thank-you, for a favour that is an act, read
        // by its stem.
        "I'd like to add you to my professional network on LinkedIn.\nThanks again for covering for me!",
        "I'd like to add you to my professional network on LinkedIn. Cheers for picking me up!",
        "Hi Maria, I wanted to thank you for helping me move.",
        "Chciałem ci podziękować za pomoc.",
        // Words that elsewhere say a favour is still to come ("if",
        // "any", "schon mal") do not here.
        "Thanks for asking if I needed help with the move.",
        "En cualquier caso gracias por la ayuda.",
        "Danke für die schon mal geleistete Hilfe.",
        "I never got any chance to thank you for the help.",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nIch wollte mich noch bei dir bedanken für die Hilfe.",
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\nDanke für die Empfehlung",
        "I'd like to add you to my professional network on LinkedIn.\nthanks 팁",
        // No name holds a phrase of shared history, in a script without
        // spaces either ("会议": meeting, "上周": last week).
        "I'd like to add you to my professional network on LinkedIn.\n东京会议",
        "I'd like to add you to my professional network on LinkedIn.\n谢谢 上周 北京 大会",
        "I'd like to add you to my professional network on LinkedIn.\nよろしくお願いいたします 東京 会議 資料",
        // What follows a thank-you may say what for.
        "I'd like to add you to my LinkedIn network\n\nTakk fyrir tenginguna við Jón",
        "I'd like to add you to my LinkedIn network Takk fyrir tenginguna við Jón",
        // A thank-you of several words is no part of a name, though no
        // list holds its words alone (the third word in small letters:
        // three capitalised alike after a thank-you are a name).
        "I'd like to add you to my LinkedIn network.\nCảm ơn Tartu Zomba dilijan",
        "I'd like to add you to my LinkedIn network. Eskerrik asko Mikelekin harremanetan jartzeagatik",
        // A kind of organisation that is also a word of shared history
        // names one only beside its name, never in a remark.
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna Schmidt\nOld university friend",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nSchool reunion 2009",
        // A sentence about a number, a place or a link is no contact or
        // address line.
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nSee you at Kungsgatan 24 on Friday!",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nThanks for the tour of Industriestraße 12 yesterday",
        // A tie to someone or a referral, under the signature's name, is a
        // remark, not a name or a footer.
        "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.\n\nJulia Brandt\nSchulfreundin von Tom",
        "Je voudrais vous ajouter à ma liste de contacts.\n\nCamille Roy\nde la part de Paul Girard",
        "Jag vill lägga till dig i min kontaktlista.\n\nSara Lind\nvän till Erik Holm",
        // A line of names right after a signature's name may be a remark,
        // not the employer: only a headline frames such a line.
        "I'd like to join your LinkedIn network.\n\nAnna\nKubeCon in Paris",
        "I'd like to join your LinkedIn network.\n\nAnna Lee\nData Engineer\nSee you in Lisbon",
        "I'd like to join your LinkedIn network.\n\nAnna Lee\nData Engineer\nBerlin, next week?",
        // Nor does a line of names that holds a function word, a word
        // glued to a remark, or a short word after a comma (found by
        // review).
        "I'd like to join your LinkedIn network.\n\nAnna Lee\nData Engineer\nOkavango Labs\nWedding in Rome",
        "I'd like to join your LinkedIn network.\n\nAnna Lee\nData Engineer\nOkavango Labs\nKubeCon Paris,yesterday",
        "I'd like to join your LinkedIn network.\n\nAnna Lee\nData Engineer\nOkavango Labs\nParis, ok",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nTel. 030 1234567. Loved your talk on Rust!",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nCall me about the Lisbon flat: +351 912 345 678",
        // Beside a number, a name or an everyday word of no note is a
        // remark, not a note on how it reaches the sender (round 35).
        "I'd like to add you to my LinkedIn network\n\nLiebe Grüße\nJonas Weber\n+43 660 7654321 (from the Lisbon trip)",
        "I'd like to add you to my LinkedIn network\n\nLiebe Grüße\nJonas Weber\nWhatsApp +43 660 7654321 (Anna's friend)",
        "I'd like to add you to my LinkedIn network\n\nLiebe Grüße\nJonas Weber\nWhatsApp +43 660 7654321 (great talk yesterday)",
        "I'd like to add you to my LinkedIn network\n\nLiebe Grüße\nJonas Weber\n+43 660 7654321 (die neue Wohnung, Samstag)",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nSam Ortiz\nMobile: +1 415 555 0199 (demo Friday)",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nSam Ortiz\n+1 415 555 0199 – Sunday Lisbon",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnna\nhttps://example.org/slides has the deck we discussed",
        "Hi Maria, great meeting you at the Berlin product meetup yesterday!",
        "Hey, we were on the same panel at PyCon. Let's keep in touch.",
        "Hi John, Sarah Chen suggested I reach out about the data engineer role.",
        "Congrats on the Series A! Would love to hear how you scaled the team.",
        "I enjoyed your podcast episode on burnout in nursing.",
        "Bonjour, nous nous sommes rencontrés au salon VivaTech la semaine dernière.",
        "Hola Ana, tu charla en el congreso de Sevilla fue increíble.",
        "Hallo Jan, danke für den Vortrag über Wärmepumpen in Hamburg!",
        "Ciao Marco, ho letto il tuo articolo sulla blockchain nel settore alimentare.",
        "We both studied at Universidad de Chile; I'd like to connect.",
        "Thanks for the coffee chat last week, here's the link to the report.",
        "Hi, I'm organising the Leeds women in tech meetup and would love you to speak.",
        "Hi! Your 2023 salary survey helped me negotiate my offer.",
        "I'd like to add you to my network. Your book on negotiation changed my career.",
        "Hi Bob, as promised at dinner, here's my invite.",
        "I'd like to join your LinkedIn network. Loved your Rust talk!",
        "Hi from PyCon, I'd like to add you to my network.",
        "I'd like to join your LinkedIn network. Loved the talk",
        "I'd like to join your LinkedIn network.\nLoved the talk on it",
        "We shipped version 2.5 last week, thanks for the review!",
        // An inflected history word beside something specific keeps a
        // pasted template personal.
        "Hi [Name], thanks for the webinars in Leeds!",
        "[Имя], спасибо за встречу в Казани!",
        "张伟先生您好：我们上周在深圳聊过。",
        "ฉันต้องการเพิ่มคุณในรายชื่อผู้ติดต่อ\nเจอกันที่งานสัมมนาเมื่อวาน",
        "BarCamp Yangon မှာ ဟောပြောပေးတာ ကျေးဇူးပါ!",
        // A company line frames a company's name, never a shared history.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest regards,\nLena Vogt\nBlau GmbH, we met at the Hannover fair",
        "Hi Will, we met at RustConf!",
        // English "met", French "hier" (yesterday): shared history; with
        // nothing before to tell its language, a homograph is history.
        "Great to have met you!",
        "Merci pour hier !",
        "Ravi de vous avoir vu hier, au plaisir",
        "Hier ist mein Profil",
        "डॉ. वर्मा जी, कल की मीटिंग के लिए धन्यवाद!",
        // Only the homograph's own sentence tells its language, and a
        // greeting in another language does not.
        "Hoi, we met!",
        "Hoi Sanne, we met.",
        "Groetjes! We met.",
        "Hoi [Name], we met at RustConf",
        "Hallo [Name], leuk je te zien. We met at RustConf",
        // A tag before the greeting names no reader, so a question may
        // still ask of a shared past; and a history told is one.
        "[EN] Hi Maria, did we meet at the Lisbon meetup last spring?",
        "[EN]Hi Maria, did we meet at the Lisbon meetup last spring?",
        "[Update] Tom, are you coming to the Berlin meetup again?",
        // A note greeting a name of its own was filled in for its reader:
        // text in brackets as prose writes them is an aside, a tag or an
        // attachment there, whatever the note tells.
        "Ciao Paolo, rido ancora della tua descrizione del Chianti come «un vino da ingegnere» [sic]. Ti va?",
        "Hoi Femke, hierbij de foto's van onze fietstocht [foto's]. Ga je weer mee?",
        "[DE] Hallo Stefan, lange nicht gesehen! Erinnerst du dich noch an Karlsruhe?",
        "Merhaba Can, [Hatırlatma] annenin börek tarifini bana söz vermiştin!",
        "أهلًا نور [يلوّح]، نحن في فريق التطوع نفسه في بنك الطعام بالشارقة.",
        "佐藤さん、先日の写真です［写真］。また行きましょう！",
        "Tom, I finally did it <grin> thanks for the push at PyCon!",
        "Andrey, my script prints {error} again, just like at the Kazan hackathon. {laughs}",
        "Hi [Name], great to meet you at RustConf in Montreal. Coffee next week?",
        "{{first_name}}, we met at the Hannover fair last year. Let's catch up!",
        // A talk to come in another clause, or one that continues or
        // repeats a talk that happened, leaves the history told; so does a
        // thank-you for an invitation (round 43).
        "Hi [Name], great meeting you at RustConf, let's grab a coffee next week.",
        "Hi [Name], great meeting you at RustConf and let's grab a coffee next week.",
        "Hi {{first_name}}, let's continue our chat from the Spotify meetup in Stockholm.",
        "Bonjour {{prenom}}, prenons un autre café comme celui d'hier au salon de Lyon.",
        "Hi [Name], thanks for inviting me to the Kraków Rust meetup!",
        // So is a thank-you beside something specific, with no word of
        // shared history ("the tour").
        "Hi [Name], thanks again for the tour of the Gdańsk shipyard on Saturday!",
        // A listed headline segment is a label of a few words, never a
        // sentence that speaks to the reader.
        "I'd like to join your LinkedIn network.\n\nMaria Costa\nData Lead · watched your keynote on lakehouses · would love to swap notes",
        // A pronoun keeps a signature a signature, never a sentence.
        "I'd like to add you to my professional network on LinkedIn.\n\nCheers,\nSam Rivera\nthey met you at RustConf",
        // A word with a common use is no name's first or middle part: case
        // is never looked at, and a remark after a closing would read as
        // a name.
        "I'd like to add you to my professional network on LinkedIn.\n\nLoved RustConf",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnna can help",
        "I'd like to add you to my professional network on LinkedIn.\n\nCheers,\nAwesome PyCon",
        "Hi Anna from PyCon, I'd like to add you to my professional network on LinkedIn.",
        // An employer's name is a few words right after the title, never
        // a remark of everyday words, and never a later segment (found by
        // review).
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAna Lima\nHead of Marketing – old neighbour in Denver",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAna Lima\nProduct Designer, helped Tom with the Postgres upgrade",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAna Lima\nEngineer at Acme – old neighbour in Denver",
        "我想将您添加到我的联系人列表。\n\n李明\n产品经理 | 谢谢你的帮助",
        // A given name of two syllables in a script of India is no
        // initial: the full stop after it ends the greeting.
        "ನಮಸ್ಕಾರ ರವಿ. ಹಂಪಿ ಕವಿತೆ ತುಂಬಾ ಸುಂದರವಾಗಿದೆ.\nನಾನು ನಿನ್ನನ್ನು ನನ್ನ ಸಂಪರ್ಕ ವಿಳಾಸಗಳ ಪಟ್ಟಿಗೆ ಸೇರಿಸಲು ಬಯಸುತ್ತೇನೆ.",
        "Hi रवि. Jaipur Kafka migration,\n\nI'd like to add you to my professional network on LinkedIn.",
        // An apostrophe after a full stop does not glue the next word to
        // the one before it.
        "Hi Ann, I'd like to add you to my professional network on LinkedIn. Cheers.'yesterday",
        // An employer's name never holds words that speak to the reader.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMichael O'Brien\nHead of Marketing, thanks for the intro last week",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nMichael O'Brien\nHead of Marketing, still using your Kafka scripts",
        // A name of several words is never exclaimed or asked: after or
        // before a stock text, such a line is a remark.
        "Jag vill lägga till dig i min kontaktlista.\n\nKaspi Arena Almaty!",
        "Kaspi Arena Almaty!\n\nJag vill lägga till dig i min kontaktlista.",
        "Jag vill lägga till dig i min kontaktlista.\n\nAnna Lind?",
        // A public body's line frames its name, never a remark.
        "Vorrei aggiungerti alla mia rete professionale su LinkedIn.\n\nCordiali saluti,\nMarco Bianchi\nRegione Lombardia – grazie per l'incontro di ieri",
        "I'd like to add you to my professional network on LinkedIn.\n\nKind regards,\nSarah Jones\nCity Council – thanks for the walk round the depot",
        // A company's name is made of names, not of words that speak to
        // the reader.
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnn Lee\nAcme GmbH | loved your book on Rust",
        // A phrase of shared history is no name, though each of its words
        // alone may be one no list holds, an initial or a greeting
        // ("i dag": today; "dag": a Dutch greeting).
        "I'd like to add you to my professional network on LinkedIn.\n\nwythnos diwethaf Caerdydd",
        "i dag Bergen – I'd like to add you to my professional network on LinkedIn.",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAna\nCaerdydd, wythnos diwethaf",
        // Nor a word of a contact line ("ar": a country code).
        "Hi, سلام Sam,\nبیا باهم تو Wire گپ بزنیم.\nAna Lima ar maidin Tartu",
        // Nor a phrase of shared history that some language also lists as
        // a closing ("ci sentiamo": talk soon, or we are in touch), though
        // its first word is a title ("CI"): on a headline line it is a
        // remark.
        "Hei! Hyväksythän ystäväpyyntöni. ci sentiamo Tartu",
        "Hei! Hyväksythän ystäväpyyntöni!! ci sentiamo Tartu",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnn Lee\nCI Lead, ci sentiamo a Tartu",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnn Lee\nCI Lead\nci sentiamo Tartu",
        // Nor a device footer ("फोन गरेको": phoned; "फोन": phone).
        "Hi - Szeretnélek felvenni az ismerőseim közé. फोन गरेको Tartu",
        // Nor an everyday word that is also one of shared history ("co
        // worker"): never a name, and on a headline a remark, though "Co"
        // names a company. (So a title holding it reads as a remark too,
        // the safe direction: "Co-worker Relations Manager".)
        "我是 Ana Lima！我们用 Tox 聊天吧？ co worker Tartu",
        "co worker Tartu Sam, please add me to your LinkedIn network",
        "co worker Tartu\nVorrei aggiungerti alla mia rete professionale su LinkedIn.",
        "I'd like to add you to my professional network on LinkedIn.\n\nBest,\nAnn Lee\nCI Lead, co worker in Tartu",
        "I'd like to add you to my professional network on LinkedIn.\n\nAnn Lee\nCo-worker Relations Manager\nIKEA",
        // Nor a name a stock text's slot takes ("Ana Lima ci sentiamo").
        "Hej,\n\nJeg vil gerne invitere dig til mit netværk her på https://acme.example/invite/8Kd2.\n\nProfil-link : https://acme.example/u/ana-lima\n\nMed venlig hilsen,\nAna Lima ci sentiamo Tartu",
    ]
};

#[test]
fn notes_written_for_this_table_get_their_kind() {
    let detector = GreetingDetector::new();
    let failures: Vec<String> = TABLE
        .iter()
        .filter_map(|&(expected, note)| {
            let got = detector.classify(note);
            (got != expected).then(|| format!("{note:?}: expected {expected}, got {got}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
