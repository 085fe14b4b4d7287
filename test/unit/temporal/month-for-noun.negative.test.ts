import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month after a verb's "for", or after a figure, keeps the side its clause tells. Sentences
// written for these tests; published Monday 19 October 2026.
const values = (text: string) => tagTimexes(text, '2026-10-19').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: months after "for", negative cases', () => {
  it('"waited for November" (a verb\'s "for") in a past narrative', () => {
    expect(values('The tenants waited for November before they complained.')).toEqual(['November|2025-11']);
  });
  it('"posted a profit for December" (a figure\'s period, no noun of the list)', () => {
    expect(values('The brewer posted a profit for December, its best month.')).toEqual(['December|2025-12']);
  });
});
