// Runs inside the iframe page (embed.html): tells the page around the iframe how tall the
// widget is, in the formats hosts already understand:
//   ours       {type: 'deal-explainer:height', id, height}   (read by embed-host.js)
//   Pym        'pymxPYMx{childId}xPYMxheightxPYMx{height}'    (pym.js parents)
//   AMP        {sentinel: 'amp', type: 'embed-size', height} (<amp-iframe resizable>)
//   WordPress  {message: 'height', value, secret}             (wp-embed.js, when the URL has #?secret=…)
// It reports when the page has loaded, whenever the size changes while the frame is shown,
// and whenever the host asks. Browsers do not lay out a cross-origin frame that is off
// screen until it is scrolled to (no ResizeObserver callbacks), but load events and
// messages still arrive, and measuring lays the page out on demand: so a frame far below
// the fold has its height before the reader gets there.
// It works without the WebAssembly too: the prerendered text has a height as well.

const params = new URLSearchParams(location.search);
// Pym parents add `childId` to the iframe URL; our snippet may add `id`.
const id = params.get('id') ?? params.get('childId') ?? '';
const pymId = params.get('childId') ?? id;
// AMP refuses to shrink an amp-iframe below 100 px.
const AMP_MIN_HEIGHT = 100;
// WordPress puts an embed it found by oEmbed discovery in a sandboxed iframe and adds
// `#?secret=…` to its URL (now, or later from wp-embed.js); its wp-embed.js then shows and
// sizes only the iframe whose messages carry that secret, read as wp-embed-template.js reads it.
const wordpressSecret = () => location.hash.match(/secret=([A-Za-z0-9]+)/)?.[1];

let reported = 0;

function measure() {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

function report(force = false) {
  if (parent === window || !document.body) return;
  const height = measure();
  if (height === reported && !force) return;
  reported = height;
  // The height is no secret, and the host's origin is unknown: any page may embed us.
  parent.postMessage({ type: 'deal-explainer:height', id, height }, '*');
  parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: Math.max(height, AMP_MIN_HEIGHT) }, '*');
  const secret = wordpressSecret();
  if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
}

// While the frame is shown: every change of the body's size (content, language, tab,
// width, the iframe shown after it was created hidden). No polling.
new ResizeObserver(() => report()).observe(document.body);
// Off screen too: once everything has loaded, and once the widget is interactive.
addEventListener('load', () => report(true));
document.addEventListener('deal-explainer:interactive', () => report(true));

// A host script that starts after our reports asks again; so does a Pym parent, which
// sends the iframe's width when it loads and on every resize.
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const asksForHeight =
    (typeof event.data === 'object' && event.data?.type === 'deal-explainer:request-height') ||
    (typeof event.data === 'string' && event.data.startsWith(`pymxPYMx${pymId}xPYMxwidthxPYMx`)) ||
    // wp-embed.js says `ready` when it starts, in case we reported before it listened.
    (event.data?.message === 'ready' && !!event.data.secret && event.data.secret === wordpressSecret());
  if (asksForHeight) report(true);
});
// wp-embed.js may add the secret after the page has loaded, which changes only the fragment.
addEventListener('hashchange', () => wordpressSecret() && report(true));
// wp-embed.js keeps the iframe hidden until it hears from it, and a hidden cross-origin frame
// gets no ResizeObserver callbacks: so speak first, and again once everything has loaded.
if (wordpressSecret()) {
  report(true);
  addEventListener('load', () => report(true));
}
