// The page TimelineJS3 is measured on: the demo article (index.html) with a TimelineJS
// timeline where the widget would be, its script and styles in the head as Knight Lab's
// instructions have them, and the widget's facts (static/content/openai-foxconn.en.json)
// as slides. Nothing may leave loopback: no web fonts (`font: null`; TimelineJS's own
// styles fall back to system fonts, as the widget's do), no language file (English is
// built in), no media, no analytics.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../e2e/harness.mjs';

const STORY = path.join(ROOT, 'static', 'content', 'openai-foxconn.en.json');
const INTERFACE = path.join(ROOT, 'static', 'content', 'interface.en.json');
/** The date of the announcement, of every slide but the one on the earlier Broadcom agreement. */
const ANNOUNCED = { year: 2025, month: 11, day: 20 };
const BROADCOM = { year: 2025, month: 10, day: 13 };

const escape = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const paragraph = (text) => `<p>${escape(text)}</p>`;
const list = (items) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/**
 * The story as TimelineJS slides: a title slide (headline, standfirst, why it matters, our
 * analysis), the Broadcom agreement on its own date, then on the day of the announcement one
 * slide per pillar, the terms, one per quote, the checked claims, the reader questions and
 * the sources.
 */
export function timelineSlides() {
  const story = JSON.parse(fs.readFileSync(STORY, 'utf8'));
  const words = JSON.parse(fs.readFileSync(INTERFACE, 'utf8'));
  const slide = (date, headline, html) => ({ start_date: date, text: { headline: escape(headline), text: html } });
  const events = [
    slide(
      BROADCOM,
      story.context.title,
      paragraph(story.context.intro.text) + list(story.context.facts.map((f) => escape(f.text))),
    ),
    ...story.pillars.map((pillar) =>
      slide(ANNOUNCED, pillar.title, paragraph(pillar.summary.text) + list(pillar.points.map((p) => escape(p.text)))),
    ),
    slide(
      ANNOUNCED,
      story.terms.title,
      paragraph(story.terms.intro.text) +
        list(story.terms.cards.map((c) => `<strong>${escape(c.question)}</strong> ${escape(c.answer_label)}. ${escape(c.explanation)}`)),
    ),
    ...story.quotes.map((quote) =>
      slide(
        ANNOUNCED,
        `${quote.speaker}, ${quote.role}`,
        `<blockquote>${quote.passages.map(paragraph).join('')}</blockquote>`,
      ),
    ),
    slide(
      ANNOUNCED,
      words.claims_heading,
      list(
        story.claims.map(
          (c) => `${escape(c.claim)} <strong>${escape(words.claim_verdict_label)}: ${escape(c.verdict)}.</strong> ${escape(c.explanation)}`,
        ),
      ),
    ),
    slide(
      ANNOUNCED,
      words.questions_heading,
      list(story.questions.map((q) => `<strong>${escape(q.question)}</strong> ${escape(q.answer)}`)),
    ),
    slide(
      ANNOUNCED,
      words.sources_heading,
      list(story.sources.map((s) => `${escape(s.publisher)}: ${escape(s.title)} (${escape(s.date)})`)),
    ),
  ];
  const title = {
    text: {
      headline: escape(story.headline),
      text:
        paragraph(story.standfirst) +
        list(story.details.why_it_matters.map(escape)) +
        story.analysis.map((a) => paragraph(a.text)).join(''),
    },
  };
  return { title, events };
}

/**
 * The TimelineJS page, from the demo article's template: the widget's head links and its
 * page-wide Content-Security-Policy go (Knight Lab's embed starts with an inline script), the
 * article's styles are the published `articleCss`, and the widget's mount element becomes
 * Knight Lab's container and start-up script. `timeline-ready` is marked when TimelineJS
 * fires `ready`: its layout, first slide and controls are set up.
 */
export function timelinePage(articleCss) {
  const template = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const slides = JSON.stringify(timelineSlides()).replaceAll('</', '<\\/');
  const head = [
    `  <link rel="stylesheet" href="${articleCss}">`,
    '  <link title="timeline-styles" rel="stylesheet" href="timeline.css">',
    '  <script src="timeline.js"></script>',
  ].join('\n');
  const embed = [
    '<div id="timeline-embed" style="width: 100%; height: 650px"></div>',
    '    <script>',
    // No font files; anything TimelineJS would load by its script path (language files)
    // comes from this page's folder, not from Knight Lab's CDN.
    `      window.timeline = new TL.Timeline('timeline-embed', ${slides}, { font: null, language: 'en', script_path: new URL('./', location.href).href });`,
    "      timeline.on('ready', () => performance.mark('timeline-ready'));",
    '    </script>',
  ].join('\n');
  const lines = template.split('\n').filter((line) => !/Content-Security-Policy|rel="(stylesheet|modulepreload|preload|alternate)"|<script|<noscript|<!--/.test(line));
  const page = lines.join('\n').replace('</head>', `${head}\n</head>`).replace(/<div data-deal-explainer[^>]*><\/div>/, embed);
  if (!page.includes('timeline-embed') || page.includes('data-deal-explainer')) throw new Error('index.html: the widget’s mount element was not found');
  return page;
}
