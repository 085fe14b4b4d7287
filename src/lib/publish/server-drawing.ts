// The timeline drawn in Node: layout() and TimelineSvg through svelte/server, the markup and
// the component CSS (render().head holds it: server builds compile with css: 'injected').
// For the CLI and Node tests only; the browser has browser-drawing.ts. Must not read files.
import { render } from 'svelte/server';
import type { NewslineDocument } from '../document';
import { layout } from '../layout';
import type { TimeWindow } from '../layout/types';
import TimelineSvg from '../timeline/TimelineSvg.svelte';
import { orientationFor } from './orientation';
import type { TimelineDrawing } from './svg';

export function serverDrawing(doc: NewslineDocument, width: number, window: TimeWindow | null = null, locale?: string): TimelineDrawing {
  const drawn = layout(doc.events, width, { published: doc.article.published, orientation: orientationFor(width), window, locale });
  const { head, body } = render(TimelineSvg, { props: { layout: drawn, title: doc.article.title ?? undefined } });
  const css = [...head.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]).join('\n');
  return { markup: body, css, width: drawn.width, height: drawn.height };
}
