import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { STORY_PALETTES } from '../../../src/lib/column/palette';
import { storyExportSvg } from '../../../src/lib/publish/story-export';
import { PRESETS } from '../../../src/lib/publish/presets';
import { sampleDoc } from './sample-doc';

/** Each data-label-for text's content, as parsed (entities decoded). */
function labelTexts(svg: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  const p = new Parser({
    onopentag(name, a) {
      if (a['data-label-for'] !== undefined) current = a['data-label-for'];
    },
    ontext(t) {
      if (current) out.set(current, (out.get(current) ?? '') + t);
    },
    onclosetag(name) {
      if (name === 'text') current = null;
    },
  }, { xmlMode: true, decodeEntities: true });
  p.write(svg);
  p.end();
  return out;
}

describe('the story picture', () => {
  it('draws every label in full as live text, the hostile one as text', () => {
    const svg = storyExportSvg(sampleDoc, { preset: 'column-640' });
    const texts = labelTexts(svg);
    for (const e of sampleDoc.events) expect(texts.get(e.id)?.replace(/\s+/g, ' ').trim()).toBe(e.label);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends');
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|data-cluster|var\(/i);
  });

  it('keeps every mark\'s data attributes and the Published marker', () => {
    const svg = storyExportSvg(sampleDoc, { preset: 'column-640' });
    expect(svg).toContain('data-event-id="e3" data-status="projected" data-start="2026-03-01" data-end="2026-03-31" data-label="Joint military drills"');
    expect(svg).toContain('data-event-id="e4" data-status="projected" data-start="" data-end=""');
    expect(svg).toMatch(/data-marker="published"/);
    expect(svg).toContain('PUBLISHED NOV. 5, 2025');
  });

  it('is as tall as the story in a column, and exactly the card in a card', () => {
    for (const p of PRESETS) {
      const svg = storyExportSvg(sampleDoc, { preset: p.name });
      const [, w, h] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect(Number(w)).toBe(p.width);
      if (p.height) expect(Number(h)).toBe(p.height);
      else expect(Number(h)).toBeGreaterThan(300);
    }
  });

  it('carries headline, dek and credit, the headline escaped', () => {
    const svg = storyExportSvg(sampleDoc, { preset: 'column-960', credit: 'Graphic: J. Doe' });
    expect(svg).toContain('<title id="nl-title">Summit &quot;likely&quot; in March &lt;b&gt;&amp; after&lt;/b&gt;</title>');
    expect(svg).toContain('What happened and what is expected, as reported by Example &amp; Sons News on Nov. 5, 2025');
    expect(svg).toContain('Graphic: J. Doe · Source: Example &amp; Sons News · Made with Newsline');
  });

  it('follows the document\'s presentation: date style, dek, headline', () => {
    const doc = { ...sampleDoc, presentation: { dateStyle: 'uk' as const, dek: 'Six weeks of talks', headline: 'Talks' } };
    const svg = storyExportSvg(doc, { preset: 'column-640' });
    expect(svg).toContain('PUBLISHED 5 NOVEMBER 2025');
    expect(svg).toContain('>Six weeks of talks<');
    expect(svg).toContain('<title id="nl-title">Talks</title>');
  });

  it('is transparent when asked, and dark when asked', () => {
    expect(storyExportSvg(sampleDoc, { transparent: true })).not.toContain('nl-background');
    const dark = storyExportSvg(sampleDoc, { theme: 'dark' });
    expect(dark).toContain(`fill="${STORY_PALETTES.dark['--nl-s-paper']}"`);
    expect(dark).toContain(`fill="${STORY_PALETTES.dark['--nl-s-ink']}"`);
  });
});
