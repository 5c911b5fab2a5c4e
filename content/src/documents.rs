//! Checks the content against the documents it cites: every excerpt and every quoted
//! passage occurs in its source word for word (only whitespace may differ), every title is
//! the document's own, and the details card is the news page's. The documents are kept as
//! test fixtures, one `{source-id}.txt` per source whose text we hold, and are never shipped,
//! so this runs with the tests rather than in the build.

use std::collections::BTreeMap;
use std::path::Path;

use crate::load::{read_checked, File};
use crate::report::ContentError;
use crate::validate::citation_lists;
use crate::{SourceKind, Story};

/// Loads the content in `content` (with every check of the build) and checks it against
/// the documents in `documents`.
pub fn check_documents(content: &Path, documents: &Path) -> Result<(), Vec<ContentError>> {
    let files = read_checked(content)?;
    let errors: Vec<ContentError> = files
        .stories
        .iter()
        .flat_map(|story| check_story(story, documents))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Runs of whitespace as one space: documents wrap and indent their text as they like.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check_story(file: &File<Story>, documents: &Path) -> Vec<ContentError> {
    let story = &file.value;
    let mut errors = Vec::new();
    let mut texts: BTreeMap<&str, String> = BTreeMap::new();
    for (i, source) in story.sources.iter().enumerate() {
        let name = format!("{}.txt", source.id);
        let text = std::fs::read_to_string(documents.join(&name)).ok();
        match (source.kind, text) {
            (SourceKind::External, None) => {}
            (SourceKind::External, Some(_)) => errors.push(file.error(
                &format!("sources[{i}].kind"),
                format!(
                    "we hold this document ({name}): a source whose text we hold is `primary` \
                     or `secondary`, and its citations quote it"
                ),
            )),
            (_, None) => errors.push(file.error(
                &format!("sources[{i}].id"),
                format!("no document {name} among the documents to check its excerpts against"),
            )),
            (_, Some(text)) => {
                let text = normalise(&text);
                let title = normalise(source.title.trim_end_matches('…'));
                if !text.contains(&title) {
                    errors.push(file.error(
                        &format!("sources[{i}].title"),
                        format!("{name} does not have this title (or these opening words)"),
                    ));
                }
                texts.insert(&source.id, text);
            }
        }
    }
    let mut check = |field: String, words: &str, id: &str, what: &str| {
        if let Some(text) = texts.get(id) {
            if !text.contains(&normalise(words)) {
                errors.push(file.error(
                    &field,
                    format!("not found word for word in {id}.txt: {what}"),
                ));
            }
        }
    };
    for (field, citations) in citation_lists(story) {
        for (i, citation) in citations.iter().enumerate() {
            for (j, excerpt) in citation.excerpts.iter().enumerate() {
                check(
                    format!("{field}[{i}].excerpts[{j}]"),
                    excerpt,
                    &citation.id,
                    "an excerpt is copied from the document it cites (only whitespace may differ)",
                );
            }
        }
    }
    for (i, quote) in story.quotes.iter().enumerate() {
        for citation in quote.sources.iter() {
            for (j, passage) in quote.passages.iter().enumerate() {
                check(
                    format!("quotes[{i}].passages[{j}]"),
                    passage,
                    &citation.id,
                    "a quote gives the words exactly as its source prints them",
                );
            }
        }
    }
    let details = &story.details;
    let card = [
        ("kind", &details.kind),
        ("published", &details.published),
        ("reading_time", &details.reading_time),
        ("audience", &details.audience),
        ("level", &details.level),
        ("impact", &details.impact),
    ]
    .map(|(field, value)| (format!("details.{field}"), value))
    .into_iter()
    .chain(
        details
            .why_it_matters
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("details.why_it_matters[{i}]"), v)),
    )
    .chain(
        details
            .tags
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("details.tags[{i}]"), v)),
    );
    for (field, value) in card {
        for citation in details.sources.iter() {
            check(
                field.clone(),
                value,
                &citation.id,
                "the details card shows the news page's own card, word for word",
            );
        }
    }
    errors
}
