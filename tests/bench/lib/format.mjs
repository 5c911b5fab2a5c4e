// Statistics and Markdown formatting shared by the benchmark's sections.

const ascending = (values) => [...values].sort((a, b) => a - b);

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values) {
  const sorted = ascending(values);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest rank: the smallest value with at least p % (0 < p ≤ 100) of the values at or below it. */
export function percentile(values, p) {
  const sorted = ascending(values);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** The run whose `key` is the median one (the lower middle of an even count). */
export function medianRun(runs, key) {
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export const ms = (value) => `${value.toFixed(1)} ms`;
export const bytes = (count) => count.toLocaleString('en-US');
export const kb = (count) => `${(count / 1024).toFixed(1)} KB`;
export const mb = (count) => `${(count / 1024 / 1024).toFixed(2)} MB`;
export const ratio = (a, b) => (a / b).toFixed(2);

/** A Markdown table: `header` is a list of column names, a name ending in `>` right-aligns. */
export function table(header, rows) {
  const names = header.map((h) => h.replace(/>$/, ''));
  const align = header.map((h) => (h.endsWith('>') ? '---:' : '---'));
  return [`| ${names.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A signed time in whole ms: `+12`, `−340`. */
export const signed = (value) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)}`;

/**
 * A waterfall (lib/browser.mjs `waterfall`) as a table: times from navigation, and each
 * start against the moment the HTML's last byte arrived (`htmlEnd`), when given: a negative
 * value is a request the browser made while the HTML was still arriving.
 */
export function waterfallTable(rows, htmlEnd = null) {
  const wire = (r) => (r.wire === null ? '–' : bytes(r.wire));
  if (htmlEnd === null) {
    return table(['request', 'encoding', 'bytes on the wire>', 'start>', 'end>'], rows.map((r) => [r.label, r.encoding, wire(r), signed(r.start), signed(r.end)]));
  }
  return table(
    ['request', 'encoding', 'bytes on the wire>', 'start>', 'start − HTML’s last byte>', 'end>'],
    rows.map((r) => [r.label, r.encoding, wire(r), r.start.toFixed(0), signed(r.start - htmlEnd), r.end.toFixed(0)]),
  );
}

/** The long tasks of a load, as `start ms (duration ms)`, from navigation. */
export const longTasks = (load) =>
  load.longTasks.length ? load.longTasks.map((t) => `${t.start.toFixed(0)} (${t.duration.toFixed(0)})`).join(', ') : 'none';

/** What a waterfall's heading says about the document. */
export const htmlTimes = (load) => `the HTML’s last byte at ${ms(load.resources[0].end)}`;
