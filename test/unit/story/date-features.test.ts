// Two day features from how a desk looks back on its story: the chronologies it publishes (a
// factbox listing the story's past days, one line each) and the share of its later coverage that
// still names a day.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { chronologyDays, dayFeatures } from '../../../src/lib/story/dateFeatures';

// a factbox on a port strike, published after the days it lists
const factbox = [
  'Key moments in the dock dispute:',
  'March 2 - Crane operators vote to strike over shift patterns.',
  'March 9 - The first walkout closes the container terminal for a day.',
  'March 14 - Talks between the port authority and the union collapse.',
  'March 20 - Shipping lines divert vessels to a rival harbour.',
  'March 27 - A mediator is appointed by the transport ministry.',
  'April 3 - Dockers accept a revised offer and return to work.',
].join('\n');

describe('a chronology of the story', () => {
  const collection = prepareCollection([
    { id: 'factbox', published: '2023-04-10', text: factbox },
    { id: 'report', published: '2023-03-10', text: 'The container terminal stood idle on Thursday as crane operators walked out.' },
  ]);
  const byDay = new Map(dayFeatures(collection, {}).map((f) => [f.day, f.values]));

  it('lists each past day its lines open on, written out with the month', () => {
    expect(chronologyDays(collection, 0).sort()).toEqual(['2023-03-02', '2023-03-09', '2023-03-14', '2023-03-20', '2023-03-27', '2023-04-03']);
  });

  it('counts once for each day it lists', () => {
    expect(byDay.get('2023-03-14')!.chronology).toBeCloseTo(Math.log1p(1), 9);
    expect(byDay.get('2023-04-03')!.chronology).toBeCloseTo(Math.log1p(1), 9);
  });

  it('adds up over the chronologies that list a day', () => {
    const twice = prepareCollection([
      { id: 'factbox', published: '2023-04-10', text: factbox },
      { id: 'factbox-update', published: '2023-04-20', text: factbox },
    ]);
    const day = dayFeatures(twice, {}).find((f) => f.day === '2023-03-09')!;
    expect(day.values.chronology).toBeCloseTo(Math.log1p(2), 9);
  });
});

describe('the share of the later coverage that still names a day', () => {
  // a bridge closed on 2023-05-02; twelve articles came out two weeks later, half of them naming it
  const later = Array.from({ length: 12 }, (_, i) => ({
    id: `later-${i}`,
    published: '2023-05-16',
    text: i % 2 === 0 ? 'Commuters still queue for ferries since the bridge closed on May 2 for repairs.' : 'The council published its budget for the coming year.',
  }));
  const collection = prepareCollection([{ id: 'closure', published: '2023-05-02', text: 'Engineers closed the bridge on Tuesday after finding cracks.' }, ...later]);

  it('is the log of one plus the later articles naming it less the log of one plus all the later articles', () => {
    const closure = dayFeatures(collection, {}).find((f) => f.day === '2023-05-02')!;
    expect(closure.values.laterShare).toBeCloseTo(Math.log1p(6) - Math.log1p(12), 9);
    expect(closure.values.laterShare).toBeCloseTo(-0.6190, 4);
  });

  it('reads a thin later coverage against ten articles', () => {
    const thin = prepareCollection([{ id: 'closure', published: '2023-05-02', text: 'Engineers closed the bridge on Tuesday after finding cracks.' }, ...later.slice(0, 4)]);
    const closure = dayFeatures(thin, {}).find((f) => f.day === '2023-05-02')!;
    expect(closure.values.laterShare).toBeCloseTo(Math.log1p(2) - Math.log1p(10), 9);
  });
});
