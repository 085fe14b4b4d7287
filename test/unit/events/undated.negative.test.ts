// What must NOT become an undated projection: a future that belongs to another clause, a
// negated expectation. (Undated events need no timex: the sentences carry none.)
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a headline set in capitals is no projection', () => {
  it('gives none for a wire headline announcing a plan', () => {
    expect(undated('NORDIC AIR PLANS TO BUY 8 A350S\nNordic Air will buy eight A350 jets, the company said.')).toEqual(['Nordic Air will buy eight A350 jets']);
  });
});

describe('undated projections read from the clause’s own verb', () => {
  it('gives none for a past fact whose subordinate clause looks ahead', () => {
    expect(undated('Copper slid 2 percent as traders bet the central bank will extend its bond purchases.')).toEqual([]);
  });
  it('gives none for an open question about the future, after a degree word', () => {
    expect(undated('Exactly when the new bridge will carry traffic is anyone’s guess.')).toEqual([]);
  });
  it('gives none for a negated expectation', () => {
    expect(undated('The stoppage isn’t likely to delay any ferries.')).toEqual([]);
  });
  it('gives none for a present state before a planned word further on', () => {
    expect(undated('The outcome remains a gap between what sellers plan to ask and what buyers pay.')).toEqual([]);
  });
});

describe('a forecast, a wish or a past intention is no projection', () => {
  it('gives none for a likely course named with a vague period ahead', () => {
    const text = 'In the long run, aides said the senator is likely to teach law.';
    const at = text.indexOf('the long run');
    expect(buildEvents(text, [{ start: at, end: at + 12, text: 'the long run', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
  it('gives none for the months a forecast was cut for', () => {
    const text = 'The ratings agency lowered its growth forecasts for the coming months.';
    const at = text.indexOf('the coming months');
    expect(buildEvents(text, [{ start: at, end: at + 17, text: 'the coming months', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
  it('gives none for a hedged future', () => {
    expect(undated('Perhaps the harbour board will do nothing.')).toEqual([]);
  });
  it('gives none for a crowd as the subject', () => {
    expect(undated('Many ferry operators are likely to raise their fares.')).toEqual([]);
  });
  it('gives none for a doing as the subject', () => {
    expect(undated('Pressing the button will let riders call the driver.')).toEqual([]);
  });
  it('gives none for a vow', () => {
    expect(undated('The candidate vows to rebuild every rural clinic.')).toEqual([]);
  });
  it('gives none for an intention told in the past', () => {
    expect(undated('The caller threatened to flood the tunnel and vowed to return with others.')).toEqual([]);
  });
  it('gives none for a future inside a quote opened in an earlier sentence of the paragraph', () => {
    expect(undated('“The pier is ready for anything. It will draw crowds from the whole coast,” the owner said.')).toEqual([]);
  });
  it('gives none for “soon” after a hedge', () => {
    expect(undated('The long wait for a ferry could be ending soon.', )).toEqual([]);
  });
});

describe('a “soon” told from a past moment of the story is no projection', () => {
  const soon = (text: string, word: string) => {
    const at = text.indexOf(word);
    return buildEvents(text, [{ start: at, end: at + word.length, text: word, type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label);
  };
  it('gives none for a past progressive after a fronted “soon”', () => {
    expect(soon('Soon, the new keeper was feeding the sea lions twice a day.', 'Soon')).toEqual([]);
  });
  it('gives none for a past verb with “shortly thereafter”', () => {
    expect(soon('The board hired an auditor and shortly thereafter dismissed the treasurer.', 'shortly')).toEqual([]);
  });
  it('gives none for a future seen from the past (“would”)', () => {
    expect(soon('Within the coming weeks, letters from more tenants would show the leak was not the only one.', 'the coming weeks')).toEqual([]);
  });
});

describe('a hedged forecast in its own clause is no projection', () => {
  it('gives none for “will probably”', () => {
    expect(undated('Anglers will probably keep arguing over the new quotas.')).toEqual([]);
  });
  it('gives none for “is likely to be”', () => {
    expect(undated('A council member said the budget vote is likely to be as lively as last year’s.')).toEqual([]);
  });
  it('gives none for an expectation that something could happen', () => {
    expect(undated('The engineer expects future buoys could warn fishermen of rogue waves.')).toEqual([]);
  });
});

describe('a future with nothing after its verb is no projection', () => {
  it('gives none for “will be” and a vague day', () => {
    const text = 'The coach calls the young sprinter a future champion. She will be someday.';
    const at = text.indexOf('someday');
    expect(buildEvents(text, [{ start: at, end: at + 7, text: 'someday', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
});

describe('a measure’s forecast course is no projection', () => {
  it('gives none for “will increase”', () => {
    expect(undated('The engineer says heating bills in the valley will increase as the winters grow harsher.')).toEqual([]);
  });
  it('gives none for “are expected to fall”', () => {
    expect(undated('Ferry fares are expected to fall once the second operator arrives.')).toEqual([]);
  });
});

describe('a future that a feeling is about is no projection', () => {
  it('gives none for worry “about the coming weeks”', () => {
    const text = 'Unease among the stallholders about the coming weeks is growing.';
    const at = text.indexOf('the coming weeks');
    expect(buildEvents(text, [{ start: at, end: at + 16, text: 'the coming weeks', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
});

describe('a speaker’s bare “will” inside a quote is a prediction', () => {
  it('gives none for a quoted forecast about a person', () => {
    expect(undated('“After the vote, the board could be gutted,” predicts one trustee. “And Okafor will go to the rival club.”')).toEqual([]);
  });
  it('gives none for a “plausible” future', () => {
    expect(undated('Without the grant, it is plausible that the museum will try to sell its archive.')).toEqual([]);
  });
});

describe('the writer’s own “we’re going to” with a vague future is no projection', () => {
  it('gives none for “we know we’re going to see … in the next few months”', () => {
    const text = 'Once the season ends, we know we’re going to see several trades in the next few months.';
    const at = text.indexOf('the next few months');
    expect(buildEvents(text, [{ start: at, end: at + 19, text: 'the next few months', type: 'DATE', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
});

describe('a report told in a time clause', () => {
  it('gives none for the future it reports', () => {
    expect(undated('Harbour shares jumped 4 percent after a local paper reported the council will sell the quay.')).toEqual([]);
  });
});

describe('what is said of how things go is no arranged projection', () => {
  it.each([
    ['Your inbox will quickly run your day if you never switch it off.'],
    ['If your boiler is old, inspectors will look at the flue first.'],
    ['The band will continue to tour the coast towns with its old line-up.'],
    ['A second film will earn more money than the first one did.'],
  ])('%j', (text) => {
    expect(undated(text)).toEqual([]);
  });
});

describe('a past expectation and a going-on are no projection', () => {
  it.each([
    ['It was expected that the new ferry would help the islanders reach the mainland.'],
    ['The harbour board is currently forecasting dredging costs of $2 million a year.'],
  ])('%j', (text) => {
    expect(undated(text)).toEqual([]);
  });
});

describe('the writer’s inference and a request to the reader are no projection', () => {
  const withTimex = (text: string, words: string, value: string, type: 'DATE' | 'SET') => {
    const start = text.indexOf(words);
    return buildEvents(text, [{ start, end: start + words.length, text: words, type, value }], '2024-05-15').map((e) => e.label);
  };
  it('drops "Simple arithmetic will indicate that ..."', () => {
    expect(withTimex('Simple arithmetic will indicate that the club has signed about one player per week.', 'per week', 'P1W', 'SET')).toEqual([]);
  });
  it('drops "Please check back soon"', () => {
    expect(withTimex('Please check back soon for the full results.', 'soon', 'FUTURE_REF', 'DATE')).toEqual([]);
  });
});

describe('how a fund, a service or a product works, told in the future, is no projection', () => {
  it.each([
    ['Grants will go towards repairing the harbour wall and the slipway.'],
    ['The new card will let riders pay on every ferry in the bay.'],
    ['Each episode will be available as a podcast after the broadcast.'],
    ['The consultancy will be tasked with advising on the pier design.'],
  ])('%j', (text) => {
    expect(undated(text)).toEqual([]);
  });
});

describe('an outcome forecast or a cry is no projection', () => {
  it.each([
    'Nesting terns along the whole coast will be affected by the slick.',
    'The new inspection rules will ensure a faster response to leaks.',
    'The harbour scheme will make some investors think twice.',
    'Critics say the ferry plan will fail within a year.',
    'Soon even the bus lanes are going to be tolled!',
  ])('%j gives none', (text) => {
    expect(undated(text)).toEqual([]);
  });
});

describe('how a thing will turn out, feel or be remembered is no arranged happening', () => {
  it.each([
    'The queues at the border will get worse before they get better.',
    'The new dam will require pouring concrete around the clock.',
    'If the merger goes through, it will come as a relief to the workers.',
    'The coach will be relieved to see his striker fit again.',
    'The town will long remember the night the river rose.',
    'Critics said the tactic will backfire on the council.',
    'Satellite data will play a central role in tracking the floods.',
  ])('%s', (sentence) => {
    expect(undated(sentence)).toEqual([]);
  });
});

describe('a list’s items set one a line are no projections of their own', () => {
  it('gives none for each line of a list that says where accounts will move', () => {
    const text = 'The city explained its new web addresses.\nOld pages go to these addresses:\n@CityParks on Twitter will be moved to @CityParksArchive\nFacebook.com/CityLibrary will be moved to Facebook.com/LibraryArchive\n@MayorOffice will be moved to @MayorOffice2020';
    expect(undated(text)).toEqual([]);
  });
});

describe('a "when" clause hung on a date is that date’s, not an undated projection', () => {
  it('gives one dated event for "on Thursday, when it will ..."', () => {
    const text = 'The carmaker plans to unveil its new van on Thursday, when it will also name a new chairman.';
    const at = text.indexOf('Thursday');
    const events = buildEvents(text, [{ start: at, end: at + 8, text: 'Thursday', type: 'DATE', value: '2024-05-16' }], '2024-05-15');
    expect(events.map((e) => e.when.text)).toEqual(['Thursday']);
  });
});

describe('what no one can say yet is no projection', () => {
  it('gives none for "we don’t know what will happen"', () => {
    expect(undated('Growers say they do not know what will happen to prices after the harvest.')).toEqual([]);
  });
  it('gives none for "it is not clear when ... will"', () => {
    expect(undated('It is not clear when the ferry will resume its night crossings.')).toEqual([]);
  });
});

describe('a future in an aside about the subject is not the clause’s', () => {
  it('gives none when the aside looks ahead and the clause reports a view', () => {
    expect(undated('The veteran keeper, who will retire at the end of the tour, says the new gloves are the best he has worn.')).toEqual([]);
  });
  it('gives none when the aside looks ahead and the clause is told in the past', () => {
    expect(undated('Okafor, who will weigh his options over the summer, said the defeat still stung.')).toEqual([]);
  });
});

describe('a plan that did not come to pass', () => {
  it('gives none for a plan held in the past perfect', () => {
    expect(undated('Although the network had planned to broadcast a tribute, its producers said they would hold it back.')).toEqual([]);
  });
  it('gives none for an expectation a "but" overturns', () => {
    expect(undated('The minister was expected to be kept in the clinic for a week, but ended up leaving after two nights.')).toEqual([]);
  });
});

describe('a horizon with a verb that points nowhere ahead is a view', () => {
  it('gives none for a long-term outlook that "remains" bright', () => {
    const text = '"The long term outlook for our copper mines remains strong," the company said.';
    const long = text.indexOf('long term');
    expect(buildEvents(text, [{ start: long, end: long + 9, text: 'long term', type: 'DURATION', value: 'FUTURE_REF' }], '2024-05-15').map((e) => e.label)).toEqual([]);
  });
});

describe('no plans is no plan', () => {
  it('gives none for "has no plans to"', () => {
    expect(undated('The county has no plans to widen the coast road.')).toEqual([]);
  });
});

describe('what a thing will do to another’s chances, or how it will differ, is a forecast', () => {
  it('gives none for "the ruling will strengthen the union’s hand"', () => {
    expect(undated('The ruling will strengthen the union’s hand in the pay talks.')).toEqual([]);
  });
  it('gives none for "the plan’s success will hinge on ..."', () => {
    expect(undated('The plan’s success will hinge on how many tenants sign up.')).toEqual([]);
  });
  it('gives none for "costs will vary by region"', () => {
    expect(undated('Repair costs will vary by region, the insurers said.')).toEqual([]);
  });
});
