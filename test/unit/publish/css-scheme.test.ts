import { describe, expect, it } from 'vitest';
import { resolveColorScheme } from '../../../src/lib/publish/css-scheme';

const css =
  '.a{fill:#000}@media (prefers-color-scheme: dark){.a{fill:#fff}.b{stroke:#eee}}' +
  '@media (max-width: 400px){.c{font-size:10px}}@media (prefers-color-scheme:light){.d{fill:red}}';

describe('fixing the colour scheme of exported CSS', () => {
  it('keeps light rules and drops dark ones for a light export', () => {
    expect(resolveColorScheme(css, 'light')).toBe('.a{fill:#000}@media (max-width: 400px){.c{font-size:10px}}.d{fill:red}');
  });

  it('unwraps dark rules after the base ones for a dark export', () => {
    expect(resolveColorScheme(css, 'dark')).toBe('.a{fill:#000}.a{fill:#fff}.b{stroke:#eee}@media (max-width: 400px){.c{font-size:10px}}');
  });

  it('leaves CSS without media queries alone', () => {
    expect(resolveColorScheme('.x{fill:blue}', 'dark')).toBe('.x{fill:blue}');
  });

  it('survives an unbalanced block', () => {
    expect(resolveColorScheme('.x{}@media (prefers-color-scheme: dark){.y{', 'light')).toBe('.x{}');
  });
});
