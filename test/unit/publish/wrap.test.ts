import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/layout/textWidth';
import { wrapText } from '../../../src/lib/publish/wrap';

const headline = "South Korea Says 'High Chance' of Trump-Kim Jong-un Summit in March";

describe('wrapping a headline', () => {
  it('keeps a short headline on one line', () => {
    expect(wrapText('Summit in March', 600, 20, true, 3)).toEqual(['Summit in March']);
  });

  it('breaks between words and keeps every line within the width', () => {
    const lines = wrapText(headline, 300, 20, true, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(headline);
    for (const l of lines) expect(textWidth(l, 20, true)).toBeLessThanOrEqual(300);
  });

  it('ends the last allowed line with an ellipsis when text remains', () => {
    const lines = wrapText(headline, 120, 20, true, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });

  it('shortens a single word wider than the line', () => {
    const [line] = wrapText('x'.repeat(200), 100, 20, false, 1);
    expect(line.endsWith('…')).toBe(true);
    expect(textWidth(line, 20, false)).toBeLessThanOrEqual(100);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 100, 20, false, 2)).toEqual([]);
  });
});
