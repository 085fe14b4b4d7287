import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { serverDrawing } from '../../../src/lib/publish/server-drawing';
import { toStandaloneSvg } from '../../../src/lib/publish/svg';

const published = '2025-11-05';
const text = readFileSync(resolve(process.cwd(), 'public/samples/korea-summit.txt'), 'utf8');
const doc = extract(text, { title: 'Sample', published, url: null, publisher: 'Breitbart News' });

describe('a condensed axis drawn by svelte/server and exported', () => {
  it('draws the breaks on a narrow drawing, and keeps them in the standalone SVG', () => {
    const drawing = serverDrawing(doc, 360);
    expect(drawing.markup.match(/class="nl-break[ "]/g)?.length).toBe(3);
    const svg = toStandaloneSvg(doc, drawing);
    expect(svg.match(/<path class="nl-break-strokes[^"]*" d="M[^"]+"/g)?.length).toBe(3);
    // Each break says what it cut beside its strokes; the legend needs no entry for it.
    expect(svg).toContain('7 weeks');
    expect(svg).not.toContain('Axis break');
  });

  it('draws no break on a desktop drawing of the same story laid out in proportional time', () => {
    const drawing = serverDrawing({ ...doc, events: doc.events.filter((e) => !e.when.start || e.when.start >= '2025-10-01') }, 1000);
    expect(drawing.markup).not.toContain('nl-break');
    expect(drawing.markup).not.toContain('Axis break');
  });
});
