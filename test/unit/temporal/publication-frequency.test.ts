import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "In its weekly coal production report, the agency said": the adjective says how often a
// publication is issued, a kind of report (as "the daily newspaper" is a kind of paper), though a
// figure's noun names its subject; no recurring time is meant (reuters/fresh15's coal output).
// Sentences written for these tests.
const sets = (text: string) => tagTimexes(text, '1992-05-20').filter((t) => t.type === 'SET').map((t) => t.text);

describe('tagTimexes: how often a report is issued', () => {
  it('"its monthly crude oil supply report" is no SET', () => {
    expect(sets('In its monthly crude oil supply report, the agency said stocks fell.')).toEqual([]);
  });

  it('nor is "the weekly retail sales survey"', () => {
    expect(sets('The weekly retail sales survey showed a small gain.')).toEqual([]);
  });
});
