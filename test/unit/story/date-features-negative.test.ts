// What does NOT make a chronology of the story, and what is not later coverage.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { chronologyDays, dayFeatures } from '../../../src/lib/story/dateFeatures';

const lines = (...l: string[]) => l.join('\n');

describe('articles that are not chronologies of the story', () => {
  it('a list of fixtures still to come', () => {
    const fixtures = lines(
      'The festival programme for this summer:',
      'July 4, 2023 - The orchestra opens the season in the park.',
      'July 6, 2023 - A folk night takes over the town square.',
      'July 9, 2023 - Street theatre companies parade through the old town.',
      'July 12, 2023 - The jazz quartet plays the harbour stage.',
      'July 15, 2023 - Children\'s choirs perform at the cathedral.',
      'July 18, 2023 - Fireworks close the festival.',
    );
    const collection = prepareCollection([{ id: 'programme', published: '2023-06-30', text: fixtures }]);
    expect(chronologyDays(collection, 0)).toEqual([]);
    expect(dayFeatures(collection, {}).every((f) => f.values.chronology === 0)).toBe(true);
  });

  it('a report that opens a few sentences on dates', () => {
    const report = lines(
      'On March 3, the mill announced it would shed staff.',
      'On March 8, workers marched through the town centre.',
      'March 15 - The union balloted its members.',
      'Managers declined to comment on Friday.',
    );
    const collection = prepareCollection([{ id: 'report', published: '2023-03-20', text: report }]);
    expect(chronologyDays(collection, 0)).toHaveLength(3);
    expect(dayFeatures(collection, {}).every((f) => f.values.chronology === 0)).toBe(true);
  });

  it('a radio schedule whose lines open on the hour and the weekday', () => {
    const schedule = lines(
      'On Monday, the breakfast show comes from the coast.',
      'On Tuesday, the phone-in asks about bus fares.',
      'On Wednesday, a documentary on the canal network.',
      'On Thursday, the book club meets a debut novelist.',
      'On Friday, the quiz returns for a new series.',
      'On Saturday, live commentary of the cup final.',
    );
    const collection = prepareCollection([{ id: 'schedule', published: '2023-09-18', text: schedule }]);
    expect(chronologyDays(collection, 0)).toEqual([]);
  });

  it('days a line names further on, not at its opening', () => {
    const recap = lines(
      'Crews worked through the night after the dam gave way on May 1.',
      'Rescuers found survivors on May 2 and May 3.',
      'Aid arrived by helicopter on May 4.',
      'Power came back to the valley on May 5.',
      'Schools reopened on May 8.',
      'The inquiry begins its hearings, last set for May 9.',
    );
    const collection = prepareCollection([{ id: 'recap', published: '2023-05-20', text: recap }]);
    expect(chronologyDays(collection, 0)).toEqual([]);
  });
});

describe('what is not later coverage of a day', () => {
  it('articles published less than a week after it', () => {
    const collection = prepareCollection([
      { id: 'closure', published: '2023-05-02', text: 'Engineers closed the bridge on Tuesday after finding cracks.' },
      { id: 'next-week', published: '2023-05-08', text: 'Commuters still queue for ferries since the bridge closed on May 2.' },
    ]);
    const closure = dayFeatures(collection, {}).find((f) => f.day === '2023-05-02')!;
    expect(closure.values.laterShare).toBeCloseTo(Math.log1p(0) - Math.log1p(10), 9);
    expect(closure.values.later).toBe(0);
  });
});
