// A happening dated from another happening the article dated before: "the day after the
// flood", "two months before her retirement", "shortly after the vote". Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { happeningWords, namesHappening, stemOf } from '../../../src/lib/events/toldFrom';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const eventsOf = (text: string, timexes: [string, string, string?][], published = PUBLISHED) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'DURATION') ?? 'DATE')), published).map((e) => [e.when.start, e.when.end, e.label]);

describe('the words that name the happening', () => {
  it('reads the head of a noun phrase', () => {
    expect(happeningWords('the county fair, the band played')).toEqual(['fair']);
    expect(happeningWords("Ortega's resignation")).toEqual(['resignation']);
  });
  it('reads the verb and the subject of a clause', () => {
    expect(happeningWords('the levee was breached, crews arrived')).toEqual(['breached', 'levee']);
    expect(happeningWords('Mendez resigned')).toEqual(['resigned']);
  });
  it('tells a noun from the verb news uses for it', () => {
    expect(stemOf('election')).toBe(stemOf('elected'));
    expect(stemOf('retirement')).toBe(stemOf('retired'));
    expect(stemOf('death')).toBe(stemOf('died'));
    expect(stemOf('departure')).toBe(stemOf('departed'));
    expect(namesHappening('The governor vetoed the budget on March 3.', ['veto'])).toBe(true);
  });
  it('finds the particular disaster a general noun refers to', () => {
    expect(namesHappening('A cyclone hit the coast on March 3.', ['catastrophe'])).toBe(true);
  });
});

describe('a statement dated from a happening told before', () => {
  it('dates "the day after" the happening to the next day', () => {
    expect(eventsOf('The river flooded on March 3. Volunteers filled sandbags the day after the flooding.', [['March 3', '2024-03-03']])).toEqual([
      ['2024-03-03', '2024-03-03', 'The river flooded'],
      ['2024-03-04', '2024-03-04', 'Volunteers filled sandbags'],
    ]);
  });
  it('counts days from a clause that names the happening by its verb', () => {
    expect(eventsOf('Mendez resigned on April 2. Four days after Mendez resigned, the board named an interim chief.', [['April 2', '2024-04-02'], ['Four days', 'P4D', 'DURATION']])[1]).toEqual(['2024-04-06', '2024-04-06', 'The board named an interim chief']);
  });
  it('takes the day before for "the day before"', () => {
    expect(eventsOf('The minister departed for Lagos on February 9. Her deputy got the keys the day before the departure.', [['February 9', '2024-02-09']])[0]).toEqual(['2024-02-08', '2024-02-08', 'The minister’s deputy got the keys']);
  });
  it('counts months back from a death to its month', () => {
    expect(eventsOf('The painter died on October 20, 2023. He finished the mural three months before his death.', [['October 20, 2023', '2023-10-20']])[0]).toEqual(['2023-07-01', '2023-07-31', 'He finished the mural']);
  });
  it('keeps "the night of" the happening on its day', () => {
    expect(eventsOf('The council voted on May 7. The mayor spoke to reporters the night of the vote.', [['May 7', '2024-05-07']])[1]).toEqual(['2024-05-07', '2024-05-07', 'The mayor spoke to reporters']);
  });
  it('keeps hours after the happening on its day', () => {
    expect(eventsOf('The alarm sounded on May 1. A few hours after the alarm, firefighters reached the mill.', [['May 1', '2024-05-01'], ['A few hours', 'PTXH', 'DURATION']])[1]).toEqual(['2024-05-01', '2024-05-01', 'Firefighters reached the mill']);
  });
  it('draws "shortly after" as the weeks after, no later than the day of writing', () => {
    expect(eventsOf('The town voted on April 30. Shortly after the vote, Okafor hired a chief of staff.', [['April 30', '2024-04-30']])[1]).toEqual(['2024-04-30', '2024-05-15', 'Okafor hired a chief of staff']);
  });
  it('draws "weeks after" as the weeks after', () => {
    expect(eventsOf('The town voted on March 1. Okafor sold his farm weeks after the vote.', [['March 1', '2024-03-01']])[1]).toEqual(['2024-03-08', '2024-04-12', 'Okafor sold his farm']);
  });
  it('takes a statement whose pronoun subject stands for the named actor', () => {
    expect(eventsOf('Lindqvist hired a lawyer in March. They filed their complaint on April 3. Two days after Lindqvist’s complaint was filed, the club suspended its coach.', [['March', '2024-03'], ['April 3', '2024-04-03'], ['Two days', 'P2D', 'DURATION']]).at(-1)).toEqual(['2024-04-05', '2024-04-05', 'The club suspended its coach']);
  });
  it('takes the last happening named, not an earlier one of the same name', () => {
    expect(eventsOf('The first strike began on January 8. A second strike began on March 11. Talks resumed two days after the strike.', [['January 8', '2024-01-08'], ['March 11', '2024-03-11'], ['two days', 'P2D', 'DURATION']])[2]).toEqual(['2024-03-13', '2024-03-13', 'Talks resumed']);
  });
});
