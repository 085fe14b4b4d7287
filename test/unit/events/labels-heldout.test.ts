import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { makeLabel } from '../../../src/lib/events/label';
import { withSubject } from '../../../src/lib/events/subject';
import { extract } from '../../../src/lib/extract';
import { timexOf } from './helpers';

// Labels on sentences written for these tests (none from the sample or a corpus).
const PUBLISHED = '2025-11-05';

function labels(text: string, dates: [string, string][]): string[] {
  return buildEvents(text, dates.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.label);
}

/** A case: the sentence, its dates as [words, value], and the labels of its events in order. */
type LabelCase = [string, [string, string][], string[]];
const readsAs = (text: string, dates: [string, string][], expected: string[]) => {
  expect(labels(text, dates)).toEqual(expected);
};

describe('a relative clause gives its date the head noun as subject; the main clause resumes it', () => {
  it.each([
    ['The strike, which began on Monday, will end on Friday.', [['Monday', '2025-11-03'], ['Friday', '2025-11-07']], ['The strike began', 'The strike will end']],
    ['The blockade, which started in August, was lifted last week.', [['August', '2025-08'], ['last week', '2025-W44']], ['The blockade started', 'The blockade was lifted']],
    ['Ms. Ortega, who joined the board in 2019, will retire in March.', [['2019', '2019'], ['March', '2026-03']], ['Ms. Ortega joined the board', 'Ms. Ortega will retire']],
    ['The festival, which drew 40,000 visitors in 2019, returns next summer.', [['2019', '2019'], ['next summer', '2026-SU']], ['The festival drew 40,000 visitors', 'The festival returns']],
  ] as LabelCase[])('%j reads %j', readsAs);

  it.each([
    ['The regatta, scheduled to start in June, was called off on Friday.', [['June', '2026-06'], ['Friday', '2025-10-31']], ['The regatta was called off', 'The regatta is scheduled to start']],
    ['The statute, passed by parliament in March, awaits a ruling.', [['March', '2025-03']], ['The statute was passed by parliament']],
    ['Exports, adjusted for inflation, rose 3% in March.', [['March', '2025-03']], ['Exports rose 3%']],
  ] as LabelCase[])('a participle between commas reads like a relative clause: %j reads %j', readsAs);

  it('reads "On Monday, armed men ..." as a scene-setting phrase, not a head noun', () => {
    const text = 'On Monday, armed men stormed the depot.';
    expect(labels(text, [['Monday', '2025-11-03']])).toEqual(['Armed men stormed the depot']);
  });

  it('leaves a relative clause with a subject of its own alone ("which voters rejected")', () => {
    const text = 'The plan, which voters rejected in May, returned to parliament.';
    expect(labels(text, [['May', '2025-05']])).toEqual(['The plan, which voters rejected, returned to parliament']);
  });
});

describe('a label never ends on the word that governed or joined a dropped date', () => {
  it.each([
    ['The clause was invoked once, after 9/11.', '9/11', 'The clause was invoked once'],
    ['The emergency brake was pulled twice, after the 2011 floods.', '2011', 'The emergency brake was pulled twice, after the floods'],
    ['Curfews were imposed again, as of Sunday.', 'Sunday', 'Curfews were imposed again'],
    ['The runway stayed shut, until Thursday.', 'Thursday', 'The runway stayed shut'],
    ['The rebels gave in on Monday.', 'Monday', 'The rebels gave in'],
  ])('%j dated by %j reads %j', (text, date, expected) => {
    const start = text.indexOf(date);
    expect(makeLabel(text, { start: 0, end: text.length }, [{ start, end: start + date.length }])).toBe(expected);
  });

  it('drops coordinated dates together with their "and"', () => {
    const text = 'The vaccine was recalled twice, in 2014 and 2017.';
    expect(labels(text, [['2014', '2014'], ['2017', '2017']])).toEqual(['The vaccine was recalled twice', 'The vaccine was recalled twice']);
  });
});

describe('a clause that leaves its subject out borrows the one before', () => {
  it('keeps the subject across "and expects"', () => {
    const text = 'The airline reported a loss in the third quarter and expects demand to recover by early next year.';
    expect(labels(text, [['the third quarter', '2025-Q3'], ['early next year', '2026']])).toEqual([
      'The airline reported a loss',
      'The airline expects demand to recover',
    ]);
  });

  it.each([
    ['Preparing for a parade', 'They are likely to push for talks', 'They are preparing for a parade'],
    ['Preparing a counteroffer', 'The union rejected the offer', 'The union was preparing a counteroffer'],
    ['Seeking new investors', 'The start-ups are expanding abroad', 'The start-ups are seeking new investors'],
  ])('the participle %j after %j reads %j', (label, previous, expected) => {
    expect(withSubject(label, previous, true)).toBe(expected);
  });

  it('an undated participle clause after a dated one starts with the subject, not the participle', () => {
    const text = 'The league is likely to expand in 2027, while also preparing for a new stadium.';
    const events = buildEvents(text, [timexOf(text, '2027', '2027')], PUBLISHED);
    expect(events.map((e) => [e.label, e.status, e.when.start])).toEqual([
      ['The league is likely to expand', 'projected', '2027-01-01'],
      ['The league is preparing for a new stadium', 'projected', null],
    ]);
  });
});

describe('a leading participle phrase takes the main clause\'s subject', () => {
  it.each([
    ['Founded in 1987, the cooperative employs 900 growers.', [['1987', '1987']], ['The cooperative was founded']],
    ['Elected in 2021, the governor will seek a second term in May.', [['2021', '2021'], ['May', '2026-05']], ['The governor was elected', 'The governor will seek a second term']],
    ['Built in 1904, the piers were closed last year.', [['1904', '1904'], ['last year', '2024']], ['The piers were built', 'The piers were closed']],
    ['Having lost the runoff in March, the party regrouped.', [['March', '2025-03']], ['The party had lost the runoff']],
    ['Alfred Mendes, who retired in 2012, died on Monday.', [['2012', '2012'], ['Monday', '2025-11-03']], ['Alfred Mendes retired', 'Alfred Mendes died']],
  ] as LabelCase[])('%j reads %j', readsAs);
});

describe('scheduling words read as expectations or plans', () => {
  it.each([
    ['Regional elections are due in the autumn.', '2024-03-14', 'expected'],
    ['The verdict is due on Friday.', PUBLISHED, 'expected'],
    ['The bridge is slated to reopen in March.', PUBLISHED, 'planned'],
    ['The refinery is poised to restart in January.', PUBLISHED, 'expected'],
    ['The project is on track to finish in April.', PUBLISHED, 'expected'],
  ])('%j (published %s) is projected and %s', (text, published, modality) => {
    const [event] = extract(text, { title: null, published, url: null, publisher: null }).events;
    expect([event.status, event.modality]).toEqual(['projected', modality]);
  });
});

describe('a date inside a relative clause on an object dates the object, not the main verb', () => {
  it.each([
    ['The council approved the budget on Monday, ending a standoff that began in June when the mayor vetoed it.', [['Monday', '2025-11-03'], ['June', '2025-06']], ['A standoff began when the mayor vetoed it', 'The council approved the budget']],
    ['Critics attacked the law that took effect in January.', [['January', '2025-01']], ['The law took effect']],
    ['Rescuers searched for a fishing boat that sank on Sunday, officials said.', [['Sunday', '2025-11-02']], ['A fishing boat sank']],
  ] as LabelCase[])('%j reads %j', readsAs);

  it('keeps a subject-position head with its main clause ("The ferry that sank on Tuesday carried ...")', () => {
    const text = 'The ferry that sank on Tuesday carried 300 people.';
    expect(labels(text, [['Tuesday', '2025-11-04']])).toEqual(['The ferry that sank carried 300 people']);
  });
});

describe('"and" with a noun and its verb is a clause of its own between two dates', () => {
  it.each([
    ['The line was proposed in 2009 and construction started two years later.', [['2009', '2009'], ['two years later', '2011']], ['The line was proposed', 'Construction started']],
    ['Talks opened in May and prices fell in June.', [['May', '2025-05'], ['June', '2025-06']], ['Talks opened', 'Prices fell']],
  ] as LabelCase[])('%j reads %j', readsAs);

  it('keeps "and the second in June" with the clause it shortens', () => {
    const text = 'The first vote was held in May and the second in June.';
    expect(labels(text, [['May', '2025-05'], ['June', '2025-06']])).toHaveLength(2);
    expect(labels(text, [['May', '2025-05'], ['June', '2025-06']])[1]).toMatch(/^The (?:first vote|second)/);
  });
});

describe('a clause that lost its subject borrows it, with the modal it shared', () => {
  it.each([
    ['The bank, which opened in 1952, last cut jobs in 2020 during the crisis.', [['1952', '1952'], ['2020', '2020']], ['The bank opened', 'The bank last cut jobs during the crisis']],
    ['The firm said it would cut 400 jobs by 2027 and close its plant in Bremen next year.', [['2027', '2027'], ['next year', '2026']], ['The firm would close its plant in Bremen', 'The firm said it would cut 400 jobs']],
    ['The team will play in Oslo in May and travel to Rome in June.', [['May', '2026-05'], ['June', '2026-06']], ['The team will play in Oslo', 'The team will travel to Rome']],
  ] as LabelCase[])('%j reads %j', readsAs);

  it('leaves "and prices fell in June" its own subject', () => {
    const text = 'Rates will rise in May and prices fell in June.';
    expect(labels(text, [['May', '2026-05'], ['June', '2025-06']])).toEqual(['Prices fell', 'Rates will rise']);
  });
});

describe('a clause cut off at "after" or "because" keeps its own gist', () => {
  it('reads "..., after sales fell 18% in the first half" as "Sales fell 18%"', () => {
    const text = 'The carmaker will cut 4,000 jobs next year, after sales fell 18% in the first half.';
    expect(labels(text, [['next year', '2026'], ['the first half', '2025-H1']])).toEqual(['Sales fell 18%', 'The carmaker will cut 4,000 jobs']);
  });
});

describe('a relative clause on the complement of "be" stays with its subject', () => {
  it('reads "The meeting was the last of many which took place in May" with the meeting', () => {
    const text = 'The meeting was the last of many which took place in May.';
    expect(labels(text, [['May', '2025-05']])).toEqual(['The meeting was the last of many which took place']);
  });
});

// (the saying is the day's news, as "said on Tuesday that she would resign" is: it is drawn too)
describe('"X said <date> it ..." names X in the reported clause', () => {
  it.each([
    ['The space agency said Thursday it has postponed the test until April.', [['Thursday', '2025-10-30'], ['April', '2026-04']], ['The space agency said it has postponed the test', 'The space agency has postponed the test']],
    ['BERLIN (Reuters) - Autowerk said on Wednesday it would cut 4,000 jobs by 2027 and close its plant next year.', [['Wednesday', '2025-07-16'], ['2027', '2027'], ['next year', '2026']], ['Autowerk said it would cut 4,000 jobs and close its plant', 'Autowerk would close its plant', 'Autowerk would cut 4,000 jobs']],
  ] as LabelCase[])('%j reads %j', readsAs);

  it('names the subject of the clause before, not the clause, when that clause says more than who spoke', () => {
    const text = 'The ministry raised taxes on Monday and it will cut spending in May.';
    expect(labels(text, [['Monday', '2025-11-03'], ['May', '2026-05']])).toContain('The ministry will cut spending');
  });
});

describe('a past verb after "and" takes the subject of the clause before', () => {
  it('reads "She became director in 1989 and took it on tour in 1994" as two statements by her', () => {
    const text = 'She became the orchestra’s director in 1989 and took it on its first tour of Japan in 1994.';
    expect(labels(text, [['1989', '1989'], ['1994', '1994']])).toEqual(['She became the orchestra’s director', 'She took it on its first tour of Japan']);
  });
});

describe('a time told as its own scene, a "who" aside and a participle after a whole clause', () => {
  it('labels the clause after "It was <time>."', () => {
    const text = 'It was 4:10 a.m. Dana Ruiz heard the ferry horn sound three times.';
    expect(labels(text, [['4:10 a.m.', '2025-05-12T04:10']])).toEqual(['Dana Ruiz heard the ferry horn sound three times']);
  });
  it('drops a "who" clause between a name and its verb', () => {
    const text = 'On Monday Dana Ruiz, who runs the bakery on the quay, closed her shop early.';
    expect(labels(text, [['Monday', '2025-05-12']])).toEqual(['Dana Ruiz closed her shop early']);
  });
});

describe('a clause that only attributes what follows', () => {
  it('gives no event for “as the paper explains:”', () => {
    const text = 'By 1998, as the harbour gazette explains:';
    expect(labels(text, [['1998', '1998']])).toEqual([]);
  });
});

describe('a fronted purpose phrase and a "whose" clause', () => {
  it('labels the main clause after "To add to ...,"', () => {
    const text = 'To add to the strain, the ferry had to stay in dock from June 2021 until March 2022.';
    expect(labels(text, [['June 2021', '2021-06'], ['March 2022', '2022-03']])[0]).toMatch(/^The ferry had to stay in dock/);
  });
  it('gives the head the subject of its "whose" clause', () => {
    const text = 'Dana Ruiz, whose first bakery opened on the quay in 2009, has sold the business.';
    expect(labels(text, [['2009', '2009']])).toEqual(['Dana Ruiz’s first bakery opened on the quay']);
  });
});
