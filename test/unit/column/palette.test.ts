// Contrast of the story's palettes (WCAG 2 relative luminance): every text colour at least AA
// (4.5:1) on the paper and on the expected side's shade, in light and dark.
import { describe, expect, it } from 'vitest';
import { STORY_PALETTES } from '../../../src/lib/column/palette';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('the story palettes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`give every text colour AA contrast on paper and shade in the ${theme} theme`, () => {
      const p = STORY_PALETTES[theme];
      for (const text of ['--nl-s-ink', '--nl-s-accent', '--nl-s-muted'] as const) {
        for (const ground of ['--nl-s-paper', '--nl-s-shade'] as const) {
          expect(contrast(p[text], p[ground]), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      // The spine and bullets are graphics: 3:1 against the paper.
      expect(contrast(p['--nl-s-rule'], p['--nl-s-paper'])).toBeGreaterThanOrEqual(3);
    });
  }

  it('make the accent a saturated colour, so expected never reads as disabled grey', () => {
    for (const theme of ['light', 'dark'] as const) {
      const hex = STORY_PALETTES[theme]['--nl-s-accent'];
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(Math.max(r, g, b) - Math.min(r, g, b), theme).toBeGreaterThan(120);
    }
  });
});
