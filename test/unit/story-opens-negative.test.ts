// Dates that do NOT open their sentence: inside it, or as a span's bound or a deadline.
import { describe, expect, it } from 'vitest';
import { opensOn } from '../../src/lib/story/collection';

describe('opensOn refuses', () => {
  it('a date after the sentence’s subject and verb', () => {
    expect(opensOn('The rig exploded on April 20, killing 11 workers.', 'April 20')).toBe(false);
  });

  it('a date that opens on a span’s bound or a deadline', () => {
    expect(opensOn('Since April 20, oil has gushed from the well.', 'April 20')).toBe(false);
    expect(opensOn('Until Friday, the bridge stays closed.', 'Friday')).toBe(false);
    expect(opensOn('By Monday, the cap had been fitted.', 'Monday')).toBe(false);
  });

  it('a date the sentence does not hold', () => {
    expect(opensOn('On Tuesday, the army moved into the city.', 'Wednesday')).toBe(false);
  });
});
