// A date that ended a quoted plaque's line ("Opening address, March, 1968.”") leaves its comma
// before the full stop and the closing quote: the label ends on the words, not on the comma.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2031-02-10', url: null, publisher: null }).events.map((e) => e.label);

describe('a comma left before the full stop', () => {
  it('goes with the date that followed it', () => {
    expect(labels('The plaque reads: “‘We shall build the dam.’ Opening address, March, 1968.”')).toContain('Opening address');
  });
});
