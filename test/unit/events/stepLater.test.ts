// A step told "hours later", "days later", "moments later" is counted on from the happening the
// sentences just before dated. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const later = (text: string, day: [string, string], count: [string, string] | null) =>
  buildEvents(text, [timexOf(text, ...day), ...(count ? [timexOf(text, count[0], count[1], 'DURATION')] : [])], PUBLISHED)
    .filter((e) => e.when.start)
    .map((e) => [e.when.text, e.when.start, e.when.end]);

describe('a step counted "later" from the happening just told', () => {
  it('puts "Hours later" on the day told just before', () => {
    expect(later('Rangers found the lost climber on May 3. Hours later, a helicopter flew him to the county hospital.', ['May 3', '2024-05-03'], ['Hours', 'PTXH'])).toEqual([
      ['May 3', '2024-05-03', '2024-05-03'],
      ['Hours later', '2024-05-03', '2024-05-03'],
    ]);
  });
  it('puts "days later" one to ten days on', () => {
    expect(later('The mill shut its gates on April 2. Days later, the owners put the site up for sale.', ['April 2', '2024-04-02'], ['Days', 'PXD'])).toEqual([
      ['April 2', '2024-04-02', '2024-04-02'],
      ['Days later', '2024-04-03', '2024-04-12'],
    ]);
  });
  it('puts "a few weeks later" one to six weeks on, never after the day of writing', () => {
    expect(later('The council approved the tram plan on April 20. A few weeks later the mayor signed the first contract.', ['April 20', '2024-04-20'], ['A few weeks', 'PXW'])).toEqual([
      ['April 20', '2024-04-20', '2024-04-20'],
      ['A few weeks later', '2024-04-27', '2024-05-15'],
    ]);
  });
  it('reads "moments later", which the tagger leaves untagged, on the same day', () => {
    expect(later('The crane toppled onto the road on May 9. Moments later, a bus swerved into the verge.', ['May 9', '2024-05-09'], null)).toEqual([
      ['May 9', '2024-05-09', '2024-05-09'],
      ['Moments later', '2024-05-09', '2024-05-09'],
    ]);
  });
});
