// "Copy embed code": HTML a newsroom pastes into its CMS. Two ways to carry the document
// (inline, compressed in the frame's fragment; or by the URL where the JSON is hosted) and two
// ways to show it (an iframe via embed.js, or the <newsline-timeline> element). Pure string
// building; every interpolated value is escaped here, since headlines are article data.
import { escapeXml } from './xml';

export interface SnippetInput {
  /** Absolute URL of the folder serving embed.html, embed.js and newsline-timeline.js, ending in '/'. */
  assetBase: string;
  /** The document as `encodeDocumentFragment` gives it. */
  fragment: string;
  /** The document itself, for the element's inline JSON. */
  document: unknown;
  headline: string | null;
  /** Where the newsroom will host the JSON file; a visible placeholder when unknown. */
  documentUrl?: string;
  /** The JSON file name suggested for hosting. */
  filename: string;
}

export interface EmbedSnippets {
  frameInline: string;
  frameByUrl: string;
  elementInline: string;
  elementByUrl: string;
}

/** JSON that cannot end its <script> element early or open a comment inside it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function embedSnippets(input: SnippetInput): EmbedSnippets {
  const base = escapeXml(input.assetBase);
  const title = escapeXml(`Timeline: ${input.headline?.trim() || 'news events'}`);
  const url = escapeXml(input.documentUrl ?? `https://YOUR-SITE.example/${input.filename}`);
  const parentScript = `<script src="${base}embed.js" async></script>`;
  const elementScript = `<script type="module" src="${base}newsline-timeline.js"></script>`;
  const hostHint = input.documentUrl ? '' : `<!-- Upload ${escapeXml(input.filename)} and put its address in the src below. -->\n`;
  return {
    frameInline: `<div data-newsline-doc="${escapeXml(input.fragment)}" data-newsline-title="${title}"></div>\n${parentScript}`,
    frameByUrl: `${hostHint}<div data-newsline-src="${url}" data-newsline-title="${title}"></div>\n${parentScript}`,
    elementInline:
      `${elementScript}\n<newsline-timeline aria-label="${title}">` +
      `<script type="application/json">${scriptSafeJson(input.document)}</script></newsline-timeline>`,
    elementByUrl: `${hostHint}${elementScript}\n<newsline-timeline src="${url}" aria-label="${title}"></newsline-timeline>`,
  };
}

/** What the clipboard receives: the iframe snippets first (they work in any CMS), then the element. */
export function embedCodeText(s: EmbedSnippets): string {
  return [
    '<!-- Newsline: document inline (no hosting needed) -->',
    s.frameInline,
    '',
    '<!-- Newsline: document by URL -->',
    s.frameByUrl,
    '',
    '<!-- Newsline web component, document by URL (or inline: see the app) -->',
    s.elementByUrl,
  ].join('\n');
}
