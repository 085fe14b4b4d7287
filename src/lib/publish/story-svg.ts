// The story as a standalone picture (Export SVG/PNG, `newsline render`): headline, one-line
// dek, the story column(s) with every label in full, the credit line; a fixed card size or as
// tall as the story. Live text in plain SVG attributes, self-contained (no scripts, no external
// references, no foreignObject), so it opens anywhere and rasterises without tainting a canvas.
// With no headline the picture has none: it is never titled a made-up "Timeline".
import type { NewslineDocument } from '../document';
import { STORY_PALETTES } from '../column/palette';
import type { DateStyle } from '../house/styles';
import { columnSvg, type Ink } from './story-rows';
import { fitStory } from './story-fit';
import { describeTimeline, FONT_STACK } from './svg';
import { wrapLines } from '../column/wrap';
import { escapeXml } from './xml';

export interface StoryPictureOptions {
  width: number;
  /** A card's fixed height, or null: as tall as the story. */
  height?: number | null;
  theme?: 'light' | 'dark';
  /** Fill the picture (default) or leave it transparent. */
  background?: boolean;
  dateStyle?: DateStyle;
  headline?: string | null;
  dek?: string | null;
  credit?: string | null;
}

function inkOf(theme: 'light' | 'dark'): Ink {
  const p = STORY_PALETTES[theme];
  return { ink: p['--nl-s-ink'], accent: p['--nl-s-accent'], muted: p['--nl-s-muted'], rule: p['--nl-s-rule'], paper: p['--nl-s-paper'], shade: p['--nl-s-shade'] };
}

/** Sizes that grow with the picture: a 640 px column reads at 17 px, a 1200 px card larger. */
export function pictureScale(width: number) {
  const clamp = (n: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, n)));
  return {
    pad: clamp(width / 28, 20, 44),
    headline: clamp(width / 27, 24, 44),
    dek: clamp(width / 55, 15, 24),
    credit: clamp(width / 85, 12, 16),
    label: clamp(width / 40, 17, 19),
  };
}

export function storySvg(doc: NewslineDocument, o: StoryPictureOptions): string {
  const width = Math.round(o.width);
  const theme = o.theme ?? 'light';
  const ink = inkOf(theme);
  const s = pictureScale(width);
  // On a card the story needs the room more than the headline needs the size.
  if (o.height) s.headline = Math.min(s.headline, 36);
  const inner = width - 2 * s.pad;
  const head: string[] = [];
  let y = s.pad;
  // Headline and dek wrap well short of the width: the table is Helvetica's, and the bold face
  // a machine lands on (DejaVu Sans Bold on Linux, as resvg draws) runs up to a fifth wider.
  const headline = o.headline?.trim() ? wrapLines(o.headline.trim(), inner * 0.82, s.headline, true) : [];
  const hl = Math.round(s.headline * 1.18);
  headline.forEach((line, i) => head.push(`<tspan x="${s.pad}" y="${y + i * hl + s.headline * 0.85}">${escapeXml(line)}</tspan>`));
  const headlineSvg = headline.length ? `<text class="nl-headline" font-size="${s.headline}" font-weight="700" fill="${ink.ink}">${head.join('')}</text>` : '';
  y += headline.length * hl + (headline.length ? 8 : 0);
  const dekLines = o.dek?.trim() ? wrapLines(o.dek.trim(), inner * 0.9, s.dek) : [];
  const dl = Math.round(s.dek * 1.4);
  const dekSvg = dekLines.length
    ? `<text class="nl-dek" font-size="${s.dek}" fill="${ink.muted}">${dekLines.map((l, i) => `<tspan x="${s.pad}" y="${y + i * dl + s.dek * 0.9}">${escapeXml(l)}</tspan>`).join('')}</text>`
    : '';
  y += dekLines.length * dl + (headline.length || dekLines.length ? Math.round(s.pad * 0.7) : 0);

  const creditLines = o.credit?.trim() ? wrapLines(o.credit.trim(), inner * 0.9, s.credit) : [];
  const cl = Math.round(s.credit * 1.4);
  const creditRoom = creditLines.length ? creditLines.length * cl + Math.round(s.pad * 0.6) : 0;
  const room = o.height ? o.height - y - creditRoom - s.pad : null;
  const fitted = fitStory(doc.events, doc.article.published, o.dateStyle ?? 'ap', inner, room, s.label);
  // A card the story cannot fit even folded: the columns are drawn smaller rather than cut.
  const shrink = room !== null && fitted.height > room ? room / fitted.height : 1;
  const columns = fitted.columns
    .map((rows, i) => {
      const x = s.pad + i * (fitted.columnWidth + fitted.gutter) * shrink;
      const scale = shrink < 1 ? ` scale(${shrink.toFixed(4)})` : '';
      return `<g transform="translate(${Math.round(x)} ${y})${scale}">${columnSvg(rows, fitted.layout.geometry, fitted.columnWidth, ink, fitted.layout.projectedTop)}</g>`;
    })
    .join('\n');
  const storyHeight = Math.ceil(fitted.height * shrink);
  const height = o.height ?? y + storyHeight + creditRoom + s.pad;
  const creditTop = height - s.pad - creditLines.length * cl;
  const creditSvg = creditLines.length
    ? `<text class="nl-credit" font-size="${s.credit}" fill="${ink.muted}">${creditLines.map((l, i) => `<tspan x="${s.pad}" y="${creditTop + i * cl + s.credit * 0.9}">${escapeXml(l)}</tspan>`).join('')}</text>`
    : '';
  const title = o.headline?.trim() || o.dek?.trim() || null;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" class="nl-export nl-story-export" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `role="img" aria-labelledby="${title ? 'nl-title ' : ''}nl-desc" font-family="${escapeXml(FONT_STACK)}">`,
    title ? `<title id="nl-title">${escapeXml(title)}</title>` : '',
    `<desc id="nl-desc">${escapeXml(describeTimeline(doc))}</desc>`,
    o.background === false ? '' : `<rect class="nl-background" width="${width}" height="${height}" fill="${ink.paper}"/>`,
    headlineSvg,
    dekSvg,
    columns,
    creditSvg,
    '</svg>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
