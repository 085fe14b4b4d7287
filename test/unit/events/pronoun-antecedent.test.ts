import { describe, expect, it } from 'vitest';
import { withNamedActor } from '../../../src/lib/events/pronoun';
import { analysisOf } from '../../../src/lib/analysis';
import { namedAfterSentences } from './helpers';
import { buildEvents } from '../../../src/lib/events';

const named = namedAfterSentences;

describe('a pronoun goes on with the one the sentences before named', () => {
  it('a "he" after a sentence naming a person by office is that office holder', () => {
    const text = 'Ahead of the budget vote, the governor will visit three mill towns. He is set to arrive in Dover on Monday.';
    expect(named(text, 'He is set to arrive in Dover')).toBe('The governor is set to arrive in Dover');
  });

  it('a "she" goes back through a sentence that only goes on with "she" to the name', () => {
    const text = 'Mara Quist toured the foundry with union leaders. There, she met the night shift. On Friday, she will sign the wage deal.';
    expect(named(text, 'She will sign the wage deal')).toBe('Mara Quist will sign the wage deal');
  });

  it('a "he" goes on with a surname that opens the sentence before, written as a name elsewhere', () => {
    const text = 'The harbour was run for years by Magistrate Olu Brannock. Brannock closed the east quay in 1998. He also sold the dredger in 2001.';
    expect(named(text, 'He also sold the dredger')).toBe('Brannock also sold the dredger');
  });

  it('a "he" goes on with a surname introduced by a dated apposition ("now a senator")', () => {
    const text = 'Okafor, now a senator for the coast, built the harbour road in 1994. He left the ministry in 1999.';
    expect(named(text, 'He left the ministry')).toBe('Okafor left the ministry');
  });

  it('an "it" goes on with a company that opens the sentence before, written as a name elsewhere', () => {
    const text = 'Critics say Corvex hides its profits abroad, as rivals like Corvex do.\n\nCorvex went further. According to a filing from the tax office in 2019, it moved its patents to Malta.';
    expect(named(text, 'It moved its patents to Malta')).toBe('Corvex moved its patents to Malta');
  });

  it('an "it" goes on with a subject set off by a participle’s phrase', () => {
    const text = 'Peru, battered by the fall in copper prices, had only two months of imports in reserve. It stopped paying its bondholders in March.';
    expect(named(text, 'It stopped paying its bondholders')).toBe('Peru stopped paying its bondholders');
  });

  it('an "it" in the passive stands for the body named before', () => {
    const text = 'The Harbour Guild has been part of the port for a century. It was founded by dock workers in 1911.';
    expect(named(text, 'It was founded by dock workers')).toBe('The Harbour Guild was founded by dock workers');
  });

  it('a company named before a date and its verb is the "it" that follows', () => {
    const text = 'Siemens today began building a second turbine factory near Hull. It will run the plant on hydropower from 2028.';
    expect(named(text, 'It will run the plant on hydropower')).toBe("Siemens will run the plant on hydropower");
  });

  it('after a saying verb, "it" is the one who says, whatever its verb', () => {
    const text = 'In March the bakery chain Crumbwell announced it was back in profit.';
    const analysis = analysisOf(text);
    const at = text.indexOf('it was');
    const label = withNamedActor(text, 'It was back in profit', () => analysis.wordsOf(analysis.sentences[0]).filter((w) => w.end <= at), 0);
    expect(label).toBe('The bakery chain Crumbwell was back in profit');
  });
});

describe('a demonstrative reads as "the" on a timeline that stands alone', () => {
  it.each([
    ['These reports have lifted the carmaker’s shares', 'The reports have lifted the carmaker’s shares'],
    ['This new tribunal will hear its first appeal', 'The new tribunal will hear its first appeal'],
    ['Those talks collapsed over fishing rights', 'The talks collapsed over fishing rights'],
  ])('%j -> %j', (label, expected) => {
    expect(withNamedActor('', label, () => null)).toBe(expected);
  });
});

describe('the writer is the "I" outside any quote, even with a quote later in the sentence', () => {
  it('names the writer when the quote comes after "I"', () => {
    const text = 'On May 2, I got a reply from Ann Lee, who said the tune was “an old sea shanty.”';
    expect(withNamedActor(text, 'I got a reply from Ann Lee', () => null, 0)).toBe('The writer got a reply from Ann Lee');
  });
});

describe('an owner named in passing is not the one a pronoun goes on with', () => {
  it('skips "Mayor Ruiz’s deputy" for the deputy named after', () => {
    const text = 'Mayor Ruiz’s deputy, Tomas Berg, said on Monday that he would stand down.';
    const analysis = analysisOf(text);
    const at = text.indexOf('he would');
    expect(withNamedActor(text, 'He would stand down', () => analysis.wordsOf(analysis.sentences[0]).filter((w) => w.end <= at), 0)).toBe('Tomas Berg would stand down');
  });
});

describe('a transcript’s speaker is its "I"', () => {
  it('names the speaker in capitals before the colon', () => {
    const text = 'OKAFOR: I signed the order on Monday.';
    expect(withNamedActor(text, 'I signed the order', () => null, 0)).toBe('Okafor signed the order');
  });
});

describe('a title says who a "she" or a "he" can be', () => {
  it('passes over "Mr." for "she"', () => {
    const text = 'At a dinner with Mr. Hale, Ms. Okoro praised the crew. On Tuesday, she resigned.';
    const analysis = analysisOf(text);
    expect(withNamedActor(text, 'She resigned', () => analysis.wordsOf(analysis.sentences[0]), text.indexOf('On Tuesday'))).toBe('Okoro resigned');
  });
  it('takes an owner named in passing when no one else is named', () => {
    const text = 'Friends celebrated Ms. Okoro’s tenure at a dinner. On Tuesday, she resigned.';
    const analysis = analysisOf(text);
    expect(withNamedActor(text, 'She resigned', () => analysis.wordsOf(analysis.sentences[0]), text.indexOf('On Tuesday'))).toBe('Okoro resigned');
  });
});

describe('a name is a run of capitalised words', () => {
  it('ends "Margaret Okafor rose to speak" before "rose"', () => {
    const text = 'On a cold Tuesday, Margaret Okafor rose to speak in the hall. Her hosts were the fishermen’s guild.';
    expect(named(text, 'Her hosts were the fishermen’s guild')).toBe('Margaret Okafor’s hosts were the fishermen’s guild');
  });
});

describe('an "it" that frames the writer’s judgement stands for nothing: the "that" clause is the label', () => {
  it.each([
    ['It was striking that the harbour board on Monday sold the dredger.', 'It was striking that the harbour board sold the dredger', 'The harbour board sold the dredger'],
    ['It is no surprise that the union voted to strike.', 'It is no surprise that the union voted to strike', 'The union voted to strike'],
  ])('%j', (text, label, expected) => {
    expect(named(text, label)).toBe(expected);
  });
});

describe('a sentence opening on "That" and a noun keeps its determiner, which reads as "the"', () => {
  it('labels "That ferry is due to sail on Monday" as "The ferry is due to sail"', () => {
    const text = 'The island has one ferry left. That ferry is due to sail on Monday.';
    const at = text.indexOf('Monday');
    const events = buildEvents(text, [{ start: at, end: at + 6, text: 'Monday', type: 'DATE', value: '2024-05-20' }], '2024-05-15');
    expect(events.map((e) => e.label)).toEqual(['The ferry is due to sail']);
  });
});

describe('a demonstrative before a name and its noun reads as "the"', () => {
  it.each([['This Harbour Lights concert takes place in Leith', 'The Harbour Lights concert takes place in Leith']])('%j -> %j', (label, expected) => {
    expect(withNamedActor('', label, () => null)).toBe(expected);
  });
});
