// The timeline drawn in the browser for export: layout() at the export width and window,
// TimelineSvg mounted into a detached element (never shown, never interactive), its markup
// read back, and the CSS rules its scoped classes use collected from the page's stylesheets.
// The browser twin of server-drawing.ts; the same builder wraps both (svg.ts).
import { flushSync, mount, unmount } from 'svelte';
import type { NewslineDocument } from '../document';
import { layout } from '../layout';
import type { TimeWindow } from '../layout/types';
import TimelineSvg from '../timeline/TimelineSvg.svelte';
import { orientationFor } from './orientation';
import type { TimelineDrawing } from './svg';

export function browserDrawing(doc: NewslineDocument, width: number, window: TimeWindow | null = null, locale?: string): TimelineDrawing {
  const drawn = layout(doc.events, width, { published: doc.article.published, orientation: orientationFor(width), window, locale });
  const target = document.createElement('div');
  const app = mount(TimelineSvg, { target, props: { layout: drawn, title: doc.article.title ?? undefined } });
  flushSync();
  const markup = target.innerHTML;
  unmount(app);
  return { markup, css: scopedCss(markup), width: drawn.width, height: drawn.height };
}

/** Every stylesheet rule that names one of the Svelte scope classes found in `markup`. */
function scopedCss(markup: string): string {
  const hashes = [...new Set(markup.match(/svelte-[a-z0-9]+/g) ?? [])];
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // a cross-origin stylesheet: not ours, and unreadable anyway
    }
    for (const rule of Array.from(list)) {
      const text = rule.cssText;
      if (hashes.some((h) => text.includes(h))) rules.push(text);
    }
  }
  return rules.join('\n');
}
