// What an editor meets when a content file is wrong: the build (scripts/build.sh, which
// scripts/serve.sh runs) and the check the README gives them both stop, naming the file,
// line, column and field, and the site built before is left as it was.
// (The checks themselves, case by case, are tests/content_files.rs.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, ROOT } from './harness.mjs';
import { loadContent } from './content.mjs';

const { slug, locales } = loadContent();
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'deal-broken-content-'));
test.after(() => fs.rmSync(WORK, { recursive: true, force: true }));

// The real content with the English headline emptied, as a slip of the editor's hand.
const BROKEN = path.join(WORK, 'content');
fs.cpSync(path.join(ROOT, 'static', 'content'), BROKEN, { recursive: true });
const file = `${slug}.en.json`;
const text = fs.readFileSync(path.join(BROKEN, file), 'utf8');
const headline = `"headline": ${JSON.stringify(locales.en.story.headline)}`;
assert.equal(text.split(headline).length, 2, 'the headline is written once');
fs.writeFileSync(path.join(BROKEN, file), text.replace(headline, '"headline": ""'));
const lines = text.slice(0, text.indexOf(headline)).split('\n');
const where = `${file}:${lines.length}:${lines.at(-1).length + '"headline": '.length + 1}: field \`headline\`: this text is empty`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 600000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('the check the README gives editors stops on an empty headline, naming file, line, column and field', () => {
  const { status, output } = run('cargo', ['run', '--quiet', '-p', 'deal-content', '--features', 'load', '--example', 'check', '--', BROKEN]);
  assert.equal(status, 1, output);
  assert.ok(output.includes(where), `says ${where}:\n${output}`);
});

test('the build stops on it too, says the same, and leaves the site built before untouched', () => {
  const out = path.join(WORK, 'dist');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'index.html'), 'the site as built before');
  // (Cargo builds the widget again on the next build with the real content: about a minute.)
  const { status, output } = run('bash', ['scripts/build.sh'], { DEAL_CONTENT_DIR: BROKEN, DEAL_OUT: out });
  assert.notEqual(status, 0, output);
  assert.ok(output.includes(where), `says ${where}:\n${output}`);
  assert.ok(output.includes('1 problem(s) in the content files'), output);
  assert.deepEqual(fs.readdirSync(out), ['index.html']);
  assert.equal(fs.readFileSync(path.join(out, 'index.html'), 'utf8'), 'the site as built before');
});
