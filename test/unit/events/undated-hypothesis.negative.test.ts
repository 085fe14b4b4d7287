// What news says of a future that no reader draws as an expectation: a future after a fronted
// condition, a future inside a question, a denial of anything "anytime soon", a thing's place in a
// series, a judgment of what a thing will make easier or how far it will go, where a body will sit, a
// saying placed at a past moment, a clause hung on a time by "when", a label with no subject.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a hypothesis, a question, a judgment: no undated expectation', () => {
  it.each([
    // a fronted condition
    'If the appeal fails, the ferry operator will take its case to the High Court.',
    'Unless the board objects, the chairman will stay on for another term.',
    'If the fine is upheld, the water company will hand back its licence.',
    // a future inside a question
    "There's no agreement on how the new levy will change fares.",
    'Nobody on the committee could say whether the old pier would be rebuilt.',
    // a denial of nearness
    "But the new money won't reach rural schools anytime soon.",
    // a place in a series
    'The final is slated to be the last of four matches between the clubs.',
    'The regional round will be the second of three rounds in the contest.',
    // a judgment of worth
    'The new tram line will make it easier for commuters to reach the hospital.',
    'Opening Heathrow up to more carriers will go a long way towards easing delays.',
    // where a body will stand
    'The new unit will sit within the existing transport ministry and convene engineers to advise on safety.',
    // a saying placed at a past moment
    "The charity's chief executive said at the time that the trust would be focused on rural clinics.",
    'The founder told staff back then that the bakery would open six more shops.',
    // a state of mind after "would be"
    'The coach said the squad would be focused on defending set pieces.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));

  it('draws nothing undated from a clause hung on a dated time by "when"', () => {
    const events = extract('That includes the option of holding it next Tuesday, when the two mayoral candidates -- Councillor Ann Reed (Lab.) and Tom Hale -- are scheduled to debate, and moving their hustings.', { title: null, published: '2024-05-15', url: null, publisher: null }).events;
    expect(events.filter((e) => !e.when.start)).toEqual([]);
  });
});

describe('more judgments of outcome and denials', () => {
  it.each([
    'The new bypass will make the town centre safer for cyclists.',
    'The next few days will prove them wrong.',
    'The tide and the sand will take care of the spill.',
    'But this lull is unlikely to end soon.',
    'A trade paper said the deal would go beyond an existing ferry partnership.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
