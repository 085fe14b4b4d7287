import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Strings that must not become dates (after chrono's test/en/negative_cases), each in a
// sentence of its own; published on Wednesday 2025-11-05.
const NOT_DATES: [string, string][] = [
  ['a percentage', 'The yield rose to 12.53% on the news.'],
  ['a shop brand', 'A 7-Eleven opened on the corner.'],
  ['an aircraft model', 'Regulators grounded the 737 MAX again.'],
  ['a treaty article', 'Allies invoked Article 5 of the treaty.'],
  ['a sum of money', 'The city set aside $5 million for repairs.'],
  ['a football score', 'The hosts won 3-2 after extra time.'],
  ['a phone number', 'Call the hotline on 555-0123 or 020 7946 0958.'],
  ['"may" as a modal verb', 'The court may be asked to rule again.'],
  ['"may" after "this" as a modal verb', 'Officials said this may prove costly.'],
  ['"march" as a noun', 'Thousands joined a march on parliament.'],
  ['"march" as a verb', 'Protesters will march to the square.'],
  ['"march" as a noun before a comma', 'Crowds joined a march, then left.'],
  ['"may" as a modal before a comma', 'It may, however, rain.'],
  ['the Sun newspaper', 'The Sun reported the claim first.'],
  ['an operating system version', 'The tool still runs on Windows 7.'],
  ['a version number', 'Version 2.10 fixes the crash.'],
  ['a count of people', 'About 2000 people attended.'],
  ['a share price with decimals', 'The stock closed at 14.35 on heavy volume.'],
  ['a bare count of planes', 'The airline ordered 18 jets and 14 freighters.'],
  ['an index name with a number', 'The Russell 2000 index fell.'],
  ['"fall" as a verb', 'Prices could fall further.'],
  ['"a quarter of" as a fraction', 'A quarter of the staff left.'],
  ['a fraction written with a slash', 'The bill needs a 2/3 majority.'],
  ['a round-the-clock slogan', 'The pharmacy is open 24/7.'],
  ['an aircraft number', 'A Boeing 747 landed beside an Airbus A380.'],
  ['a phone model', 'The iPhone 5 sold out.'],
  ['a disease name with a number', 'COVID-19 cases fell.'],
  ['a group name with a number', 'G20 leaders met.'],
  ['a road number', 'Interstate 95 was closed.'],
  ['"a day" that measures nothing', 'It was not a day anybody wanted.'],
  ['"most recent" as an ordering adjective', 'The most recent model sold well.'],
  ['a weekday naming a historic crash', 'Traders still fear another Black Monday.'],
  ['a holiday naming a season', 'The Christmas season began early.'],
];

describe('tagTimexes: what is not a date', () => {
  it.each(NOT_DATES)('%s is not tagged', (_name, sentence) => {
    expect(tagTimexes(sentence, '2025-11-05')).toEqual([]);
  });
});
