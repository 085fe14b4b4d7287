// Which days a sentence opens on: the date that starts its main clause, as a later report or a
// chronology writes it ("On April 20, ...", "April 23 - ...").
import { describe, expect, it } from 'vitest';
import { opensOn, prepareCollection } from '../../src/lib/story/collection';

describe('opensOn', () => {
  it('reads a date at the very start, after a preposition of time, a connective or a bullet', () => {
    expect(opensOn('On April 20, an explosion on the rig killed 11 workers.', 'April 20')).toBe(true);
    expect(opensOn('April 23 - The Coast Guard suspends the search for missing workers.', 'April 23')).toBe(true);
    expect(opensOn('* April 25 - Efforts to activate the blowout preventer fail.', 'April 25')).toBe(true);
    expect(opensOn('Then on Tuesday the army moved into the city.', 'Tuesday')).toBe(true);
    expect(opensOn('Early on Friday, engineers lowered a cap onto the well.', 'Friday')).toBe(true);
  });
});

describe('prepareCollection records the days a sentence opens on', () => {
  it('marks the day of a sentence that opens on its date, and not that of a date inside it', () => {
    const collection = prepareCollection([
      { id: 'a', published: '2010-05-20', text: 'On April 20, an explosion on the rig killed 11 workers. Oil has leaked into the Gulf ever since the blast of April 20.' },
    ]);
    expect(collection.sentences.map((s) => [s.days, s.opens ?? []])).toEqual([
      [['2010-04-20'], ['2010-04-20']],
      [['2010-04-20'], []],
    ]);
  });
});
