// Plans a reader takes for undated expectations: a plan whose subject carries a participle or a
// name a tagger reads as a verb ("the newly formed unit will", "Kid Rock will"), a plan after a
// fronted "now that" clause.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { forecastNotPlan } from '../../../src/lib/events/forecast';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => e.when.start === null).map((e) => [e.label, e.status]);

describe('a plan whose subject carries a participle or a name', () => {
  it('reads past "the newly formed" to the clause’s verb', () => {
    expect(undated('The union said that the newly elected committee will negotiate all pay claims.')).toEqual([['The newly elected committee will negotiate all pay claims', 'projected']]);
  });
  it('reads past a name a tagger takes for a verb', () => {
    expect(undated('Kid Rock and Norah Jones will perform at the harbour festival.').map(([l]) => l)).toEqual(['Kid Rock and Norah Jones will perform at the harbour festival']);
  });
  it('reads past a fronted "now that" clause', () => {
    expect(undated('Now that she chairs the committee, Ms Okafor said she plans to reopen the inquiry into the contracts.').length).toBe(1);
  });
});

describe('a plan whose clause holds a forecast word elsewhere', () => {
  it('keeps a plan whose relative clause says what something will help', () => {
    expect(forecastNotPlan('Engineers will return to the old pipe, while a well that will help stop the leak is drilled')).toBe(false);
  });
  it('keeps a plan whose subject carries a vow in an aside', () => {
    expect(forecastNotPlan('The airline, which has promised to refund fares, will open a claims office')).toBe(false);
  });
  it('keeps a plan whose verb can also tell how a thing works', () => {
    expect(forecastNotPlan('The divers will work with the harbour police to lift the barge')).toBe(false);
  });
});

describe('a plan told in other words', () => {
  it('keeps "plans on" and a doing', () => {
    expect(undated('The new owner plans on reopening the old cinema on the square.').map(([l]) => l)).toEqual(['The new owner plans on reopening the old cinema on the square']);
  });
  it('keeps help "provided by" a named agent', () => {
    expect(undated('Further grants will also be provided by the regional council.').map(([l]) => l)).toEqual(['Further grants will be provided by the regional council']);
  });
});

describe('a gerund inside the subject', () => {
  it('keeps a plan whose subject holds "of" and a gerund', () => {
    expect(undated('A club of visiting anglers plan to petition the park board over the new fees.').map(([l]) => l)).toEqual(['A club of visiting anglers plan to petition the park board']);
  });
});

describe('a bill or a measure to be tabled', () => {
  it('keeps legislation "brought forward" as a plan', () => {
    expect(undated('Legislation will be brought forward to license dog breeders.')).toEqual([['Legislation will be brought forward to license dog breeders', 'projected']]);
  });
  it('keeps measures "brought in" as a plan', () => {
    expect(undated('Measures will be brought in to cap letting agents’ fees.').map(([l]) => l)).toEqual(['Measures will be brought in to cap letting agents’ fees']);
  });
});

describe('a step ahead of a time told before', () => {
  it('keeps "But before then the crew will attempt to seal the hatch."', () =>
    expect(buildEvents('But before then the crew will attempt to seal the hatch.', [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label)).toEqual(['The crew will attempt to seal the hatch']));
});
