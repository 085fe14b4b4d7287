import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An event nobody schedules, named right before its day ("an attack Friday", "the explosion on
// Sunday"), has happened, whatever the verb around it looks ahead to. Sentences written for these
// tests; published Sunday 24 May 2026.
const values = (text: string) => tagTimexes(text, '2026-05-24').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: an unscheduled event named before its weekday is past', () => {
  it('"had promised to retaliate for an ambush Thursday"', () => {
    expect(values('The militia had promised to retaliate for an ambush Thursday')).toEqual(['Thursday|2026-05-21']);
  });
  it('"will investigate the explosion on Friday"', () => {
    expect(values('Inspectors will investigate the explosion on Friday at the refinery.')).toEqual(['Friday|2026-05-22']);
  });
});
