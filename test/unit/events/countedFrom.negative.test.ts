// What must NOT be placed by a count: hours (a clock the tagger places), a count with no date
// before it, a count far from its date.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const labelsOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => e.label);

describe('a count that places nothing', () => {
  it('places nothing by hours', () => {
    const labels = labelsOf('The mayor was told on May 9, six hours after the alarm was raised.', [['May 9', '2024-05-09'], ['six hours', 'PT6H', 'DURATION']]);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/^The mayor was told/);
  });
  it('places nothing without a date before the count', () => {
    expect(labelsOf('The mayor spoke two days after the bridge failed.', [['two days', 'P2D', 'DURATION']])).toEqual([]);
  });
  it('places nothing when other words stand between the date and the count', () => {
    expect(labelsOf('The board met on May 9 and waited two days after the audit began its work.', [['May 9', '2024-05-09'], ['two days', 'P2D', 'DURATION']])).not.toContain('The audit began its work');
  });
});

describe('a count after a past “came” has no day to count from', () => {
  it('places nothing when the clause before the count is told in the past', () => {
    const text = 'The apology came three weeks after the council closed the night shelter on Elm Street.';
    expect(buildEvents(text, [timexOf(text, 'three weeks', 'P3W', 'DURATION')], '2024-05-15').filter((e) => e.when.start)).toEqual([]);
  });
});

describe('a count from the day of writing that places nothing', () => {
  const datedOf = (text: string, timexes: [string, string, string?][]) =>
    buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), PUBLISHED).filter((e) => e.when.start);
  it('places nothing when a common noun, not a name, stands before the comma', () => {
    expect(datedOf('The ban comes a day after the vote, which was close, split the board.', [['a day', 'P1D', 'DURATION']])).toEqual([]);
  });
  it('reads no clause on past a comma when a participle, not a name, stands before it', () => {
    const text = 'In 2003, a year after buying Halden, the firm opened a second plant, near the coast.';
    const events = buildEvents(text, [timexOf(text, '2003', '2003'), timexOf(text, 'a year', 'P1Y', 'DURATION')], PUBLISHED);
    expect(events.filter((e) => e.id.includes('-c'))).toEqual([]);
  });
  it('reads no clause on past a comma when what follows it has a verb of its own', () => {
    expect(datedOf('The fine comes a week after Halden, the firm opened by Ruiz, closed a second plant.', [['a week', 'P1W', 'DURATION']])).toEqual([]);
  });
  it('places nothing “days before” the day of writing: that is ahead of it, and no count of it', () => {
    expect(datedOf('The audit comes days before the mayor leaves office for good.', [['days', 'PXD', 'DURATION']])).toEqual([]);
  });
  it('places nothing by a day’s worth of hours or more', () => {
    expect(datedOf('The strike comes 36 hours after the port authority cut night-shift pay.', [['36 hours', 'PT36H', 'DURATION']])).toEqual([]);
  });
});
