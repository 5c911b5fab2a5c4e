//! Translations of a story must have the same entries as the fallback locale's: the same
//! ids in the same order, the same counts, the same citations, the same quoted words.

use crate::load::File;
use crate::report::ContentError;
use crate::validate::citation_lists;
use crate::{Citation, Story, FALLBACK_LOCALE};

pub(crate) fn check(stories: &[&File<Story>]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for reference in stories.iter().filter(|s| s.locale == FALLBACK_LOCALE) {
        let reference_name = reference
            .path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy();
        for translation in stories
            .iter()
            .filter(|s| s.name == reference.name && s.locale != FALLBACK_LOCALE)
        {
            let expected = shape(&reference.value);
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
                    format!("does not match {reference_name}: expected {want}, found {got}"),
                ));
                continue;
            }
            // Same shape: the same citations, so their excerpts can be compared one by one.
            let pairs = citation_lists(&reference.value)
                .into_iter()
                .zip(citation_lists(&translation.value));
            for ((field, want), (_, got)) in pairs {
                for (i, (want, got)) in want.iter().zip(got).enumerate() {
                    if let Some(problem) = excerpt_mismatch(want, got) {
                        errors.push(translation.error(
                            &format!("{field}[{i}].excerpts"),
                            format!("does not match {reference_name}: {problem}"),
                        ));
                    }
                }
            }
        }
    }
    errors
}

/// Excerpts are the source's words, so a translation quotes the same ones, unless it quotes
/// the source's own text of the same passage in the translation's language (`lang` set; the
/// validator checks it is this file's language, the content tests that the source has it).
fn excerpt_mismatch(reference: &Citation, translation: &Citation) -> Option<String> {
    if translation.lang.is_some() || reference.lang.is_some() {
        return None;
    }
    (reference.excerpts != translation.excerpts).then(|| {
        format!(
            "expected the same excerpts [{}]; a translation quotes a source in its own language \
             only where the source has that text too, marked with `lang`",
            reference
                .excerpts
                .iter()
                .map(|e| format!("“{e}”"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// The rack, the generations and the timeline: present in every language or in none, with
/// the same parts, stages and marks.
fn visuals(out: &mut Vec<(String, String)>, story: &Story) {
    fn present(out: &mut Vec<(String, String)>, field: &str, is: bool) {
        let what = if is { "present" } else { "absent" };
        out.push((field.to_owned(), format!("`{field}` {what}")));
    }
    fn cites(out: &mut Vec<(String, String)>, field: String, citations: &[Citation]) {
        let ids: Vec<&str> = citations.iter().map(|c| c.id.as_ref()).collect();
        out.push((field, format!("sources [{}]", ids.join(", "))));
    }
    // A section missing from the translation has no line there: the error names the file.
    present(out, "rack", story.rack.is_some());
    if let Some(rack) = &story.rack {
        out.push(("rack.parts".into(), format!("{} entries", rack.parts.len())));
        for (i, part) in rack.parts.iter().enumerate() {
            out.push((format!("rack.parts[{i}].id"), format!("id `{}`", part.id)));
            out.push((
                format!("rack.parts[{i}]"),
                match &part.pillar {
                    Some(pillar) => format!("the pillar `{pillar}`"),
                    None => "no pillar".into(),
                },
            ));
            cites(
                out,
                format!("rack.parts[{i}].story.sources"),
                &part.story.sources,
            );
        }
    }
    present(out, "generations", story.generations.is_some());
    if let Some(generations) = &story.generations {
        cites(
            out,
            "generations.intro.sources".into(),
            &generations.intro.sources,
        );
        out.push((
            "generations.stages".into(),
            format!("{} entries", generations.stages.len()),
        ));
    }
    present(out, "timeline", story.timeline.is_some());
    if let Some(timeline) = &story.timeline {
        out.push((
            "timeline.marks".into(),
            format!("{} entries", timeline.marks.len()),
        ));
        for (i, mark) in timeline.marks.iter().enumerate() {
            out.push((
                format!("timeline.marks[{i}].id"),
                format!("id `{}`", mark.id),
            ));
            out.push((
                format!("timeline.marks[{i}].kind"),
                format!("{:?}", mark.kind),
            ));
            cites(out, format!("timeline.marks[{i}].sources"), &mark.sources);
        }
    }
}

/// What must be equal between translations, as (field path, value) pairs in file order.
fn shape(story: &Story) -> Vec<(String, String)> {
    fn list(out: &mut Vec<(String, String)>, field: &str, len: usize) {
        out.push((field.to_owned(), format!("{len} entries")));
    }
    fn cites(out: &mut Vec<(String, String)>, field: String, citations: &[Citation]) {
        let ids: Vec<&str> = citations.iter().map(|c| c.id.as_ref()).collect();
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
    list(&mut out, "analysis", story.analysis.len());
    for (i, fact) in story.analysis.iter().enumerate() {
        cites(&mut out, format!("analysis[{i}].sources"), &fact.sources);
    }
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
        // The words as spoken are the same in every language; only `translation` differs.
        out.push((
            format!("quotes[{i}].passages"),
            format!("the passages {:?}", quote.passages),
        ));
        out.push((
            format!("quotes[{i}].original_language"),
            format!("`{}`", quote.original_language),
        ));
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
        cites(
            &mut out,
            format!("claims[{i}].claimed_by"),
            &claim.claimed_by,
        );
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
    visuals(&mut out, story);
    list(&mut out, "sources", story.sources.len());
    for (i, source) in story.sources.iter().enumerate() {
        id(&mut out, format!("sources[{i}].id"), &source.id);
        out.push((format!("sources[{i}].kind"), format!("{:?}", source.kind)));
        out.push((format!("sources[{i}].lang"), format!("`{}`", source.lang)));
        out.push((
            format!("sources[{i}].title"),
            format!("the title “{}”", source.title),
        ));
        // Pointing at the entry: a missing `url` has no line of its own.
        out.push((
            format!("sources[{i}]"),
            match &source.url {
                Some(url) => format!("the link {url}"),
                None => "no link".into(),
            },
        ));
    }
    out
}
