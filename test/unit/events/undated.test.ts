import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => [e.label, e.status, e.modality]);

describe('undated projections', () => {
  it('reads the reported verb after "has said"', () => {
    expect(undated('The ministry has said it plans to close three rural clinics.')).toEqual([['The ministry has said it plans to close three rural clinics', 'projected', 'planned']]);
  });
  it('keeps a firm projection in the clause’s own verb', () => {
    expect(undated('The council is set to approve the new tram line.')).toEqual([['The council is set to approve the new tram line', 'projected', 'planned']]);
  });
});

describe('a projection that survives the hedge rules', () => {
  it('keeps a plan after an opening participle with a name in it', () => {
    const labels = buildEvents('Looking ahead, the Harbour Board will open two new berths.', [], '2024-05-15').map((e) => e.label);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/the Harbour Board will open two new berths$/);
  });
});

describe('a “soon” told from the day of writing stays a projection', () => {
  it('keeps a firm “will soon” with its cue', () => {
    const text = 'The ferry company will soon open a second route to the island.';
    const at = text.indexOf('soon');
    const events = buildEvents(text, [{ start: at, end: at + 4, text: 'soon', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15');
    expect(events.map((e) => [e.label, e.status])).toEqual([['The ferry company will open a second route to the island', 'projected']]);
  });
  it('keeps a firm plan reported in the past tense', () => {
    const text = 'The mayor said the library will soon extend its opening hours.';
    const at = text.indexOf('soon');
    const events = buildEvents(text, [{ start: at, end: at + 4, text: 'soon', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['projected']);
  });
});

describe('a quote that announces an arrangement', () => {
  it('keeps a quoted plan with its planning words', () => {
    const events = buildEvents('“The ferry company plans to open a second route to the island,” the mayor said.', [], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['projected']);
  });
});

describe('a projection after a fronted time clause', () => {
  it('reads the verb after the comma and names the thing its "its" stands for', () => {
    const events = buildEvents('After the Harbour Board votes on the budget, its dredgers will leave the old quay.', [], '2024-05-15');
    expect(events.map((e) => [e.label, e.status])).toEqual([['The Harbour Board’s dredgers will leave the old quay', 'projected']]);
  });
});

describe('a projection under a condition stays news', () => {
  it('keeps "will strike if talks fail"', () => {
    expect(buildEvents('The dockers’ union will strike if the pay talks fail.', [], '2024-05-15').map((e) => e.label)).toEqual(['The dockers’ union will strike if the pay talks fail']);
  });
});

describe('a plan told with a verb that can also describe how things work stays a projection', () => {
  it.each([
    ['The minister’s tour will include talks with the port unions.'],
    ['The divers will work with the coastguard to raise the wreck.'],
  ])('%j', (text) => {
    expect(buildEvents(text, [], '2024-05-15').map((e) => e.status)).toEqual(['projected']);
  });
});

describe('an attempt arranged is still a projection', () => {
  it('keeps "divers will try to seal the hull with it"', () => {
    expect(buildEvents('Navy divers will try to seal the tanker’s hull with the new patch.', [], '2024-05-15').map((e) => e.label)).toEqual(['Navy divers will try to seal the tanker’s hull']);
  });
});

describe('plans that look like outcomes', () => {
  it('keeps a crew arranged to get a pump working', () => {
    expect(undated('Engineers will get the second pump working at the plant.').map((u) => u[0])).toEqual(['Engineers will get the second pump working at the plant']);
  });
  it('keeps a ceremony to remember the dead, which is arranged', () => {
    expect(undated('The town is set to hold a service to remember the victims.').map((u) => u[0])).toEqual(['The town is set to hold a service to remember the victims']);
  });
});

describe('projections on lines of their own that end as sentences', () => {
  it('keeps a projection told in a paragraph of one sentence', () => {
    const text = 'The city explained its plans.\nThe council will hold a vote on the new tram line.';
    expect(undated(text).map(([label]) => label)).toEqual(['The council will hold a vote on the new tram line']);
  });
});

describe('something to play that is arranged, not a forecast of weight', () => {
  it('keeps a band that will play a set at a festival', () => {
    expect(undated('The band will play a short set at the harbour festival.').map(([label]) => label)).toEqual(['The band will play a short set at the harbour festival']);
  });
});

describe('a "when" clause that follows no date keeps its projection', () => {
  it('keeps "will open its doors when the repairs end"', () => {
    expect(buildEvents('The county museum will reopen its doors to visitors when the roof repairs end.', [], '2024-05-15').map((e) => e.label)).toHaveLength(1);
  });
});

describe('a plan told in the past tense, with nothing to overturn it', () => {
  it('keeps a plan told in the past tense without a "but"', () => {
    expect(undated('The council was expected to publish its review of the bus routes.')).toEqual([['The council was expected to publish its review of the bus routes', 'projected', 'expected']]);
  });
});

describe('a plan told with a horizon', () => {
  it('keeps "in the long term, the board will close the smelter"', () => {
    const text = 'In the long term, the board will close the smelter, its chairman said.';
    const long = text.indexOf('the long term');
    expect(buildEvents(text, [{ start: long, end: long + 13, text: 'the long term', type: 'DURATION', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual(['The board will close the smelter']);
  });
});

describe('a plan held now, told with the noun', () => {
  it('keeps "has plans to"', () => {
    expect(undated('The county has plans to widen the coast road.')).toEqual([['The county has plans to widen the coast road', 'projected', 'planned']]);
  });
});

describe('a works plan with a verb of strengthening stays a plan', () => {
  it('keeps "The council will strengthen the harbour wall"', () => {
    expect(buildEvents('The council will strengthen the harbour wall.', [], '2024-05-15').map((e) => e.label)).toEqual(['The council will strengthen the harbour wall']);
  });
});
