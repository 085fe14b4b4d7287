// "So far," and "Thus far," say only that the news holds up to now; they open the sentence as a
// writer's comment does and leave the label (label.ts, SENTENCE_ADVERB), not as a joining "so".
// A saying denied ("have not said how ...") is the news, not an attribution (LEADING_SPEECH).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('an opening "So far,"', () => {
  it('leaves the label whole', () => {
    expect(label('So far, the two unions have rejected the offer made on Monday.', 'Monday')).toBe('The two unions have rejected the offer made');
  });
  it('and "Thus far," too', () => {
    expect(label('Thus far, rescuers have pulled nine people from the mine since Sunday.', 'Sunday')).toBe('Rescuers have pulled nine people from the mine');
  });
});

describe('a saying denied', () => {
  it('keeps its subject and verb', () => {
    expect(label('The league has not said how it will handle the July 4 fixtures.', 'July 4')).toBe('The league has not said how it will handle the fixtures');
  });
});
