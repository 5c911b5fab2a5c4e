// The script embed. One `<script type="module" src=".../deal-explainer.js">` defines
// `<deal-explainer lang="nl" theme="auto" tab="terms" story="…">`: any number of them per
// page, each independent, each rendering into its own open shadow root so the host page's
// CSS cannot reach in and ours cannot leak out. The module and the WebAssembly load once per
// page. It defines nothing but the element, and defining it twice is harmless.
import init, { ExplainerHandle } from './pkg/deal_explainer.js';

const TAG = 'deal-explainer';
const SETTINGS = ['lang', 'theme', 'tab', 'story', 'layout', 'open'];
// Snippets shown in the embed dialog and the stylesheet load from the folder of this script.
const BASE = new URL('./', import.meta.url).href;

let wasm = null;
const loadWasm = () => (wasm ??= init({ module_or_path: new URL('pkg/deal_explainer_bg.wasm', BASE) }));

class DealExplainerElement extends HTMLElement {
  static observedAttributes = SETTINGS;

  #handle = null;
  #starting = false;

  connectedCallback() {
    if (!this.#handle && !this.#starting) this.#start();
  }

  disconnectedCallback() {
    // Moving the element (disconnect, then connect in the same task) keeps the widget.
    queueMicrotask(() => {
      if (this.isConnected || !this.#handle) return;
      this.#handle.destroy();
      this.#handle = null;
    });
  }

  attributeChangedCallback() {
    // Before the widget starts there is nothing to update: it starts with the attributes.
    this.#handle?.update(...this.#settings());
  }

  #settings() {
    return SETTINGS.map((name) => this.getAttribute(name) ?? undefined);
  }

  async #start() {
    this.#starting = true;
    // A declarative shadow root (`<template shadowrootmode="open">`) prerendered on the server
    // holds a mount element with the rendered markup: it is hydrated rather than replaced.
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let mount = shadow.querySelector('[data-deal-explainer]');
    if (!mount) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = new URL('widget.css', BASE).href;
      mount = document.createElement('div');
      mount.setAttribute('data-deal-explainer', '');
      // Unstyled text must not flash: show the widget once its styles are in.
      mount.hidden = true;
      const show = () => (mount.hidden = false);
      style.addEventListener('load', show, { once: true });
      style.addEventListener('error', show, { once: true });
      shadow.replaceChildren(style, mount);
    }
    try {
      await loadWasm();
      if (this.isConnected && !this.#handle) {
        this.#handle = new ExplainerHandle(mount, ...this.#settings(), null);
        this.#handle.setEmbedBase(BASE);
      }
    } catch (error) {
      // Prerendered text stays; all of it opens, since the controls cannot work.
      console.error(`deal-explainer: the interactive version could not start (${error}); showing the static version.`);
      const fallback = document.createElement('link');
      fallback.rel = 'stylesheet';
      fallback.href = new URL('widget-static.css', BASE).href;
      shadow.prepend(fallback);
    } finally {
      this.#starting = false;
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, DealExplainerElement);
