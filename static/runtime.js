// The interactive widget: the WebAssembly module, instantiated once per page however many
// widgets there are, and the start of a widget on a mount element a loader hands over.
// Loaded by the loaders (page.js, deal-explainer.js) when a widget is about to be needed.
//
// If the module ever traps (any panic does, in the shipped build), its memory can no longer
// be trusted: no widget calls it again, and each one shows its text in full, as without
// JavaScript. One message in the console says so.
import init, { ExplainerHandle } from './pkg/deal_explainer.js';

let instantiated = null;
let stopped = false;
const running = new Set();

/** Instantiates the module once; `module` is its URL or a `fetch` of it already under way. */
export function load(module) {
  instantiated ??= init({ module_or_path: module });
  return instantiated;
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

function stop(error) {
  // Said once, here: the loaders do not report it again.
  error.reported = true;
  if (stopped) return;
  stopped = true;
  console.error(
    `deal-explainer: the interactive version stopped on an internal error (${error.message}); every explainer on this page now shows all of its text, without its controls.`,
  );
  for (const widget of running) widget.onStop();
  running.clear();
}
// Traps in the widget's own event handlers and scheduled renders surface here.
addEventListener('error', (event) => isTrap(event.error) && stop(event.error));
addEventListener('unhandledrejection', (event) => isTrap(event.reason) && stop(event.reason));

const stoppedError = () => Object.assign(new Error('the interactive version has stopped'), { reported: true });

/** Runs `call` on the module; a trap stops every widget and is thrown on. */
function guarded(call) {
  if (stopped) throw stoppedError();
  try {
    return call();
  } catch (error) {
    if (isTrap(error)) stop(error);
    throw error;
  }
}

/**
 * FNV-1a over the mount's markup, `<` and `>` counted the same escaped or not: the first
 * half of the fingerprint the module checks before hydrating (src/prerendered.rs). Hashed
 * here, the markup is never copied into the module's memory, which never shrinks.
 */
function markupHash(mount) {
  const html = mount.innerHTML.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  let hash = 0x811c9dc5;
  for (let i = 0; i < html.length; i += 1) hash = Math.imul(hash ^ html.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * The same button in `mount` after the widget rendered there. Hydration keeps the
 * prerendered nodes; a fresh rendering (markup from another build or altered) makes new
 * ones, found by the region the button controls, its id or language, else its position.
 */
function counterpart(mount, button) {
  if (mount.contains(button)) return button;
  for (const name of ['aria-controls', 'id', 'lang']) {
    const value = button.getAttribute(name);
    if (value) return mount.querySelector(`button[${name}="${CSS.escape(value)}"]`);
  }
  let top = button;
  while (top.parentNode) top = top.parentNode;
  return mount.querySelectorAll('button')[[...top.querySelectorAll('button')].indexOf(button)];
}

/**
 * Does what the reader did before the widget was interactive, in order: each click, and
 * each key that moves between tabs (as the tab list handles it, focus included).
 */
function replay(mount, held) {
  for (const [button, key] of held.splice(0)) {
    const target = counterpart(mount, button);
    if (!target) continue;
    if (key) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    else target.click();
  }
}

/**
 * Starts a widget on `mount` with the settings `asked` for (`{lang, tab, theme, story,
 * layout, open}`).
 * Resolves, once it is interactive, to `{update(asked), navigate(asked), destroy()}`:
 * `navigate` is for the reader's own moves (back, forward, a link), shown even where they ask
 * for what was asked before. `held` is the reader's
 * input kept by the loader (lib/early.js), done once the widget is interactive;
 * `onChange(lang, tab, open)` follows the reader; `onStop()` runs if the module stops;
 * `embedBase` is the folder the embed snippets load from (the page's own by default).
 */
export async function start(mount, asked, { held = [], onChange, onStop, embedBase } = {}) {
  await instantiated;
  held.stop?.();
  // The busy marks are not part of the prerendered markup, whose fingerprint is checked.
  for (const button of mount.querySelectorAll('[data-pending]')) button.removeAttribute('data-pending');
  let interactive;
  const ready = new Promise((resolve) => (interactive = resolve));
  // Should the module stop before this widget is interactive, the wait ends too.
  const widget = { onStop: () => (onStop?.(), interactive()) };
  const hash = markupHash(mount);
  const handle = guarded(() => {
    const handle = new ExplainerHandle(
      mount,
      asked,
      (lang, tab, open) => {
        interactive();
        onChange?.(lang, tab, open);
      },
      hash,
    );
    if (embedBase) handle.setEmbedBase(embedBase);
    return handle;
  });
  running.add(widget);
  await ready;
  if (stopped) throw stoppedError();
  replay(mount, held);
  return {
    // Once the module has stopped, the text stays as it is.
    update: (asked) => stopped || guarded(() => handle.update(asked)),
    navigate: (asked) => stopped || guarded(() => handle.navigate(asked)),
    destroy() {
      running.delete(widget);
      if (!stopped) guarded(() => handle.destroy());
    },
  };
}

const sheet = (href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
// Everything shows when the controls cannot work.
const STATIC_STYLES = new URL('widget-static.css', import.meta.url).href;

let policy;
/**
 * `html` as the page lets it be parsed. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) parses it once its `trusted-types` directive names
 * our policy, `deal-explainer`: the text is our own build's prerendered markup, where all
 * content is escaped text. Where the policy cannot be made (the page names others only),
 * the plain string is tried, and failing that the module renders the text itself.
 */
function trustedHTML(html) {
  if (policy === undefined) {
    try {
      policy = globalThis.trustedTypes?.createPolicy('deal-explainer', { createHTML: (markup) => markup }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(html) : html;
}

/**
 * Starts the widget of a `<deal-explainer>` element (deal-explainer.js). A plain element
 * first gets its prerendered text (`text`: its fragment's HTML, once its styles are in,
 * `styled`), so it is readable whatever happens next; then the module (`module`: its fetch)
 * starts on it, hydrating the text. Should the module fail, the text stays, all of it shown,
 * and the console says why. Resolves to the widget, or to null.
 */
export async function startElement(element, { asked, text, module, held, styled, base }) {
  const shadow = element.shadowRoot;
  const mount = () => shadow.querySelector('[data-deal-explainer]');
  const loading = load(module);
  // Compiling goes on while the text arrives; a failure is reported below, once.
  loading.catch(() => {});
  try {
    const html = await text;
    if (html) {
      const parsed = new DOMParser().parseFromString(trustedHTML(html), 'text/html');
      await styled;
      mount().replaceWith(document.adoptNode(parsed.body.firstElementChild));
    }
  } catch (error) {
    // The module can still render the widget itself.
    console.warn(`deal-explainer: its prerendered text could not load from ${base} (${error}).`);
  }
  try {
    await loading;
    if (!element.isConnected) return held.stop(), null;
    return await start(mount(), asked, { held, embedBase: base, onStop: () => shadow.prepend(sheet(STATIC_STYLES)) });
  } catch (error) {
    held.stop();
    for (const button of shadow.querySelectorAll('[data-pending]')) button.removeAttribute('data-pending');
    const shown = mount().hasChildNodes() ? 'showing its text without its controls' : 'nothing to show';
    if (!error.reported) console.error(`deal-explainer: the interactive version could not start (${error}); ${shown}.`);
    shadow.prepend(sheet(STATIC_STYLES));
    return null;
  }
}
