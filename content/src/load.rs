//! Reads `static/content/`, checks it as an editor would want it checked, and builds the
//! [`Catalogue`]. Every problem names the file, line, column and field.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::locate::locate;
use crate::{Catalogue, Interface, Locale, Story, FALLBACK_LOCALE};

/// The file holding a locale's interface wording is `interface.{locale}.json`; every other
/// `{name}.{locale}.json` is a story.
const INTERFACE_FILE: &str = "interface";

/// Tab ids the widget uses itself, so no pillar may take them.
const RESERVED_TAB_IDS: &[&str] = &["terms"];

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// Path of the field, e.g. `pillars[1].points[0].sources[0]`; empty for the whole file.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = if self.field.is_empty() {
            "(file)"
        } else {
            &self.field
        };
        write!(
            f,
            "{}:{}:{}: field `{}`: {}",
            self.file.display(),
            self.line,
            self.column,
            field,
            self.message
        )
    }
}

/// A content file read into memory, kept for locating errors found after parsing.
struct File<T> {
    path: PathBuf,
    text: String,
    name: String,
    locale: String,
    value: T,
}

impl<T> File<T> {
    fn error(&self, field: &str, message: impl Into<String>) -> ContentError {
        let (line, column) = locate(&self.text, field);
        ContentError {
            file: self.path.clone(),
            line,
            column,
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// Loads and validates every content file in `dir`.
pub fn load_dir(dir: &Path) -> Result<Catalogue, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut interfaces = Vec::new();
    let mut stories = Vec::new();
    // Files that exist but do not parse: reported once, and not again as missing.
    let mut unreadable: Vec<(String, String)> = Vec::new();

    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            return Err(vec![whole_file_error(
                dir,
                format!("cannot read the folder: {e}"),
            )])
        }
    };
    paths.sort();

    for path in paths {
        let Some((name, locale)) = split_file_name(&path) else {
            errors.push(whole_file_error(
                &path,
                "content files are named `{story}.{locale}.json` or `interface.{locale}.json`, \
                 with a lower-case language code such as `en` or `nl`",
            ));
            continue;
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(whole_file_error(
                    &path,
                    format!("cannot read the file: {e}"),
                ));
                continue;
            }
        };
        let parsed = if name == INTERFACE_FILE {
            parse::<Interface>(&path, &text).map(|value| {
                interfaces.push(File {
                    path,
                    text,
                    name: name.clone(),
                    locale: locale.clone(),
                    value,
                })
            })
        } else {
            parse::<Story>(&path, &text).map(|mut value| {
                value.slug = name.clone().into();
                stories.push(File {
                    path,
                    text,
                    name: name.clone(),
                    locale: locale.clone(),
                    value,
                });
            })
        };
        if let Err(e) = parsed {
            errors.push(e);
            unreadable.push((name, locale));
        }
    }

    let mut consistent = Vec::new();
    for story in &stories {
        let problems = check_story(story);
        consistent.push(problems.is_empty());
        errors.extend(problems);
    }
    errors.extend(check_locales(dir, &interfaces, &stories, &unreadable));
    // A story with its own problems would only repeat them as differences from English.
    let checked: Vec<&File<Story>> = stories
        .iter()
        .zip(&consistent)
        .filter(|(_, ok)| **ok)
        .map(|(s, _)| s)
        .collect();
    errors.extend(check_parity(&checked));

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(assemble(interfaces, stories))
}

fn whole_file_error(path: &Path, message: impl Into<String>) -> ContentError {
    ContentError {
        file: path.to_owned(),
        line: 1,
        column: 1,
        field: String::new(),
        message: message.into(),
    }
}

/// `openai-foxconn.nl.json` → (`openai-foxconn`, `nl`).
fn split_file_name(path: &Path) -> Option<(String, String)> {
    let stem = path.file_stem()?.to_str()?;
    let (name, locale) = stem.rsplit_once('.')?;
    let name_ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let locale_ok =
        (2..=3).contains(&locale.len()) && locale.bytes().all(|b| b.is_ascii_lowercase());
    (name_ok && locale_ok).then(|| (name.to_owned(), locale.to_owned()))
}

fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, ContentError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // The path is `.` for the whole file, and ends in `?` where the JSON syntax broke off.
        let field = e.path().to_string();
        let field = if field == "." || field.ends_with('?') {
            String::new()
        } else {
            field
        };
        json_error(path, text, field, e.inner())
    })?;
    // Text after the closing brace is an error too.
    de.end()
        .map_err(|e| json_error(path, text, String::new(), &e))?;
    Ok(value)
}

fn json_error(path: &Path, text: &str, field: String, error: &serde_json::Error) -> ContentError {
    // serde_json ends its messages with " at line L column C"; we say where ourselves.
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m)
        .to_owned();
    ContentError {
        file: path.to_owned(),
        line: error.line().max(1),
        column: char_column(text, error.line(), error.column()),
        field,
        message,
    }
}

/// serde_json counts columns in bytes; editors, and `locate`, count characters.
fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line) = text.lines().nth(line.saturating_sub(1)) else {
        return byte_column.max(1);
    };
    let mut end = byte_column.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line[..end].chars().count().max(1)
}

/// Checks inside one story: ids unique and well formed, every citation known, dates valid.
fn check_story(file: &File<Story>) -> Vec<ContentError> {
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
    }
    if !story
        .sources
        .iter()
        .any(|s| s.kind == crate::SourceKind::Primary)
    {
        errors.push(file.error("sources", "at least one source must be `primary`"));
    }
    let known = source_ids.iter().copied().collect::<Vec<_>>().join(", ");
    let mut cite = |field: String, ids: &[crate::Text]| {
        if ids.is_empty() {
            errors.push(file.error(&field, "every fact names at least one source"));
        }
        for (i, id) in ids.iter().enumerate() {
            if !source_ids.contains(id.as_ref()) {
                errors.push(file.error(
                    &format!("{field}[{i}]"),
                    format!("unknown source id `{id}` (known: {known})"),
                ));
            }
        }
    };
    cite("details.sources".into(), &story.details.sources);
    for (p, pillar) in story.pillars.iter().enumerate() {
        cite(
            format!("pillars[{p}].summary.sources"),
            &pillar.summary.sources,
        );
        for (i, point) in pillar.points.iter().enumerate() {
            cite(format!("pillars[{p}].points[{i}].sources"), &point.sources);
        }
    }
    cite("terms.intro.sources".into(), &story.terms.intro.sources);
    cite("context.intro.sources".into(), &story.context.intro.sources);
    for (i, card) in story.terms.cards.iter().enumerate() {
        cite(format!("terms.cards[{i}].sources"), &card.sources);
    }
    for (i, quote) in story.quotes.iter().enumerate() {
        cite(format!("quotes[{i}].sources"), &quote.sources);
    }
    for (i, fact) in story.context.facts.iter().enumerate() {
        cite(format!("context.facts[{i}].sources"), &fact.sources);
    }
    for (i, claim) in story.claims.iter().enumerate() {
        cite(format!("claims[{i}].sources"), &claim.sources);
    }
    for (i, question) in story.questions.iter().enumerate() {
        cite(format!("questions[{i}].sources"), &question.sources);
    }
    // `claimed_by` is one id, not a list of citations.
    for (i, claim) in story.claims.iter().enumerate() {
        if !source_ids.contains(claim.claimed_by.as_ref()) {
            errors.push(file.error(
                &format!("claims[{i}].claimed_by"),
                format!("unknown source id `{}` (known: {known})", claim.claimed_by),
            ));
        }
    }

    let id_lists: [(&str, Vec<&str>); 5] = [
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
    if story.pillars.is_empty() {
        errors.push(file.error("pillars", "a story needs at least one pillar"));
    }
    if !is_iso_date(&story.details.published_iso) {
        errors.push(file.error("details.published_iso", "dates are written YYYY-MM-DD"));
    }
    errors
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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

/// Every story exists in every locale, and the fallback locale exists.
fn check_locales(
    dir: &Path,
    interfaces: &[File<Interface>],
    stories: &[File<Story>],
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
                .filter(|(n, _)| n != INTERFACE_FILE)
                .map(|(n, _)| n.as_str()),
        )
        .collect();
    if story_names.is_empty() {
        errors.push(whole_file_error(
            dir,
            "there is no story: add `{story}.{locale}.json` files",
        ));
    }
    for story in stories {
        if !locales.contains(story.locale.as_str()) {
            errors.push(whole_file_error(
                &story.path,
                format!(
                    "no `{INTERFACE_FILE}.{}.json` for this story's language",
                    story.locale
                ),
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

/// Translations of a story must have the same entries as the fallback locale's: the same
/// ids in the same order, the same counts, the same citations.
fn check_parity(stories: &[&File<Story>]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for reference in stories.iter().filter(|s| s.locale == FALLBACK_LOCALE) {
        let expected = shape(&reference.value);
        for translation in stories
            .iter()
            .filter(|s| s.name == reference.name && s.locale != FALLBACK_LOCALE)
        {
            let actual = shape(&translation.value);
            let mismatch = expected.iter().zip(&actual).find(|(e, a)| e != a);
            let error = match mismatch {
                Some(((field, want), (_, got))) => Some((field.clone(), want.clone(), got.clone())),
                None if expected.len() != actual.len() => {
                    let (field, want) = &expected[expected.len().min(actual.len()) - 1];
                    Some((field.clone(), want.clone(), "(something else)".into()))
                }
                None => None,
            };
            if let Some((field, want, got)) = error {
                errors.push(translation.error(
                    &field,
                    format!(
                        "does not match {}: expected {want}, found {got}",
                        reference.path.file_name().unwrap_or_default().to_string_lossy()
                    ),
                ));
            }
        }
    }
    errors
}

/// What must be equal between translations, as (field path, value) pairs in file order.
fn shape(story: &Story) -> Vec<(String, String)> {
    fn list(out: &mut Vec<(String, String)>, field: &str, len: usize) {
        out.push((field.to_owned(), format!("{len} entries")));
    }
    fn cites(out: &mut Vec<(String, String)>, field: String, ids: &[crate::Text]) {
        out.push((field, format!("sources [{}]", ids.join(", "))));
    }
    fn id(out: &mut Vec<(String, String)>, field: String, id: &str) {
        out.push((field, format!("id `{id}`")));
    }
    let mut out = Vec::new();
    let d = &story.details;
    list(&mut out, "details.why_it_matters", d.why_it_matters.len());
    list(&mut out, "details.tags", d.tags.len());
    cites(&mut out, "details.sources".into(), &d.sources);
    list(&mut out, "pillars", story.pillars.len());
    for (p, pillar) in story.pillars.iter().enumerate() {
        id(&mut out, format!("pillars[{p}].id"), &pillar.id);
        cites(
            &mut out,
            format!("pillars[{p}].summary.sources"),
            &pillar.summary.sources,
        );
        list(
            &mut out,
            &format!("pillars[{p}].points"),
            pillar.points.len(),
        );
        for (i, point) in pillar.points.iter().enumerate() {
            cites(
                &mut out,
                format!("pillars[{p}].points[{i}].sources"),
                &point.sources,
            );
        }
    }
    cites(
        &mut out,
        "terms.intro.sources".into(),
        &story.terms.intro.sources,
    );
    list(&mut out, "terms.cards", story.terms.cards.len());
    for (i, card) in story.terms.cards.iter().enumerate() {
        id(&mut out, format!("terms.cards[{i}].id"), &card.id);
        out.push((
            format!("terms.cards[{i}].answer"),
            format!("{:?}", card.answer),
        ));
        cites(&mut out, format!("terms.cards[{i}].sources"), &card.sources);
    }
    list(&mut out, "quotes", story.quotes.len());
    for (i, quote) in story.quotes.iter().enumerate() {
        id(&mut out, format!("quotes[{i}].id"), &quote.id);
        cites(&mut out, format!("quotes[{i}].sources"), &quote.sources);
    }
    cites(
        &mut out,
        "context.intro.sources".into(),
        &story.context.intro.sources,
    );
    list(&mut out, "context.facts", story.context.facts.len());
    for (i, fact) in story.context.facts.iter().enumerate() {
        cites(
            &mut out,
            format!("context.facts[{i}].sources"),
            &fact.sources,
        );
    }
    list(&mut out, "claims", story.claims.len());
    for (i, claim) in story.claims.iter().enumerate() {
        id(&mut out, format!("claims[{i}].id"), &claim.id);
        out.push((
            format!("claims[{i}].claimed_by"),
            format!("source `{}`", claim.claimed_by),
        ));
        cites(&mut out, format!("claims[{i}].sources"), &claim.sources);
    }
    list(&mut out, "questions", story.questions.len());
    for (i, question) in story.questions.iter().enumerate() {
        id(&mut out, format!("questions[{i}].id"), &question.id);
        cites(
            &mut out,
            format!("questions[{i}].sources"),
            &question.sources,
        );
    }
    list(&mut out, "sources", story.sources.len());
    for (i, source) in story.sources.iter().enumerate() {
        id(&mut out, format!("sources[{i}].id"), &source.id);
        out.push((format!("sources[{i}].kind"), format!("{:?}", source.kind)));
    }
    out
}

/// Builds the catalogue: the fallback locale first, then the others by code; stories by name.
fn assemble(interfaces: Vec<File<Interface>>, mut stories: Vec<File<Story>>) -> Catalogue {
    stories.sort_by(|a, b| a.name.cmp(&b.name));
    let mut locales: Vec<Locale> = interfaces
        .into_iter()
        .map(|file| Locale {
            code: file.locale.clone().into(),
            interface: file.value,
            stories: stories
                .iter()
                .filter(|s| s.locale == file.locale)
                .map(|s| s.value.clone())
                .collect::<Vec<_>>()
                .into(),
        })
        .collect();
    locales.sort_by_key(|l| (l.code != FALLBACK_LOCALE, l.code.clone()));
    Catalogue {
        locales: locales.into(),
    }
}
