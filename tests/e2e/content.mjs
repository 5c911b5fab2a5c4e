// The content the site was built from, so tests compare the page with the files instead of
// repeating their words.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const DIR = path.resolve(ROOT, process.env.DEAL_CONTENT_DIR ?? 'static/content');

/** `{ en: {ui, story}, nl: {ui, story} }` for the first story (by name). */
export function loadContent() {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
  // Besides stories: each language's wording and its list of words to avoid.
  const stories = files.filter((f) => !f.startsWith('interface.') && !f.startsWith('terminology.'));
  const slug = stories[0].split('.')[0];
  const locales = {};
  for (const file of files.filter((f) => f.startsWith('interface.'))) {
    const code = file.split('.')[1];
    locales[code] = {
      ui: JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')),
      story: JSON.parse(fs.readFileSync(path.join(DIR, `${slug}.${code}.json`), 'utf8')),
    };
  }
  return { slug, locales };
}
