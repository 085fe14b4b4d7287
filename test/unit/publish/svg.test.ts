import { describe, expect, it } from 'vitest';
import { describeTimeline, toStandaloneSvg } from '../../../src/lib/publish/svg';
import { sampleDoc } from './sample-doc';

// A stand-in for the timeline component's output, with what a live component may carry.
const drawing = {
  markup:
    '<!--[--><svg class="tl svelte-abc" width="100%" viewBox="0 0 600 200" role="region" aria-label="Timeline">' +
    '<g data-event-id="e2" data-status="past" tabindex="0" onclick="steal()"><circle cx="10" cy="10" r="4"></circle>' +
    '<text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends</text></g>' +
    '<foreignObject><div>html</div></foreignObject><script>alert(2)</script>' +
    '<image href="https://tracker.example/p.png"></image></svg><!--]-->',
  css: '.tl.svelte-abc circle{fill:var(--nl-past)}@media (prefers-color-scheme: dark){.tl.svelte-abc circle{fill:#fff}}@import url(https://x.example/a.css);',
  width: 600,
  height: 200,
};

describe('the standalone SVG', () => {
  const svg = toStandaloneSvg(sampleDoc, drawing, { variables: { '--nl-past': '#224488' } });

  it('declares its namespace, size and viewBox', () => {
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [, w, h, vw, vh] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect([w, vw]).toEqual(['600', '600']);
    expect(Number(h)).toBe(Number(vh));
    expect(Number(h)).toBeGreaterThan(200);
  });

  it('has a title and a description naming the events', () => {
    expect(svg).toContain('<title id="nl-title">Summit &quot;likely&quot; in March &lt;b&gt;&amp; after&lt;/b&gt;</title>');
    expect(svg).toContain('Timeline of 4 events from an article published 5 November 2025: 2 past, 2 projected (1 with no date).');
  });

  it('carries the headline and the credit line as escaped text', () => {
    expect(svg).toContain('Source: Example &amp; Sons News, 5 November 2025 · Made with Newsline');
    expect(svg).not.toContain('<b>');
  });

  it('keeps the marks with their data attributes and drops interactivity', () => {
    expect(svg).toContain('data-event-id="e2"');
    expect(svg).not.toMatch(/tabindex|onclick|<script|<foreignObject|<image|tracker\.example|<!--/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends');
  });

  it('turns the timeline root into a group placed below the headline', () => {
    expect(svg).toMatch(/<g class="tl svelte-abc" transform="translate\(0 \d+\)" clip-path="url\(#nl-clip\)">/);
  });

  it('inlines the styles with a fixed colour scheme, resolved variables and no imports', () => {
    expect(svg).toContain('.tl.svelte-abc circle{fill:#224488}');
    expect(svg).not.toContain('prefers-color-scheme');
    expect(svg).not.toContain('x.example');
    expect(svg).toContain('font-family="system-ui');
  });

  it('is transparent when asked, and dark when asked', () => {
    expect(toStandaloneSvg(sampleDoc, drawing, { background: false })).not.toContain('nl-background');
    const dark = toStandaloneSvg(sampleDoc, drawing, { theme: 'dark' });
    expect(dark).toContain('.tl.svelte-abc circle{fill:#fff}');
    expect(dark).toContain('fill="#15171a"');
  });

  it('wraps a long headline within the width', () => {
    const long = { ...sampleDoc, article: { ...sampleDoc.article, title: 'A very long headline '.repeat(6) } };
    const out = toStandaloneSvg(long, { ...drawing, width: 320 });
    expect(out.match(/<tspan /g)!.length).toBeGreaterThan(1);
  });

  it('lists the events in the description, capped', () => {
    expect(describeTimeline(sampleDoc)).toContain('Trump toured Asia (past, last week)');
    expect(describeTimeline(sampleDoc, 1)).toContain('And 3 more.');
  });
});

describe('the standalone SVG credit', () => {
  it('uses the newsroom credit line when one is set, escaped', () => {
    const svg = toStandaloneSvg(sampleDoc, drawing, { credit: 'Graphic: A & B <News>' });
    expect(svg).toContain('Graphic: A &amp; B &lt;News&gt; · Made with Newsline');
    expect(svg).not.toContain('Example &amp; Sons');
  });
});
