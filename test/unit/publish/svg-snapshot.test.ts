// A file snapshot of the standalone wrapper around a fixed stand-in drawing: headline, title,
// desc, styles, clip, credit. The timeline component itself is covered by its own tests; this
// pins what publish adds. Numbers are rounded, the date is the document's, never the clock's.
import { describe, expect, it } from 'vitest';
import { toStandaloneSvg } from '../../../src/lib/publish/svg';
import { sampleDoc } from './sample-doc';

const drawing = {
  markup: '<svg class="nl-timeline svelte-x" width="640" height="120"><g data-event-id="e1"><circle cx="10.4" cy="20.6" r="5"></circle></g></svg>',
  css: '.nl-timeline.svelte-x{--nl-past:#1f5a96}.nl-timeline.svelte-x circle{fill:var(--nl-past)}',
  width: 640,
  height: 120,
};

/** Rounds every decimal after the XML declaration (whose version="1.0" is not a number to round). */
const rounded = (svg: string) => {
  const cut = svg.indexOf('\n');
  return svg.slice(0, cut) + svg.slice(cut).replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n))));
};

describe('the standalone SVG wrapper', () => {
  it('matches its snapshot', async () => {
    await expect(rounded(toStandaloneSvg(sampleDoc, drawing))).toMatchFileSnapshot('__snapshots__/standalone-640.svg');
  });
});
