import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Pairs in the past, and pairs already in order, keep their days. Sentences written for these
// tests; published Thursday 12 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-12').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: weekday pairs, negative cases', () => {
  it('"were held on Monday and Tuesday": the past pair', () => {
    expect(values('The hearings were held on Monday and Tuesday.')).toEqual(['Monday|2026-03-09', 'Tuesday|2026-03-10']);
  });
  it('"will meet on Friday and Saturday": already in order', () => {
    expect(values('The envoys will meet on Friday and Saturday.')).toEqual(['Friday|2026-03-13', 'Saturday|2026-03-14']);
  });
});
