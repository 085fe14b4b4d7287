import { describe, expect, it } from 'vitest';
import { exportFilename, slugify } from '../../../src/lib/publish/filename';

describe('export file names', () => {
  it.each([
    { headline: "South Korea Says 'High Chance' of Trump-Kim Jong-un Summit in March", published: '2025-11-05', ext: 'png',
      expected: 'south-korea-says-high-chance-of-trump-kim-jong-un-summit-in-2025-11-05.png' },
    { headline: 'Élections à Zürich: “résultats”', published: '2025-11-05T14:30', ext: 'svg', expected: 'elections-a-zurich-resultats-2025-11-05.svg' },
    { headline: '<script>alert(1)</script>', published: '2024-02-29', ext: 'svg', expected: 'script-alert-1-script-2024-02-29.svg' },
    { headline: null, published: '2025-01-01', ext: 'png', expected: 'timeline-2025-01-01.png' },
    { headline: '北朝鮮', published: '2025-01-01', ext: 'png', expected: 'timeline-2025-01-01.png' },
    { headline: "Don't panic", published: 'not a date', ext: 'json', expected: 'dont-panic.json' },
  ] as const)('names "$headline" published $published as $expected', ({ headline, published, ext, expected }) => {
    expect(exportFilename(headline, published, ext)).toBe(expected);
  });

  it('keeps slugs to whole words within 60 characters', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('cuts a single overlong word rather than dropping it', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(60));
  });
});
