// embed.js: the script a newsroom page loads once. It turns every
//   <div data-newsline-src="doc.json">   or   <div data-newsline-doc="<fragment>">
// into an iframe of embed.html (found beside this script), then sizes each frame from the
// height messages that frame posts. It trusts a message only when event.source is that very
// frame's window and event.origin is the frame's origin; anything else, or anything malformed,
// is ignored. Must not know anything about timelines: it only moves heights.
import { cleanChildId, parseHeightMessage } from '../lib/publish/messages';

interface Frame {
  iframe: HTMLIFrameElement;
  id: string;
  origin: string;
}

declare global {
  interface Window {
    NewslineEmbed?: { scan: () => void };
  }
}

const FRAME_STYLE = 'display:block;width:100%;height:320px;border:0;margin:0;padding:0;overflow:hidden;';
const frames: Frame[] = [];
let counter = 0;

/** Where embed.js was loaded from: embed.html lives beside it. Captured while the script runs. */
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

function upgrade(host: HTMLElement): void {
  const { newslineSrc: src, newslineDoc: doc } = host.dataset;
  if (host.dataset.newslineReady || (!src && !doc)) return;
  host.dataset.newslineReady = 'true';
  const id = cleanChildId(host.id, `newsline-${++counter}`);
  const url = new URL(host.dataset.newslineEmbed || 'embed.html', scriptUrl);
  url.searchParams.set('childId', id);
  // A relative document address means "relative to this page", not to where embed.html lives.
  if (src) url.searchParams.set('src', new URL(src, document.baseURI).href);
  else url.hash = `doc=${doc}`;

  const iframe = document.createElement('iframe');
  iframe.src = url.href;
  iframe.title = host.dataset.newslineTitle || 'Timeline';
  iframe.setAttribute('style', FRAME_STYLE);
  iframe.setAttribute('scrolling', 'no');
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
  iframe.referrerPolicy = 'strict-origin-when-cross-origin';
  host.replaceChildren(iframe);
  frames.push({ iframe, id, origin: url.origin });
}

function scan(): void {
  document.querySelectorAll<HTMLElement>('[data-newsline-src],[data-newsline-doc]').forEach(upgrade);
}

function onMessage(event: MessageEvent): void {
  const frame = frames.find((f) => f.iframe.contentWindow === event.source);
  if (!frame || event.origin !== frame.origin) return;
  const message = parseHeightMessage(event.data);
  // AMP messages carry no id; they are accepted because the source check already names the frame.
  if (!message || (message.id !== null && message.id !== frame.id)) return;
  const height = `${message.height}px`;
  if (frame.iframe.style.height !== height) frame.iframe.style.height = height;
}

// Loading embed.js twice (two embeds pasted in one article) must not double the listeners.
if (!window.NewslineEmbed) {
  window.NewslineEmbed = { scan };
  window.addEventListener('message', onMessage);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
} else {
  window.NewslineEmbed.scan();
}
