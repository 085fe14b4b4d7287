// What must NOT become an event: a date that only qualifies a word. Sentences written for these
// tests; timexes handmade so the rules are tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a date that qualifies a word is no event', () => {
  it('drops a holiday in a greeting', () => {
    expect(datesOf('The mayor wished every resident a Merry Christmas from the steps of city hall.', [['Christmas', '2023-12-25']])).toEqual([]);
  });
  it('drops a date behind a pre- or post- prefix', () => {
    expect(datesOf('The rebels demanded a return to the pre-March 3 borders.', [['March 3', '2024-03-03']])).toEqual([]);
  });
  it('drops a decade that says which fashions are meant', () => {
    expect(datesOf('The gallery hung posters recalling the protest songs of the 1960s.', [['the 1960s', '196']])).toEqual([]);
  });
  it('drops two decades written without apostrophes that say which songs are meant', () => {
    expect(datesOf('The band still plays the ballads of the 60s and 70s to packed halls.', [['the 60s and 70s', '196']])).toEqual([]);
  });
  it('drops both decades when a tagger gives them apart', () => {
    expect(datesOf('Packed halls still sing along to the ballads of the 60s and 70s.', [['the 60s', '196'], ['70s', '197']])).toEqual([]);
  });
  it('drops the time of a happening only foreshadowed', () => {
    expect(datesOf('Nobody at the harbour guessed what would unfold two days later.', [['two days later', '2024-05-17']])).toEqual([]);
  });
  it('drops the start of a span that names a noun phrase', () => {
    expect(datesOf('Builders profited from the steady expansion since 2012 until rates climbed.', [['2012', '2012']])).toEqual([]);
  });
  it('drops the start of a span that names a noun phrase with a count in it', () => {
    expect(datesOf('Trade between the three ports since 2016 rests on a handful of ferry licences.', [['2016', '2016']])).toEqual([]);
  });
  it('drops the reading time of a running count', () => {
    expect(datesOf('In all 4,512 patients were treated and 311 discharged as of May 2, 2024 at 6:15 pm.', [['May 2, 2024 at 6:15 pm', '2024-05-02T18:15', 'TIME']])).toEqual([]);
  });
  it('drops a year said to be itself', () => {
    expect(datesOf('Nothing went to plan, because 2023 was 2023, and the fair was cancelled.', [['2023', '2023']])).toEqual([]);
  });
});

describe('a page note or a year judged is no event', () => {
  it('drops the time an editor’s update note was added', () => {
    expect(datesOf('UPDATE: May 3, 2024, 9:10 a.m. Added a reply from the harbour authority.', [['May 3, 2024, 9:10 a.m.', '2024-05-03T09:10', 'TIME']])).toEqual([]);
  });
  it('drops a year judged against others, after an opening clause and with a negation', () => {
    expect(datesOf('If it helps, 2023 probably wasn’t the easiest season for the growers either.', [['2023', '2023']])).toEqual([]);
  });
});

describe('a present state after an era word is no event', () => {
  it('drops "today" that opens a quoted feeling', () => {
    expect(datesOf('The widow wrote, “Today I am grateful for every neighbour who called.”', [['Today', '2024-05-15']])).toEqual([]);
  });
  it('drops a jump of years that describes a lasting state', () => {
    expect(datesOf('Ten years later, the valley has the same flooding problems.', [['Ten years later', '2024']])).toEqual([]);
  });
});

describe('a thing’s origin date is no event', () => {
  it('drops the year a right dates back to', () => {
    expect(datesOf('The fishermen say their mooring rights dating back to 1888 cannot be sold.', [['1888', '1888']])).toEqual([]);
  });
});

describe('a wish for a year is a greeting', () => {
  it('drops "we wish you a happy and healthy 2025"', () => {
    expect(datesOf('From all of us, we wish you a happy and healthy 2025.', [['2025', '2025']])).toEqual([]);
  });
});

describe('a heading, a cohort or a law named by its year is no event', () => {
  it.each([
    ['The Rovers in 2025: “We will be promoted,” the captain says.', '2025', '2025'],
    ['Chile in 2019: a year of protest.', '2019', '2019'],
    ['She joined the Class of 2026 at the naval academy.', '2026', '2026'],
    ['Farmers may claim under the Water Resources Act of 1991.', '1991', '1991'],
    ['The border still follows the Treaty of 1818 in the west.', '1818', '1818'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('the day a count is read is no event', () => {
  it('drops "As of Monday, 45 people had been treated"', () => {
    expect(datesOf('As of Monday, 45 people had been treated at the clinic.', [['Monday', '2024-05-13']])).toEqual([]);
  });
  it('drops "As of this week, the board has met only three times", a count in words', () => {
    expect(datesOf('As of this week, the board has met only three times.', [['this week', '2024-W20']])).toEqual([]);
  });
});

describe('a season with its article before a noun is a kind of thing', () => {
  it('drops "The spring sunshine"', () => {
    expect(datesOf('The spring sunshine has passed the valley by.', [['The spring', '2024-SP']])).toEqual([]);
  });
});

describe('a season’s famous name a thing is likened to, a list entry’s term: no events', () => {
  it('drops "The Rovers are this year’s Wanderers"', () => {
    expect(datesOf('Really, the Rovers are this year’s Wanderers, with a bench that goes ten deep.', [['this year', '2024']])).toEqual([]);
  });
  it('drops a verbless list entry giving how long a contract runs', () => {
    expect(datesOf('Sam Ode, under team control through 2027', [['2027', '2027']])).toEqual([]);
  });
});

describe('a holiday before a thing, a year before "-era", a command to the reader: no events', () => {
  it('drops "a Halloween mask" and "a Christmas jumper"', () => {
    expect(datesOf('Each stall sold a Halloween mask for a dollar.', [['Halloween', '2024-10-31']])).toEqual([]);
    expect(datesOf('The mayor wore a Christmas jumper to the hearing.', [['Christmas', '2024-12-25']])).toEqual([]);
  });
  it('drops a named day counted by an ordinal before a thing', () => {
    expect(datesOf('The ministry left the word out of its first Armistice Day statement, critics said.', [['Armistice Day', '2023-11-11']])).toEqual([]);
    expect(datesOf('The king recorded his 40th Christmas broadcast at the palace.', [['Christmas', '2023-12-25']])).toEqual([]);
  });
  it('drops the quarter that names the figures to be released', () => {
    expect(datesOf('The exchange said listed firms would publish third-quarter earnings sooner than usual.', [['third-quarter', '2024-Q3']])).toEqual([]);
    expect(datesOf('Analysts pored over the bank’s first-half results on Monday.', [['first-half', '2024-H1'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops "1990-era"', () => {
    expect(datesOf('The band still plays its 1990-era hits.', [['1990', '1990']])).toEqual([]);
  });
  it('drops "Claim your free ticket today!"', () => {
    expect(datesOf('Claim your free ticket today!', [['today', '2024-05-15']])).toEqual([]);
  });
});

describe('a "today" that sets a thing or a state in the present age is no event', () => {
  it.each([
    ['Few of the farmers of today keep dairy cows.', 'today', '2024-05-15'],
    ['The poll is a fair picture of where the party stands today.', 'today', '2024-05-15'],
    ['The harbour as we know it today was dug by hand.', 'today', '2024-05-15'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a decade before its noun says what kind of thing', () => {
  it.each([
    ['She still plays in an early ’80s band from the docks.', 'early ’80s', '198'],
    ['The museum restored two 1950s trawlers.', '1950s', '195'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a century names an era, not a time something happened', () => {
  it.each([
    ['The city grew into a port of the first rank in the 19th century.', 'the 19th century'],
    ['Campaigners want a 21st-century rail network for the north.', '21st-century'],
    ['Three great floods struck the valley last century.', 'last century'],
  ])('%j', (text, words) => {
    expect(datesOf(text, [[words, words.includes('19th') ? '18' : words.includes('21st') ? '20' : '19']])).toEqual([]);
  });
});

describe('a street number is no year', () => {
  it('drops "1847 Linden Avenue" in an address', () => {
    expect(datesOf('Donations can be left at the food bank, 1847 Linden Avenue, until noon.', [['1847', '1847']])).toEqual([]);
  });
});

describe('a season named by a people, a place or a bomb', () => {
  it.each([
    ['Activists say the Arab spring is coming to their country too.', 'spring', '2024-SP'],
    ['Campaigners warned of a nuclear winter in the leaflets.', 'winter', '2024-WI'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a bare season after a noun’s "of" is the season in general', () => {
  it.each([
    ['Growers can now sell the berries of summer in the dark of winter.', 'winter', '2024-WI'],
    ['The orchestra played a rite of spring for the children of the town.', 'spring', '2024-SP'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a thing of the present age described by its state before "today"', () => {
  it.each([
    ['The short-range radio links used today to steer toy drones will not reach the farms.', 'today', '2024-05-15'],
    ['Most of the vaccines available today need a cold chain.', 'today', '2024-05-15'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a year that says which description fits a name is no event', () => {
  it('drops the year of a verbless apposition after a place', () => {
    expect(datesOf('Ohio, a reliable swing state in 2016, lost a House seat after the census.', [['2016', '2016']])).toEqual([]);
  });
  it('drops it when a relative clause follows the apposition', () => {
    expect(datesOf('The largest gain goes to Florida, a Republican bastion in 2020 that will add two seats.', [['2020', '2020']])).toEqual([]);
  });
});
