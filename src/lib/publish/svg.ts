// The standalone SVG file behind "Export SVG" and `newsline render`: the drawn timeline plus
// what a picture needs away from the app (headline, source and credit line, <title> and
// <desc>, inlined styles, a system font stack), as one self-contained file that opens in a
// browser, Inkscape or Illustrator. It takes the timeline already rendered to markup (by
// svelte/server or a mounted component) and its CSS; it must not know how either was made.
// Every article-derived string is escaped; the timeline markup goes through the allow-list.
import type { NewslineDocument } from '../document';
import { creditLine, dayInWords } from './credit';
import { resolveColorScheme, type Theme } from './css-scheme';
import { cssVariableDeclarations, resolveCssVariables } from './css-vars';
import { parseStyleRules } from './inline-styles';
import { cleanCss, cleanSvgMarkup } from './svg-clean';
import { wrapText } from './wrap';
import { escapeXml } from './xml';

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif';

export interface TimelineDrawing {
  /** The timeline component's rendered markup: one root <svg>. */
  markup: string;
  /** The CSS its classes need. */
  css: string;
  width: number;
  height: number;
}

export interface StandaloneOptions {
  theme?: Theme;
  /** Fill the picture (true) or leave it transparent (false); default true. */
  background?: boolean;
  /** CSS custom properties the component's CSS reads, resolved by the caller. */
  variables?: Record<string, string>;
  /** The newsroom's own credit ("Graphic: J. Doe; source: Yonhap"), replacing the source part. */
  credit?: string | null;
}

const PAD = 16;
const HEADLINE = { size: 20, line: 26, maxLines: 3 };
const CREDIT = { size: 12, line: 16, gap: 10 };
const COLORS: Record<Theme, { background: string; text: string; muted: string }> = {
  light: { background: '#ffffff', text: '#111111', muted: '#555555' },
  dark: { background: '#15171a', text: '#f2f2f2', muted: '#b5b5b5' },
};

export function toStandaloneSvg(doc: NewslineDocument, drawing: TimelineDrawing, options: StandaloneOptions = {}): string {
  const theme = options.theme ?? 'light';
  const colors = COLORS[theme];
  const width = Math.round(drawing.width);
  // No headline is no headline: a picture is never titled a made-up "Timeline".
  const headline = doc.presentation?.headline?.trim() || doc.article.title?.trim() || '';
  // Wrap short of the width: the width table is Helvetica's, and the bold faces a system
  // stack may land on (DejaVu Sans Bold, Segoe UI Bold) run wider still.
  const room = (width - 2 * PAD) * 0.86;
  const lines = headline ? wrapText(headline, room, HEADLINE.size, true, HEADLINE.maxLines) : [];
  const top = PAD + lines.length * HEADLINE.line;
  const timelineTop = top + 8;
  const custom = options.credit?.trim();
  const creditText = custom ? `${custom} · Made with Newsline` : creditLine(doc.article);
  const credit = wrapText(creditText, room, CREDIT.size, false, 3);
  const creditY = timelineTop + Math.round(drawing.height) + CREDIT.gap + CREDIT.size;
  const height = creditY + (credit.length - 1) * CREDIT.line + PAD;

  // Values are inlined, not declared: resvg, Inkscape and Illustrator ignore var(). The
  // component's own declarations (after the theme is fixed) come first, the caller's win.
  const themed = resolveColorScheme(drawing.css, theme);
  const variables: Record<string, string> = cssVariableDeclarations(themed);
  for (const [k, v] of Object.entries(options.variables ?? {})) {
    if (/^--[\w-]{1,60}$/.test(k)) variables[k] = v.replace(/[;{}<>]/g, '');
  }
  const timelineCss = cleanCss(resolveCssVariables(themed, variables));
  const css = [
    `.nl-export{font-family:${FONT_STACK}}`,
    `.nl-headline{font-size:${HEADLINE.size}px;font-weight:700;fill:${colors.text}}`,
    `.nl-credit{font-size:${CREDIT.size}px;fill:${colors.muted}}`,
    timelineCss,
  ].join('\n');
  const timeline = cleanSvgMarkup(drawing.markup, {
    styleRules: parseStyleRules(timelineCss),
    rootTag: 'g',
    rootDrop: ['width', 'height', 'viewBox', 'preserveAspectRatio', 'style', 'x', 'y', 'role', 'aria-label', 'aria-labelledby'],
    rootAttributes: { transform: `translate(0 ${timelineTop})`, 'clip-path': 'url(#nl-clip)' },
  });
  const headlineText = lines
    .map((l, i) => `<tspan x="${PAD}" y="${PAD + HEADLINE.size + i * HEADLINE.line - 4}">${escapeXml(l)}</tspan>`)
    .join('');

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" class="nl-export" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${headline ? 'nl-title ' : ''}nl-desc" ` +
      `font-family="${escapeXml(FONT_STACK)}">`,
    headline ? `<title id="nl-title">${escapeXml(headline)}</title>` : '',
    `<desc id="nl-desc">${escapeXml(describeTimeline(doc))}</desc>`,
    `<style>\n${css.replace(/<\/?style/gi, '')}\n</style>`,
    `<defs><clipPath id="nl-clip"><rect x="0" y="0" width="${width}" height="${Math.round(drawing.height)}"/></clipPath></defs>`,
    options.background === false ? '' : `<rect class="nl-background" width="${width}" height="${height}" fill="${colors.background}"/>`,
    headline ? `<text class="nl-headline" fill="${colors.text}" font-size="${HEADLINE.size}" font-weight="700">${headlineText}</text>` : '',
    timeline,
    `<text class="nl-credit" fill="${colors.muted}" font-size="${CREDIT.size}">${credit
      .map((l, i) => `<tspan x="${PAD}" y="${creditY + i * CREDIT.line}">${escapeXml(l)}</tspan>`)
      .join('')}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** What <desc> says to a screen reader or a search engine: counts, then each event in order. */
export function describeTimeline(doc: NewslineDocument, max = 60): string {
  const past = doc.events.filter((e) => e.status === 'past').length;
  const projected = doc.events.length - past;
  const undated = doc.events.filter((e) => e.when.start === null).length;
  const head =
    `Timeline of ${doc.events.length} events from an article published ${dayInWords(doc.article.published)}: ` +
    `${past} past, ${projected} projected${undated ? ` (${undated} with no date)` : ''}.`;
  const items = doc.events.slice(0, max).map((e) => {
    const when = e.when.text ?? (e.when.start ? e.when.start : 'no date');
    return `${e.label} (${e.status}, ${when})`;
  });
  const more = doc.events.length > max ? ` And ${doc.events.length - max} more.` : '';
  return items.length ? `${head} ${items.join('; ')}.${more}` : head;
}
