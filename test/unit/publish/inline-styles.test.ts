import { describe, expect, it } from 'vitest';
import { computedStyle, parseStyleRules } from '../../../src/lib/publish/inline-styles';

const css = `
.nl-timeline.svelte-a text { fill: #111; }
.nl-past.svelte-b .nl-shape:where(.svelte-b) { fill: red }
.nl-past.svelte-b .nl-shape.svelte-b { fill: #1f5a96; stroke: #1f5a96; stroke-width: 1.5; cursor: pointer }
.nl-projected.nl-band .nl-shape { fill-opacity: 0.22; stroke-dasharray: 4 3 }
.nl-mark:focus-visible .nl-shape { stroke: blue }
.a > .b { fill: green }
@media (max-width: 400px) { .nl-shape { fill: pink } }
.nl-label, .nl-count { font-weight: 700 }
`;
const rules = parseStyleRules(css);
const el = (tag: string, cls = '') => ({ tag, classes: cls.split(' ').filter(Boolean) });

describe('inlining exported CSS as style attributes', () => {
  it('applies descendant rules through any number of ancestors', () => {
    expect(computedStyle(rules, [el('g', 'nl-timeline svelte-a'), el('g'), el('g'), el('text', 'nl-label')])).toBe('fill:#111;font-weight:700');
  });

  it('lets a more specific rule win and keeps only presentation properties', () => {
    const path = [el('g', 'nl-mark nl-past svelte-b'), el('rect', 'nl-shape svelte-b')];
    expect(computedStyle(rules, path)).toBe('fill:#1f5a96;stroke:#1f5a96;stroke-width:1.5');
  });

  it('matches compound selectors on one element', () => {
    const path = [el('g', 'nl-mark nl-projected nl-band'), el('rect', 'nl-shape')];
    expect(computedStyle(rules, path)).toBe('fill-opacity:0.22;stroke-dasharray:4 3');
  });

  it('leaves pseudo-classes, child combinators and media queries to the stylesheet', () => {
    expect(rules.some((r) => r.declarations.some(([, v]) => v === 'blue' || v === 'green' || v === 'pink'))).toBe(false);
  });

  it('splits selector lists', () => {
    expect(computedStyle(rules, [el('text', 'nl-count')])).toBe('font-weight:700');
  });

  it('gives nothing to an element no rule names', () => {
    expect(computedStyle(rules, [el('circle', 'other')])).toBe('');
  });
});
