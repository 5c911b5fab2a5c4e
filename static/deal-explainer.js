// The script embed. One `<script type="module" src=".../deal-explainer.js">` defines
// `<deal-explainer lang="nl" theme="auto" tab="terms" story="…">`: any number of them per
// page, each independent, each rendering into its own open shadow root so the host page's
// CSS cannot reach in and ours cannot leak out. It defines nothing but the element, and
// defining it twice is harmless.
//
// Nothing heavy loads until a widget comes within a screen of the reader's view (or the
// reader touches it): then its text (prerendered for its settings), the runtime and the
// WebAssembly load at once; the runtime and module load once per page.
import { holdInput, whenNear } from './lib/early.js';
import { chooseVariant } from './lib/variants.js';

const TAG = 'deal-explainer';
const url = (path) => new URL(path, import.meta.url).href;
// Snippets shown in the embed dialog load from the folder of this script.
const BASE = url('./');
const STYLES = url('widget.css');
const FRAGMENTS = url('fragments/');
// Set by the build: the languages, tabs and themes fragments exist for, defaults first
// (`{lang: ['en', 'nl'], …}`, lib/variants.js).
// eslint-disable-next-line no-undef
const VARIANTS = DEAL_VARIANTS;
// What an embed may ask for: those, the story, and an item to open.
const SETTINGS = [...Object.keys(VARIANTS), 'story', 'open'];

const sheet = (href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
// The module's download, started by the first widget that nears the view.
let module;
const texts = {};

class DealExplainerElement extends HTMLElement {
  static observedAttributes = SETTINGS;
  // Lets a second copy of this script see that the tag is already ours.
  static dealExplainer = true;

  #widget;
  /** Until the widget starts: the reader's held input and the wait for the view. */
  #waiting;
  #starting;
  /** A plain element's styles: its text goes in once they are there (no unstyled flash). */
  #styled;

  connectedCallback() {
    if (this.#widget || this.#waiting || this.#starting) return;
    // A declarative shadow root prerendered on the server holds a mount element with the
    // rendered markup; a plain element gets a shadow root with the styles and, soon, its text.
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let mount = shadow.querySelector('[data-deal-explainer]');
    if (!mount) {
      const styles = sheet(STYLES);
      this.#styled = new Promise((done) => (styles.onload = styles.onerror = done));
      mount = document.createElement('div');
      mount.setAttribute('data-deal-explainer', '');
      shadow.replaceChildren(styles, mount);
    }
    const start = () => this.#start();
    this.#waiting = [holdInput(shadow, start), whenNear([this, mount], start)];
  }

  disconnectedCallback() {
    // Moving the element (disconnect, then connect in the same task) keeps the widget.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#waiting?.[0].stop();
      this.#waiting?.[1]();
      this.#waiting = null;
      this.#widget?.destroy();
      this.#widget = null;
    });
  }

  attributeChangedCallback() {
    // Before the widget starts there is nothing to update: it starts with the attributes.
    this.#widget?.update(this.#asked());
  }

  #asked() {
    return Object.fromEntries(SETTINGS.map((name) => [name, this.getAttribute(name)]));
  }

  async #start() {
    if (!this.#waiting) return;
    const [held, stopWatching] = this.#waiting;
    this.#waiting = null;
    this.#starting = true;
    stopWatching();
    // Text, runtime and module download at once (the module once per page). A plain
    // element's text is prerendered for its settings.
    const mount = this.shadowRoot.querySelector('[data-deal-explainer]');
    const langs = [document.documentElement.lang, ...navigator.languages];
    const name = chooseVariant(VARIANTS, this.#asked(), [], langs).join('.');
    // Once per page and variant: widgets come and go, their text stays the same. (A missing
    // fragment is no text: the module renders the widget itself.)
    const text = mount.hasChildNodes() ? null : (texts[name] ??= fetch(`${FRAGMENTS}${name}.html`).then((r) => r.ok && r.text()));
    module ??= fetch(url('pkg/deal_explainer_bg.wasm'));
    try {
      const runtime = await import(url('runtime.js'));
      const asked = this.#asked();
      const widget = await runtime.startElement(this, { asked, text, module, held, styled: this.#styled, base: BASE });
      // Removed while it started: nothing may stay behind.
      if (this.isConnected) this.#widget = widget;
      else widget?.destroy();
    } catch (error) {
      held.stop();
      console.error(`deal-explainer: nothing could load from ${BASE} (${error}).`);
    } finally {
      this.#starting = false;
    }
  }
}

const defined = customElements.get(TAG);
if (!defined) customElements.define(TAG, DealExplainerElement);
else if (!defined.dealExplainer) console.error(`deal-explainer: another script has already defined <${TAG}>, so none can start.`);
