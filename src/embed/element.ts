// newsline-timeline.js: <newsline-timeline src="doc.json"> or
// <newsline-timeline><script type="application/json">{...}</script></newsline-timeline>.
// Draws inside a shadow root: page CSS cannot reach the drawing (selectors stop at the shadow
// boundary) and the wrapper resets every inherited property, so `body {font-size: 30px}` or
// `svg text {...}` on the host page change nothing. Svelte injects the component CSS into the
// shadow root (the element build compiles with css: 'injected').
import { mount, unmount } from 'svelte';
import EmbedView from './EmbedView.svelte';
import { fetchDocument, readInlineDocument } from '../lib/publish/load';
import type { NewslineDocument } from '../lib/document';

const HOST_CSS = ':host{display:block;contain:content}:host([hidden]){display:none}';

class NewslineTimelineElement extends HTMLElement {
  static observedAttributes = ['src'];
  #shadow: ShadowRoot;
  #app: ReturnType<typeof mount> | null = null;
  #connected = false;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = HOST_CSS;
    this.#shadow.append(style);
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#render();
  }

  // Upgrading a parsed element reports its src before connectedCallback: render once, there.
  attributeChangedCallback(): void {
    if (this.#connected) this.#render();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    if (this.#app) unmount(this.#app);
    this.#app = null;
  }

  #load(): Promise<NewslineDocument> {
    const src = this.getAttribute('src');
    if (src) return fetchDocument(src, document.baseURI, (url, init) => fetch(url, init));
    const inline = this.querySelector('script[type="application/json"]');
    if (inline) return Promise.resolve().then(() => readInlineDocument(inline.textContent ?? ''));
    return Promise.reject(new Error('This timeline has no document: give it a src attribute or an inline JSON script.'));
  }

  #render(): void {
    if (this.#app) unmount(this.#app);
    this.#app = mount(EmbedView, { target: this.#shadow, props: { load: this.#load(), label: this.getAttribute('aria-label') } });
  }
}

if (!customElements.get('newsline-timeline')) customElements.define('newsline-timeline', NewslineTimelineElement);
