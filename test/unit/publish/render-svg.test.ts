// The CLI's SVG: the real TimelineSvg through svelte/server, wrapped by the standalone builder.
import { describe, expect, it } from 'vitest';
import { serverDrawing } from '../../../src/lib/publish/server-drawing';
import { toStandaloneSvg } from '../../../src/lib/publish/svg';
import { PALETTES } from '../../../src/lib/timeline/palette';
import { sampleDoc } from './sample-doc';

describe('the timeline drawn in Node', () => {
  const drawing = serverDrawing(sampleDoc, 900);
  const svg = toStandaloneSvg(sampleDoc, drawing);

  it('draws every event with its data attributes', () => {
    for (const id of ['e1', 'e2', 'e3', 'e4']) expect(svg).toContain(`data-event-id="${id}"`);
    expect(svg).toContain('data-marker="published"');
  });

  it('carries the component CSS with its colours inlined', () => {
    expect(drawing.css).toContain('--nl-past');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain(PALETTES.light['--nl-past']);
  });

  it('keeps hostile labels as text', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;');
  });

  it('draws the legend', () => {
    expect(svg).toContain('class="nl-legend');
    expect(svg).toMatch(/>(Projected|Expected)<\/text>/);
  });

  it('uses a dark palette when asked', () => {
    expect(toStandaloneSvg(sampleDoc, drawing, { theme: 'dark' })).toContain(PALETTES.dark['--nl-past']);
  });
});
