// A picture without a headline is not given a made-up one: no "Timeline" title, the dek names it.
import { describe, expect, it } from 'vitest';
import { storyExportSvg } from '../../../src/lib/publish/story-export';
import { toStandaloneSvg } from '../../../src/lib/publish/svg';
import { serverDrawing } from '../../../src/lib/publish/server-drawing';
import { sampleDoc } from './sample-doc';

const untitled = { ...sampleDoc, article: { ...sampleDoc.article, title: null } };

describe('an export with no headline', () => {
  it('draws no headline and takes its title from the dek, never "Timeline"', () => {
    const svg = storyExportSvg(untitled, { preset: 'column-640' });
    expect(svg).not.toContain('nl-headline');
    expect(svg).not.toMatch(/>Timeline</);
    expect(svg).toMatch(/<title id="nl-title">What happened and what is expected, as reported by Example &amp; Sons News/);
  });

  it('gives the scale chart no "Timeline" headline either', () => {
    const svg = toStandaloneSvg(untitled, serverDrawing(untitled, 800));
    expect(svg).not.toMatch(/<text class="nl-headline"[^>]*>.*Timeline/);
    expect(svg).not.toContain('<title id="nl-title">Timeline</title>');
  });
});
