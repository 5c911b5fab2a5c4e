//! Checks inside one story (ids, citations, dates, sources) and across the folder (every
//! story in every language).

use std::collections::BTreeSet;
use std::path::Path;

use crate::load::{File, INTERFACE_FILE, TERMINOLOGY_FILE};
use crate::locate::offset_of;
use crate::report::{whole_file_error, ContentError};
use crate::terminology::Terminology;
use crate::{
    Citation, Interface, SourceKind, Story, FALLBACK_LOCALE, GENERATION_STAGES, RACK_PARTS,
};

/// Tab ids the widget uses itself, so no pillar may take them.
const RESERVED_TAB_IDS: &[&str] = &["terms"];

/// An excerpt is the sentence a fact rests on, not the paragraph: it is baked into the
/// download, and a reader should see at a glance what supports the fact.
pub(crate) const MAX_EXCERPT_CHARS: usize = 250;

/// Every list of citations in a story, with its field path, in file order.
pub(crate) fn citation_lists(story: &Story) -> Vec<(String, &[Citation])> {
    let mut lists: Vec<(String, &[Citation])> =
        vec![("details.sources".into(), &story.details.sources)];
    for (i, fact) in story.analysis.iter().enumerate() {
        lists.push((format!("analysis[{i}].sources"), &fact.sources));
    }
    for (p, pillar) in story.pillars.iter().enumerate() {
        lists.push((
            format!("pillars[{p}].summary.sources"),
            &pillar.summary.sources,
        ));
        for (i, point) in pillar.points.iter().enumerate() {
            lists.push((format!("pillars[{p}].points[{i}].sources"), &point.sources));
        }
    }
    lists.push(("terms.intro.sources".into(), &story.terms.intro.sources));
    for (i, card) in story.terms.cards.iter().enumerate() {
        lists.push((format!("terms.cards[{i}].sources"), &card.sources));
    }
    for (i, quote) in story.quotes.iter().enumerate() {
        lists.push((format!("quotes[{i}].sources"), &quote.sources));
    }
    lists.push(("context.intro.sources".into(), &story.context.intro.sources));
    for (i, fact) in story.context.facts.iter().enumerate() {
        lists.push((format!("context.facts[{i}].sources"), &fact.sources));
    }
    for (i, claim) in story.claims.iter().enumerate() {
        lists.push((format!("claims[{i}].claimed_by"), &claim.claimed_by));
        lists.push((format!("claims[{i}].sources"), &claim.sources));
    }
    for (i, question) in story.questions.iter().enumerate() {
        lists.push((format!("questions[{i}].sources"), &question.sources));
    }
    if let Some(rack) = &story.rack {
        for (i, part) in rack.parts.iter().enumerate() {
            lists.push((
                format!("rack.parts[{i}].story.sources"),
                &part.story.sources,
            ));
        }
    }
    if let Some(generations) = &story.generations {
        lists.push((
            "generations.intro.sources".into(),
            &generations.intro.sources,
        ));
    }
    if let Some(timeline) = &story.timeline {
        for (i, mark) in timeline.marks.iter().enumerate() {
            lists.push((format!("timeline.marks[{i}].sources"), &mark.sources));
        }
    }
    lists
}

/// Checks inside one story: ids unique and well formed, sources well described, every
/// citation known and quoting what it rests on, dates valid.
pub(crate) fn check_story(file: &File<Story>) -> Vec<ContentError> {
    let story = &file.value;
    let mut errors = Vec::new();
    let mut source_ids = BTreeSet::new();
    for (i, source) in story.sources.iter().enumerate() {
        if !is_id(&source.id) {
            errors.push(file.error(
                &format!("sources[{i}].id"),
                "ids are lower-case words joined by hyphens",
            ));
        }
        if !source_ids.insert(source.id.as_ref()) {
            errors.push(file.error(
                &format!("sources[{i}].id"),
                format!("source id `{}` is used twice", source.id),
            ));
        }
        if !is_language_code(&source.lang) {
            errors.push(file.error(
                &format!("sources[{i}].lang"),
                "a language code is two or three lower-case letters, such as `en` or `nl`",
            ));
        }
        if let Some(url) = &source.url {
            if !is_web_address(url) {
                errors.push(file.error(
                    &format!("sources[{i}].url"),
                    "a link starts with `https://` and has no spaces, quotes or angle brackets",
                ));
            }
        }
    }
    if !story.sources.iter().any(|s| s.kind == SourceKind::Primary) {
        errors.push(file.error("sources", "at least one source must be `primary`"));
    }
    let known = source_ids.iter().copied().collect::<Vec<_>>().join(", ");
    for (field, citations) in citation_lists(story) {
        check_citations(file, &field, citations, &known, &mut errors);
    }

    let id_lists: [(&str, Vec<&str>); 7] = [
        (
            "pillars",
            story.pillars.iter().map(|x| x.id.as_ref()).collect(),
        ),
        (
            "terms.cards",
            story.terms.cards.iter().map(|x| x.id.as_ref()).collect(),
        ),
        (
            "quotes",
            story.quotes.iter().map(|x| x.id.as_ref()).collect(),
        ),
        (
            "claims",
            story.claims.iter().map(|x| x.id.as_ref()).collect(),
        ),
        (
            "questions",
            story.questions.iter().map(|x| x.id.as_ref()).collect(),
        ),
        (
            "rack.parts",
            story
                .rack
                .iter()
                .flat_map(|r| r.parts.iter())
                .map(|x| x.id.as_ref())
                .collect(),
        ),
        (
            "timeline.marks",
            story
                .timeline
                .iter()
                .flat_map(|t| t.marks.iter())
                .map(|x| x.id.as_ref())
                .collect(),
        ),
    ];
    for (list, ids) in id_lists {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.iter().enumerate() {
            let field = format!("{list}[{i}].id");
            if !is_id(id) {
                errors.push(file.error(&field, "ids are lower-case words joined by hyphens"));
            } else if !seen.insert(*id) {
                errors.push(file.error(&field, format!("id `{id}` is used twice")));
            } else if list == "pillars" && RESERVED_TAB_IDS.contains(id) {
                errors.push(file.error(
                    &field,
                    format!("`{id}` is the widget's own tab; choose another id"),
                ));
            }
        }
    }
    for (i, quote) in story.quotes.iter().enumerate() {
        if quote.passages.is_empty() {
            errors.push(file.error(
                &format!("quotes[{i}].passages"),
                "a quote has at least one passage",
            ));
        }
    }
    if story.pillars.is_empty() {
        errors.push(file.error("pillars", "a story needs at least one pillar"));
    }
    errors.extend(check_visuals(file));
    if !is_iso_date(&story.details.published_iso) {
        errors.push(file.error("details.published_iso", "dates are written YYYY-MM-DD"));
    }
    errors
}

/// The rack, the generations and the timeline: parts the widget can draw, each once, linked
/// to pillars that exist; something to show in each.
fn check_visuals(file: &File<Story>) -> Vec<ContentError> {
    let story = &file.value;
    let mut errors = Vec::new();
    if let Some(rack) = &story.rack {
        if rack.parts.is_empty() {
            errors.push(file.error("rack.parts", "a rack needs at least one part"));
        }
        for (i, part) in rack.parts.iter().enumerate() {
            if is_id(&part.id) && !RACK_PARTS.contains(&&*part.id) {
                errors.push(file.error(
                    &format!("rack.parts[{i}].id"),
                    format!(
                        "the widget cannot draw a part `{}` (it draws: {})",
                        part.id,
                        RACK_PARTS.join(", ")
                    ),
                ));
            }
            if let Some(pillar) = &part.pillar {
                if !story.pillars.iter().any(|p| p.id == *pillar) {
                    let known: Vec<&str> = story.pillars.iter().map(|p| p.id.as_ref()).collect();
                    errors.push(file.error(
                        &format!("rack.parts[{i}].pillar"),
                        format!("unknown pillar `{pillar}` (known: {})", known.join(", ")),
                    ));
                }
            }
        }
    }
    if let Some(generations) = &story.generations {
        if generations.stages.len() != GENERATION_STAGES {
            errors.push(file.error(
                "generations.stages",
                format!(
                    "the widget draws {GENERATION_STAGES} stages per generation (this has {})",
                    generations.stages.len()
                ),
            ));
        }
    }
    if let Some(timeline) = &story.timeline {
        if timeline.marks.is_empty() {
            errors.push(file.error("timeline.marks", "a timeline needs at least one mark"));
        }
    }
    errors
}

/// One list of citations: not empty, each source known and cited once, and each quoting the
/// passages it rests on exactly when we hold the source's text.
fn check_citations(
    file: &File<Story>,
    field: &str,
    citations: &[Citation],
    known: &str,
    errors: &mut Vec<ContentError>,
) {
    let story = &file.value;
    if citations.is_empty() {
        errors.push(file.error(field, "every fact names at least one source"));
    }
    for (i, citation) in citations.iter().enumerate() {
        let at = format!("{field}[{i}]");
        // A citation written as an object: point at its parts rather than its brace.
        let written_out = offset_of(&file.text, &format!("{at}.id")).is_some();
        let id_at = if written_out {
            format!("{at}.id")
        } else {
            at.clone()
        };
        let id = &citation.id;
        let Some(source) = story.source(id) else {
            errors.push(file.error(&id_at, format!("unknown source id `{id}` (known: {known})")));
            continue;
        };
        if citations[..i].iter().any(|c| c.id == *id) {
            errors.push(file.error(
                &id_at,
                format!("source `{id}` is cited twice here: give all its passages in one citation"),
            ));
        }
        let held = source.kind != SourceKind::External;
        if held && citation.excerpts.is_empty() {
            let excerpts_at = if written_out {
                format!("{at}.excerpts")
            } else {
                at.clone()
            };
            errors.push(file.error(
                &excerpts_at,
                format!(
                    "quote the passage of `{id}` this rests on: {{\"id\": \"{id}\", \"excerpts\": [\"…\"]}} \
                     (a plain id is only for a source of kind `external`, whose text we do not hold)"
                ),
            ));
        }
        if !held && !citation.excerpts.is_empty() {
            errors.push(file.error(
                &format!("{at}.excerpts"),
                format!(
                    "we do not hold the text of `{id}` (kind `external`): cite it by its id alone"
                ),
            ));
        }
        for (j, excerpt) in citation.excerpts.iter().enumerate() {
            let length = excerpt.chars().count();
            if excerpt.trim().is_empty() {
                errors
                    .push(file.error(&format!("{at}.excerpts[{j}]"), "an excerpt cannot be empty"));
            } else if length > MAX_EXCERPT_CHARS {
                errors.push(file.error(
                    &format!("{at}.excerpts[{j}]"),
                    format!(
                        "an excerpt is the sentence a fact rests on, not the paragraph: \
                         at most {MAX_EXCERPT_CHARS} characters (this one has {length})"
                    ),
                ));
            }
        }
        if let Some(lang) = &citation.lang {
            if *lang == source.lang || *lang != file.locale {
                errors.push(file.error(
                    &format!("{at}.lang"),
                    format!(
                        "`lang` marks excerpts that quote the source's own text in this file's \
                         language (`{}`), where the source (`{}`) has one",
                        file.locale, source.lang
                    ),
                ));
            }
        }
    }
}

pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `en`, `nl`, `fry`: what file names and `lang` fields use.
pub(crate) fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// A link the widget can put in `href` as it is: https only, nothing that ends the attribute.
fn is_web_address(url: &str) -> bool {
    url.len() > "https://".len()
        && url.starts_with("https://")
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>'))
}

fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (
        year.parse().unwrap_or(0),
        month.parse().unwrap_or(0),
        day.parse().unwrap_or(0),
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// Every story exists in every locale, and the fallback locale exists; a list of words to
/// avoid belongs to a language the widget has.
pub(crate) fn check_locales(
    dir: &Path,
    interfaces: &[File<Interface>],
    stories: &[File<Story>],
    terminologies: &[File<Terminology>],
    unreadable: &[(String, String)],
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let present = |name: &str, locale: &str| {
        stories.iter().any(|s| s.name == name && s.locale == locale)
            || unreadable.iter().any(|(n, l)| n == name && l == locale)
    };
    let locales: BTreeSet<&str> = interfaces
        .iter()
        .map(|f| f.locale.as_str())
        .chain(
            unreadable
                .iter()
                .filter(|(n, _)| n == INTERFACE_FILE)
                .map(|(_, l)| l.as_str()),
        )
        .collect();
    if !locales.contains(FALLBACK_LOCALE) {
        errors.push(whole_file_error(
            &dir.join(format!("{INTERFACE_FILE}.{FALLBACK_LOCALE}.json")),
            format!("the fallback language `{FALLBACK_LOCALE}` is missing"),
        ));
    }
    let story_names: BTreeSet<&str> = stories
        .iter()
        .map(|f| f.name.as_str())
        .chain(
            unreadable
                .iter()
                .filter(|(n, _)| n != INTERFACE_FILE && n != TERMINOLOGY_FILE)
                .map(|(n, _)| n.as_str()),
        )
        .collect();
    if story_names.is_empty() {
        errors.push(whole_file_error(
            dir,
            "there is no story: add `{story}.{locale}.json` files",
        ));
    }
    let orphans = stories
        .iter()
        .map(|f| (&f.path, &f.locale, "this story's language"))
        .chain(
            terminologies
                .iter()
                .map(|f| (&f.path, &f.locale, "the language of this list")),
        );
    for (path, locale, what) in orphans {
        if !locales.contains(locale.as_str()) {
            errors.push(whole_file_error(
                path,
                format!("no `{INTERFACE_FILE}.{locale}.json` for {what}"),
            ));
        }
    }
    for locale in &locales {
        for name in &story_names {
            if !present(name, locale) {
                errors.push(whole_file_error(
                    &dir.join(format!("{name}.{locale}.json")),
                    format!("story `{name}` has no `{locale}` translation: every language needs every story"),
                ));
            }
        }
    }
    errors
}
