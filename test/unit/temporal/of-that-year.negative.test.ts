import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

describe('tagTimexes: a month without "of that year"', () => {
  it('changes nothing when no year was named before it', () => {
    const t = tagTimexes('In May of that year, the looms ran again.', '2021-03-10');
    expect(t.map((x) => x.text)).toEqual(['May']);
  });
});
