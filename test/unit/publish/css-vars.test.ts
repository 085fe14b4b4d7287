import { describe, expect, it } from 'vitest';
import { cssVariableNames, resolveCssVariables } from '../../../src/lib/publish/css-vars';

describe('resolving CSS variables for an export', () => {
  it.each([
    { css: '.a{fill:var(--past)}', values: { '--past': '#123' }, expected: '.a{fill:#123}' },
    { css: '.a{fill:var(--past, #999)}', values: {}, expected: '.a{fill:#999}' },
    { css: '.a{fill:var(--a, var(--b, rgb(1, 2, 3)))}', values: {}, expected: '.a{fill:rgb(1, 2, 3)}' },
    { css: '.a{fill:var(--a, var(--b, red))}', values: { '--b': 'blue' }, expected: '.a{fill:blue}' },
    { css: '.a{fill:var(--unknown)}', values: {}, expected: '.a{fill:var(--unknown)}' },
    { css: '.a{stroke-dasharray:var(--d, 4 3);fill:none}', values: {}, expected: '.a{stroke-dasharray:4 3;fill:none}' },
  ])('turns $css into $expected', ({ css, values, expected }) => {
    expect(resolveCssVariables(css, values as Record<string, string>)).toBe(expected);
  });

  it('leaves a broken var( as it is', () => {
    expect(resolveCssVariables('.a{fill:var(--x', {})).toBe('.a{fill:var(--x');
  });

  it('lists the variables a stylesheet reads', () => {
    expect(cssVariableNames('.a{fill:var(--p);stroke:var(--q, var(--p))}')).toEqual(['--p', '--q']);
  });
});

describe('reading declared CSS variables', () => {
  it('takes the last declaration of each name', async () => {
    const { cssVariableDeclarations } = await import('../../../src/lib/publish/css-vars');
    expect(cssVariableDeclarations('.t{--a: #111; --b:2px}.t{--a:#222}')).toEqual({ '--a': '#222', '--b': '2px' });
  });
});
