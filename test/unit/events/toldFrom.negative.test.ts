// What must NOT be dated from another happening: a happening the article never dated, one
// dated only to a year, a distance that names no happening ("the day after tomorrow", "the
// day of the week"), and a count that is not a distance ("the third day after").
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { happeningWords } from '../../../src/lib/events/toldFrom';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datedOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), PUBLISHED)
    .filter((e) => e.when.start)
    .map((e) => e.label);

describe('a distance from a happening that dates nothing', () => {
  it('dates nothing when no earlier statement names the happening', () => {
    expect(datedOf('The river burst its banks on March 3. Volunteers filled sandbags the day after the parade.', [['March 3', '2024-03-03']])).toEqual(['The river burst its banks']);
  });
  it('dates nothing from a happening dated only to a year', () => {
    expect(datedOf('The mill closed in 2019. The owner moved away two days after the closure.', [['2019', '2019'], ['two days', 'P2D', 'DURATION']])).toEqual(['The mill closed']);
  });
  it('dates nothing from a happening told after the statement', () => {
    expect(datedOf('Volunteers filled sandbags the day after the flooding. The river flooded on March 3.', [['March 3', '2024-03-03']])).toEqual(['The river flooded']);
  });
  it('dates nothing by days from a happening dated only to a month', () => {
    expect(datedOf('The river flooded in March. Volunteers filled sandbags the day after the flooding.', [['March', '2024-03']])).toEqual(['The river flooded']);
  });
  it('dates nothing past the day of writing for a past told from a past happening', () => {
    expect(datedOf('The council voted on May 10. The mayor resigned two weeks after the vote.', [['May 10', '2024-05-10'], ['two weeks', 'P2W', 'DURATION']])).toEqual(['The council voted']);
  });
  it('dates nothing from a happening of a named actor that the earlier statement does not name', () => {
    expect(datedOf('A guard was shot in Lyon on May 2. The union struck soon after Moreau was shot in Nice.', [['May 2', '2024-05-02']])).toEqual(['A guard was shot in Lyon']);
  });
  it('dates nothing from a clause whose subject is only a pronoun', () => {
    expect(datedOf('A tenor died in Vienna on April 4. The recording shows his voice in the days before he died.', [['April 4', '2024-04-04']])).toEqual(['A tenor died in Vienna']);
  });
  it('leaves a statement with a date of its own to that date', () => {
    const text = 'The town voted on May 2. She was at the hall the night of the vote, May 3, to hear the count.';
    const days = buildEvents(text, [timexOf(text, 'May 2', '2024-05-02'), timexOf(text, 'May 3', '2024-05-03')], PUBLISHED).map((e) => e.when.start);
    expect(days).toEqual(['2024-05-02', '2024-05-03']);
  });
  it('leaves a happening dated beside its own words to that date', () => {
    const text = 'The town voted on May 2. She was at the hall on the night of the count – May 3 – to hear the result.';
    const days = buildEvents(text, [timexOf(text, 'May 2', '2024-05-02'), timexOf(text, 'May 3', '2024-05-03')], PUBLISHED).map((e) => e.when.start);
    expect(days).not.toContain('2024-05-02T');
    expect(days.filter((d) => d === '2024-05-02')).toHaveLength(1);
  });
  it('reads no election in a title ("president-elect")', () => {
    expect(datedOf('The president-elect met donors on April 2. Okafor sold his farm two days after the election.', [['April 2', '2024-04-02'], ['two days', 'P2D', 'DURATION']])).toEqual(['The president-elect met donors']);
  });
  it('dates no past after the day of writing from a happening ahead of it', () => {
    expect(datedOf('The governor-elect takes office on June 1. Shortly after the election, Dlamini hired two aides.', [['June 1', '2024-06-01']])).toEqual(['The governor-elect takes office']);
  });
  it('dates nothing held "since" a distance from the happening', () => {
    expect(datedOf('The tremor hit Oruro on May 2. Miners have had no word from home since an hour before the tremor.', [['May 2', '2024-05-02']])).toEqual(['The tremor hit Oruro']);
  });
  it('counts from the dated clause, not from a word told in passing beside it', () => {
    expect(datedOf('Rival factions met in Izmir on May 4 and formed a council in the hope that street protests succeed. Talks opened a day after the biggest protests so far.', [['May 4', '2024-05-04']])).toEqual(['Rival factions met in Izmir and formed a council']);
  });
  it('dates nothing from "the third day after", an ordinal of a run', () => {
    expect(datedOf('The fast began on May 1. Pilgrims rest on the third day after the fast.', [['May 1', '2024-05-01']])).toEqual(['The fast began']);
  });
});

describe('words after a distance that name no happening', () => {
  it.each([['take-off from Rome'], ['lunch, the jury returned'], ['tomorrow, officials said'], ['the week, the shop opens'], ['it, the crew left'], ['that']])('reads no happening in "%s"', (words) => {
    expect(happeningWords(words)).toEqual([]);
  });
});
