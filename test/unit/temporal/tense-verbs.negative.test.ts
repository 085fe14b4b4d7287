// What the verb-group readings must not change: a real deadline ahead, "last week", a plan.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('deadlines, plans and "last" that keep their direction', () => {
  it('keeps a deadline ahead when its clause is a future', () => {
    expect(valueOf('By Friday the engineers will have sealed the breach.', '2024-05-15', 'Friday')).toBe('2024-05-17');
  });
  it('keeps a plan "to be held" ahead when nothing caused it', () => {
    expect(valueOf('The union asked for the vote to be held on Friday.', '2024-05-15', 'Friday')).toBe('2024-05-17');
  });
  it('keeps a plain past weekday behind', () => {
    expect(valueOf('Engineers sealed the breach on Monday.', '2024-05-15', 'Monday')).toBe('2024-05-13');
  });
});
