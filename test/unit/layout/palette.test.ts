import { describe, expect, it } from 'vitest';
import { serverDrawing } from '../../../src/lib/publish/server-drawing';
import { resolveColorScheme } from '../../../src/lib/publish/css-scheme';
import { cssVariableDeclarations } from '../../../src/lib/publish/css-vars';
import { PALETTES, themeStyle } from '../../../src/lib/timeline/palette';
import { SAMPLE_DOC } from './fixtures';

const css = serverDrawing(SAMPLE_DOC, 1000).css;
const declared = (theme: 'light' | 'dark') => {
  const all = cssVariableDeclarations(resolveColorScheme(css, theme));
  return Object.fromEntries(Object.keys(PALETTES.light).map((k) => [k, all[k]]));
};

describe('the timeline palette', () => {
  it('fixes the same light colours as the stylesheet gives a light reader', () => {
    expect(declared('light')).toEqual(PALETTES.light);
  });

  it('fixes the same dark colours as the stylesheet gives a dark reader', () => {
    expect(declared('dark')).toEqual(PALETTES.dark);
  });

  it('leaves an "auto" drawing to the stylesheet and fixes a chosen theme inline', () => {
    expect(themeStyle('auto')).toBeNull();
    expect(themeStyle('dark')).toContain('--nl-paper:#15171a');
    expect(themeStyle('light')).toContain('--nl-ink:#1b1b1b');
  });
});
