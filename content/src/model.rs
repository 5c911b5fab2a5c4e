//! One set of types serves both sides: at build time (feature `load`) they are deserialised
//! from JSON into owned `Cow`s; in the widget they are constants baked by `bake`, whose texts
//! and lists are plain `&'static` references. Code reads a text as `&*text` on both sides.

#[cfg(feature = "load")]
use std::borrow::Cow;

/// Text: owned after parsing (feature `load`), a plain reference to a baked constant in the
/// widget, where a `Cow` would cost a check at every use.
#[cfg(feature = "load")]
pub type Text = Cow<'static, str>;
#[cfg(not(feature = "load"))]
pub type Text = &'static str;
/// A list, like [`Text`].
#[cfg(feature = "load")]
pub type List<T> = Cow<'static, [T]>;
#[cfg(not(feature = "load"))]
pub type List<T> = &'static [T];

/// A baked text or list constant (`baked!("…")`, `baked!(&LIST_3)`), whichever [`Text`] and
/// [`List`] are. A macro rather than a function: a function call cannot build a `static`.
#[cfg(feature = "load")]
#[macro_export]
macro_rules! baked {
    ($value:expr) => {
        ::std::borrow::Cow::Borrowed($value)
    };
}
#[cfg(not(feature = "load"))]
#[macro_export]
macro_rules! baked {
    ($value:expr) => {
        $value
    };
}

/// Declares a content struct; with `load` it also derives `Deserialize` (rejecting unknown
/// fields) and implements `Bake`, so adding a field is a one-line change.
macro_rules! content_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* pub $field:ident : $ty:ty,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[cfg_attr(feature = "load", derive(serde::Deserialize))]
        #[cfg_attr(feature = "load", serde(deny_unknown_fields))]
        pub struct $name { $($(#[$fmeta])* pub $field: $ty,)* }

        #[cfg(feature = "load")]
        impl crate::bake::Bake for $name {
            fn bake(&self, out: &mut String, lists: &mut crate::bake::SharedLists) {
                out.push_str(concat!("crate::content::", stringify!($name), " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out, lists);
                    out.push(',');
                )*
                out.push('}');
            }

            fn type_name() -> String {
                concat!("crate::content::", stringify!($name)).into()
            }
        }
    };
}

/// Declares a content enum of unit variants, spelt in kebab-case in the JSON files.
macro_rules! content_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[cfg_attr(feature = "load", derive(serde::Deserialize))]
        #[cfg_attr(feature = "load", serde(rename_all = "kebab-case"))]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        #[cfg(feature = "load")]
        impl crate::bake::Bake for $name {
            fn bake(&self, out: &mut String, _: &mut crate::bake::SharedLists) {
                out.push_str(match self {
                    $(Self::$variant => concat!("crate::content::", stringify!($name), "::", stringify!($variant)),)*
                });
            }

            fn type_name() -> String {
                concat!("crate::content::", stringify!($name)).into()
            }
        }
    };
}

content_struct! {
    /// Everything the widget can show: every locale, each with every story.
    pub struct Catalogue {
        pub locales: List<Locale>,
    }
}

content_struct! {
    /// One language: the widget's own wording and every story written in it.
    pub struct Locale {
        /// Language code from the file name, e.g. `en` for `interface.en.json`.
        #[cfg_attr(feature = "load", serde(skip))]
        pub code: Text,
        pub interface: Interface,
        #[cfg_attr(feature = "load", serde(skip))]
        pub stories: List<Story>,
    }
}

content_struct! {
    /// The widget's own wording (buttons, headings, labels), from `interface.{locale}.json`.
    pub struct Interface {
        /// The language's name in itself, shown on the language switch ("Nederlands").
        pub language_name: Text,
        pub language_switch_label: Text,
        pub kicker: Text,
        pub details_heading: Text,
        pub publisher_label: Text,
        pub kind_label: Text,
        pub published_label: Text,
        pub reading_time_label: Text,
        pub audience_label: Text,
        pub level_label: Text,
        pub impact_label: Text,
        pub why_it_matters_label: Text,
        pub tags_label: Text,
        pub tabs_label: Text,
        pub pillar_number_prefix: Text,
        pub terms_hint: Text,
        pub quotes_heading: Text,
        pub claims_heading: Text,
        pub claim_reported_by: Text,
        pub claim_verdict_label: Text,
        pub questions_heading: Text,
        pub sources_heading: Text,
        pub source_label: Text,
        /// "Sources", before the numbers of a citation naming several.
        pub sources_label: Text,
        pub primary_source: Text,
        pub secondary_source: Text,
        /// The mark of a source that is not one of the documents the story was built from.
        pub external_source: Text,
        pub analysis_heading: Text,
        /// Says whose reading the analysis is.
        pub analysis_note: Text,
        pub translation_label: Text,
        pub embed_button: Text,
        pub embed_heading: Text,
        pub embed_intro: Text,
        pub embed_iframe_label: Text,
        pub embed_script_label: Text,
        pub copy_button: Text,
        pub copied_message: Text,
        pub close_button: Text,
        /// Said by the live region after the reader switches to this language ("Now in
        /// English."): one short sentence, never the new text itself.
        pub language_announcement: Text,
        /// The embed dialog's option that writes the full layout into the snippets.
        pub embed_full_label: Text,
        /// Before the rack parts a pillar names, in its panel.
        pub see_in_rack: Text,
        /// A rack part's button back to its pillar: "Back to pillar" (then its number and name).
        pub back_to_pillar: Text,
    }
}

content_struct! {
    /// One story in one language, from `{story}.{locale}.json`.
    pub struct Story {
        /// Story name from the file name, e.g. `openai-foxconn`.
        #[cfg_attr(feature = "load", serde(skip))]
        pub slug: Text,
        pub headline: Text,
        pub standfirst: Text,
        pub details: Details,
        /// The explainer's own reading of the deal, apart from the news page's card.
        pub analysis: List<Fact>,
        pub pillars: List<Pillar>,
        pub terms: Terms,
        pub quotes: List<Quote>,
        pub context: Context,
        pub claims: List<ClaimCheck>,
        pub questions: List<Question>,
        pub sources: List<Source>,
        /// The standfirst in a line, above the compact layout (the full one shows `standfirst`).
        pub short_standfirst: Text,
        /// The drawn rack whose parts a reader opens, if the story has one.
        #[cfg_attr(feature = "load", serde(default))]
        pub rack: Option<Rack>,
        /// Rack generations worked on at once rather than one after another, if told.
        #[cfg_attr(feature = "load", serde(default))]
        pub generations: Option<Generations>,
        /// What is dated and what is not, if the story has a timeline.
        #[cfg_attr(feature = "load", serde(default))]
        pub timeline: Option<Timeline>,
    }
}

content_struct! {
    /// The card of article details as the primary source's news page shows it: its data,
    /// word for word (the tests check each value against the page), not our summary.
    pub struct Details {
        pub publisher: Text,
        pub kind: Text,
        /// Publication date as readers of this language write it ("20 november 2025").
        pub published: Text,
        /// The same date as `YYYY-MM-DD`, for `<time datetime>`.
        pub published_iso: Text,
        pub reading_time: Text,
        pub audience: Text,
        pub level: Text,
        pub impact: Text,
        pub why_it_matters: List<Text>,
        pub tags: List<Text>,
        pub sources: List<Citation>,
    }
}

content_struct! {
    /// One pillar of the collaboration: a tab with a summary and detail points.
    pub struct Pillar {
        /// Stable id, also the `tab` value of the embeds (`design`, `supply-chain` …).
        pub id: Text,
        /// Short tab label.
        pub label: Text,
        pub title: Text,
        /// What the pillar is, in a sentence or two, with its sources.
        pub summary: Fact,
        pub points: List<Fact>,
    }
}

content_struct! {
    /// A sentence and the sources that back it.
    pub struct Fact {
        pub text: Text,
        pub sources: List<Citation>,
    }
}

/// One source cited for a fact, with the passages of it the fact rests on. In the files
/// either `"id"` (only for a source whose text we do not hold) or
/// `{"id": "…", "excerpts": ["…"]}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    /// Id of the cited source.
    pub id: Text,
    /// Short verbatim passages of the source (a sentence or less), in its language.
    pub excerpts: List<Text>,
    /// Language of the excerpts where it is not the source's: a translation may quote the
    /// source's own text of the same passage in its language (the news page's Dutch card).
    pub lang: Option<Text>,
}

#[cfg(feature = "load")]
impl crate::bake::Bake for Citation {
    fn bake(&self, out: &mut String, lists: &mut crate::bake::SharedLists) {
        out.push_str("crate::content::Citation {id: ");
        self.id.bake(out, lists);
        out.push_str(", excerpts: ");
        self.excerpts.bake(out, lists);
        out.push_str(", lang: ");
        self.lang.bake(out, lists);
        out.push('}');
    }

    fn type_name() -> String {
        "crate::content::Citation".into()
    }
}

/// A plain string is a citation without excerpts; an object names its passages.
#[cfg(feature = "load")]
impl<'de> serde::Deserialize<'de> for Citation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct WithExcerpts {
            id: Text,
            excerpts: List<Text>,
            #[serde(default)]
            lang: Option<Text>,
        }
        struct CitationVisitor;
        impl<'de> serde::de::Visitor<'de> for CitationVisitor {
            type Value = Citation;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(r#"a source id, or {"id": …, "excerpts": ["…"]}"#)
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Citation, E> {
                Ok(Citation {
                    id: id.to_owned().into(),
                    excerpts: Cow::Owned(Vec::new()),
                    lang: None,
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Citation, A::Error> {
                let WithExcerpts { id, excerpts, lang } = serde::Deserialize::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(Citation { id, excerpts, lang })
            }
        }
        deserializer.deserialize_any(CitationVisitor)
    }
}

content_struct! {
    /// What the agreement does and does not commit anyone to.
    pub struct Terms {
        /// Tab label.
        pub label: Text,
        pub title: Text,
        pub intro: Fact,
        pub cards: List<TermCard>,
    }
}

content_struct! {
    /// A question about the deal a reader turns over to see the answer.
    pub struct TermCard {
        pub id: Text,
        pub question: Text,
        pub answer: Answer,
        /// The short answer as shown ("No", "Nee").
        pub answer_label: Text,
        pub explanation: Text,
        pub sources: List<Citation>,
    }
}

content_enum! {
    /// The gist of a term card's answer; it picks the card's colour and icon.
    pub enum Answer {
        Yes,
        No,
        /// The announcement does not say.
        NotStated,
    }
}

content_struct! {
    /// A verbatim quote, attributed; never translated in place.
    pub struct Quote {
        pub id: Text,
        /// The words as spoken, in the language they were spoken in, exactly as the source
        /// prints them: one passage per stretch between its "said …" attributions.
        pub passages: List<Text>,
        /// Language code of `text` (`en`), so screen readers pronounce it right.
        pub original_language: Text,
        /// Our translation for readers of this locale; empty when the quote is in its language.
        pub translation: Text,
        pub speaker: Text,
        pub role: Text,
        pub sources: List<Citation>,
    }
}

content_struct! {
    /// Background the story needs (the earlier Broadcom agreement).
    pub struct Context {
        pub title: Text,
        pub intro: Fact,
        pub facts: List<Fact>,
    }
}

content_struct! {
    /// A claim made in coverage that we checked against the primary source.
    pub struct ClaimCheck {
        pub id: Text,
        /// The claim in our words.
        pub claim: Text,
        /// The coverage that made the claim, with its words.
        pub claimed_by: List<Citation>,
        /// Short verdict ("Not in OpenAI's announcement").
        pub verdict: Text,
        pub explanation: Text,
        pub sources: List<Citation>,
    }
}

content_struct! {
    /// A reader question with its answer, shown as a disclosure.
    pub struct Question {
        pub id: Text,
        pub question: Text,
        pub answer: Text,
        pub sources: List<Citation>,
    }
}

content_struct! {
    /// A document the story cites.
    pub struct Source {
        pub id: Text,
        pub kind: SourceKind,
        /// Language of the document (`en`): of its title and of the excerpts quoted from it.
        pub lang: Text,
        pub publisher: Text,
        /// The document's own title; for one without a headline, its opening words.
        pub title: Text,
        /// As readers of this language write it ("20 november 2025"; "datum niet vermeld").
        pub date: Text,
        /// Where readers find the original (`https://…`), if we know.
        #[cfg_attr(feature = "load", serde(default))]
        pub url: Option<Text>,
        /// What the document is and how far to trust it.
        pub note: Text,
    }
}

content_enum! {
    /// What a document is to the story.
    pub enum SourceKind {
        /// The announcement itself.
        Primary,
        /// Coverage of it.
        Secondary,
        /// Not one of the documents the story was built from: we do not hold its text, so
        /// it is cited by title, publisher and date, without excerpts.
        External,
    }
}

content_struct! {
    /// An illustration of a generic rack: the widget draws its parts (see [`RACK_PARTS`]) and
    /// the story says what each one is and what the sources say about it.
    pub struct Rack {
        pub title: Text,
        /// Says that the drawing is an illustration, not a real product.
        pub illustration: Text,
        /// The mark on parts that belong to a pillar (in the OpenAI–Foxconn story: the
        /// equipment Foxconn will make in the US).
        pub pillar_mark: Text,
        pub parts: List<RackPart>,
    }
}

content_struct! {
    /// One part of the drawn rack.
    pub struct RackPart {
        /// One of [`RACK_PARTS`]: which shapes of the drawing are this part. Also what a deep
        /// link or the `open` embed parameter names to open it.
        pub id: Text,
        pub label: Text,
        /// What the part does, in plain words: general background, not news, so uncited.
        pub role: Text,
        /// What the sources say about this part in the story.
        pub story: Fact,
        /// The pillar that names this part, which the part links back to.
        #[cfg_attr(feature = "load", serde(default))]
        pub pillar: Option<Text>,
    }
}

/// The parts the widget can draw, by id, top of the rack first.
pub const RACK_PARTS: [&str; 6] = [
    "compute",
    "accelerators",
    "networking",
    "cabling",
    "power",
    "cooling",
];

content_struct! {
    /// Several generations worked on at once: the same stages drawn overlapping or one
    /// after another, an illustration without dates.
    pub struct Generations {
        pub title: Text,
        pub intro: Fact,
        /// Says what the bars show and what they do not (dates, durations).
        pub illustration: Text,
        /// "Generation", before its number.
        pub generation_label: Text,
        /// The [`GENERATION_STAGES`] stages of one generation, in order ("Design", "Build",
        /// "Deploy").
        pub stages: List<Text>,
        pub parallel: GenerationsView,
        pub sequential: GenerationsView,
    }
}

/// How many stages the widget draws for each generation (its stylesheet places them).
pub const GENERATION_STAGES: usize = 3;

content_struct! {
    /// One way of drawing the generations: the button that shows it and what it shows.
    pub struct GenerationsView {
        pub label: Text,
        pub description: Text,
    }
}

content_struct! {
    /// What happened when, and what has no date.
    pub struct Timeline {
        pub title: Text,
        pub marks: List<TimelineMark>,
    }
}

content_struct! {
    /// One moment on the timeline, or a period, or a thing without a date.
    pub struct TimelineMark {
        pub id: Text,
        pub kind: MarkKind,
        /// As readers of this language write it ("13 October 2025"; "No date announced").
        pub when: Text,
        pub text: Text,
        pub sources: List<Citation>,
    }
}

content_enum! {
    /// What a timeline mark stands for; it picks how the mark is drawn.
    pub enum MarkKind {
        Day,
        Period,
        /// Nothing has been dated.
        Undated,
    }
}

/// The language every story must exist in, used when a requested language has none.
pub const FALLBACK_LOCALE: &str = "en";

impl Catalogue {
    /// The locale with this code, if there is content for it.
    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// The locale shown when a requested language has no content; the loader puts it first.
    pub fn fallback_locale(&self) -> &Locale {
        &self.locales[0]
    }
}

impl Locale {
    pub fn story(&self, slug: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.slug == slug)
    }
}

impl Story {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The source a citation names, with its number as the widget shows it (from 1).
    pub fn numbered_source(&self, id: &str) -> Option<(usize, &Source)> {
        self.sources
            .iter()
            .enumerate()
            .find(|(_, s)| s.id == id)
            .map(|(i, s)| (i + 1, s))
    }
}

impl Citation {
    /// The language of this citation's excerpts.
    pub fn excerpt_lang<'a>(&'a self, source: &'a Source) -> &'a str {
        self.lang.as_deref().unwrap_or(&source.lang)
    }
}
