use std::ops::Range;

/// What sort of quotation a [`Quote`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A whole quoted sentence or sentences: `“We will win,” she said.`
    Direct,
    /// A quoted fragment inside the writer's own sentence: `called it “unacceptable”`.
    Partial,
    /// Reported speech without marks: `Merkel said the EU does not recognize the outcome.`
    Indirect,
}

impl Kind {
    /// The lowercase name used in tables: `direct`, `partial` or `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
        }
    }
}

/// What kind of words name a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name, possibly with a title or role before it: `Kremlin spokesman Dmitry Peskov`.
    Name,
    /// A personal pronoun: `he`, `she`, `they`.
    Pronoun,
    /// A description or role without a name: `the Belarusian leader`, `a senior official`.
    Description,
    /// An organisation or institution: `the Kremlin`, `the EU`, `China's foreign ministry`.
    Organisation,
}

impl MentionKind {
    /// The lowercase name used in tables and snapshots.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Pronoun => "pronoun",
            MentionKind::Description => "description",
            MentionKind::Organisation => "organisation",
        }
    }
}

/// The words in the text that name a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the whole mention in the article, roles and titles included.
    pub span: Range<usize>,
    /// The mention as written, with line breaks folded to spaces.
    pub text: String,
    /// Byte range of the proper name inside the mention (`Dmitry Peskov` in
    /// `Kremlin spokesman Dmitry Peskov`), when there is one.
    pub name: Option<Range<usize>>,
    /// What sort of words these are.
    pub kind: MentionKind,
}

/// The id of the attribution pattern that matched; written to the output as [`Rule::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// `“Q,” said Peskov.`
    QuoteCueSpeaker,
    /// `“Q,” Lukashenko told officials.` / `“Q,” he said.`
    QuoteSpeakerCue,
    /// `Scholz told lawmakers: “Q”` / `Peskov said, “Q”`
    SpeakerCueIntro,
    /// The second half of `“Q1,” said Lavrov, “Q2.”`
    Split,
    /// `“Q” — Commissioner Geoffrey Starks`
    DashSignoff,
    /// `according to X, …` and `…, according to X.`
    AccordingTo,
    /// A quoted sentence with no attribution of its own that follows an attributed one.
    Continuation,
    /// A quoted fragment inside reported speech: `X added that … “Q” …`.
    PartialInIndirect,
    /// A quoted fragment in a sentence whose subject uses a cue verb: `X described it as “Q”`.
    PartialCue,
    /// A quoted fragment in a sentence with no reporting verb, given to the sentence's subject:
    /// `Lukashenko ordered troops “to prevent the flow of militants.”`
    PartialSubject,
    /// `X said (that) …` / `X told reporters (that) …`
    IndirectCue,
    /// `…, X said.` / `…, said X.`
    IndirectTrailing,
    /// `<tweet author="X">…</tweet>`: a post embedded in the page, its author's words.
    EmbeddedPost,
    /// Words in marks in a headline that the story quotes again with a speaker: `Rail workers
    /// to strike over 'insulting' pay offer` … `Tully called the offer “insulting”`.
    Repeated,
}

impl Rule {
    /// The stable rule id written to tables and snapshots.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::QuoteCueSpeaker => "quote-cue-speaker",
            Rule::QuoteSpeakerCue => "quote-speaker-cue",
            Rule::SpeakerCueIntro => "speaker-cue-intro",
            Rule::Split => "split",
            Rule::DashSignoff => "dash-signoff",
            Rule::AccordingTo => "according-to",
            Rule::Continuation => "continuation",
            Rule::PartialInIndirect => "partial-in-indirect",
            Rule::PartialCue => "partial-cue",
            Rule::PartialSubject => "partial-subject",
            Rule::IndirectCue => "indirect-cue",
            Rule::IndirectTrailing => "indirect-trailing",
            Rule::EmbeddedPost => "embedded-post",
            Rule::Repeated => "repeated",
        }
    }
}

/// Who a quotation is attributed to, and by which words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The words naming the speaker. For a [`Rule::Continuation`] this is the mention of the
    /// quotation it continues.
    pub mention: Mention,
    /// Byte range of the attributing words (`told reporters`, `said`, `according to`), if any.
    pub cue: Option<Range<usize>>,
    /// The cue as written (`said`, `according to`); empty when there is none.
    pub cue_text: String,
    /// The pattern that matched.
    pub rule: Rule,
}

/// One quotation found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, partial or indirect.
    pub kind: Kind,
    /// Byte range of the raw quotation in the article: inside the marks for direct and partial
    /// quotes (from the first paragraph's opening mark to the last closing mark for a
    /// multi-paragraph quotation), the reported clause for indirect ones.
    pub span: Range<usize>,
    /// The quotation, clean: no marks, no layout debris, lines joined, hyphenation repaired.
    pub text: String,
    /// Who said it, when the text says.
    pub attribution: Option<Attribution>,
}

/// What a [`Diagnostic`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// An opening mark whose partner never came before the paragraph ended.
    UnclosedQuote,
    /// A closing mark with no opening mark before it in the paragraph.
    UnopenedQuote,
}

impl DiagnosticKind {
    /// A short stable id for tables and snapshots.
    pub fn as_str(self) -> &'static str {
        match self {
            DiagnosticKind::UnclosedQuote => "unclosed-quote",
            DiagnosticKind::UnopenedQuote => "unopened-quote",
        }
    }
}

/// Something the parser recovered from, with the bytes it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What happened.
    pub kind: DiagnosticKind,
    /// Byte range in the article.
    pub span: Range<usize>,
    /// A sentence for people.
    pub message: String,
}

/// The result of [`parse`](crate::parse): quotations in text order, and diagnostics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Quotations sorted by start offset.
    pub quotes: Vec<Quote>,
    /// What the parser recovered from, sorted by start offset.
    pub diagnostics: Vec<Diagnostic>,
    /// Byte spans, marks included, of titles, names, handles and terms in marks that are words
    /// of the writer's sentence rather than quotations (`starred in “Broad City”`, `on NBC's
    /// “Meet the Press”`, `the so-called “green levy”`: one or two words nobody is said to
    /// say), sorted by start offset.
    pub titles: Vec<std::ops::Range<usize>>,
}

impl Parsed {
    /// The strict view: the quotations, or the first diagnostic if the parser had to recover.
    pub fn as_result(&self) -> Result<&[Quote], &Diagnostic> {
        match self.diagnostics.first() {
            Some(d) => Err(d),
            None => Ok(&self.quotes),
        }
    }
}
