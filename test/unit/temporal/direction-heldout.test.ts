import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// Direction of year-less dates on sentences written for these tests (none from a corpus).

/** Every case table here: `sentence` published on `published` tags `words` with `value`. */
const tagsAs = (sentence: string, published: string, words: string, value: string) => {
  expect(tagged(sentence, published, words)?.value).toBe(value);
};
describe('"this <season>" is the one of the publication year, whatever the tense', () => {
  it.each([
    ['The aquarium will reopen this summer.', '2026-02-10', 'this summer', '2026-SU'],
    ['Ticket sales slumped this spring.', '2025-11-05', 'this spring', '2025-SP'],
    ['The ferry service resumed this spring.', '2026-04-20', 'this spring', '2026-SP'],
    ['Growers expect a late harvest this autumn.', '2026-01-15', 'this autumn', '2026-FA'],
    ['Heating bills will climb this winter.', '2025-10-01', 'this winter', '2025-WI'],
    ['Snowfall has been scarce this winter.', '2026-01-20', 'this winter', '2025-WI'],
    ['Snowfall was scarce this winter.', '2026-03-20', 'this winter', '2025-WI'],
    ['Margins are thin this quarter.', '2025-11-05', 'this quarter', '2025-Q4'],
  ])('%j published %s tags %j as %s', tagsAs);
});

describe('the futurate present of scheduled events points ahead', () => {
  it.each([
    ['Parliamentary elections are due in the autumn.', '2024-03-14', 'the autumn', '2024-FA'],
    ['The governor is up for re-election in November.', '2025-03-14', 'November', '2025-11'],
    ['The coalition faces a confidence vote in May.', '2025-11-05', 'May', '2026-05'],
    ['The tablet goes on sale in March.', '2025-11-05', 'March', '2026-03'],
    ['The new concert hall opens in June.', '2025-11-05', 'June', '2026-06'],
    ['The president-elect takes office in January.', '2025-11-05', 'January', '2026-01'],
    ['Talks resume in February.', '2025-11-05', 'February', '2026-02'],
    ['The ban comes into force in January.', '2025-11-05', 'January', '2026-01'],
    ['The hearing is scheduled for March.', '2025-11-05', 'March', '2026-03'],
    ['The referendum is set for April.', '2025-11-05', 'April', '2026-04'],
    ['The library opens on Monday.', '2025-11-05', 'Monday', '2025-11-10'],
    ['Mediators met on Sunday, hoping to sign a truce on Friday.', '2025-11-05', 'Friday', '2025-11-07'],
  ])('%j published %s tags %j as %s', tagsAs);

  it.each([
    ['Tax returns in April were higher than expected.', '2025-11-05', 'April', '2025-04'],
    ['The museum opened in June.', '2025-11-05', 'June', '2025-06'],
    ['Fuel prices hit a record in March.', '2025-11-05', 'March', '2025-03'],
    ['The recall comes after a spate of fires in June.', '2025-11-05', 'June', '2025-06'],
    ['The feud dates back to July.', '2025-11-05', 'July', '2025-07'],
    ['The launch, originally scheduled for March, slipped to next year.', '2025-11-05', 'March', '2025-03'],
    ['The handover, initially due in May, will now happen in 2027.', '2025-11-05', 'May', '2025-05'],
    ['The payment was due in March.', '2025-11-05', 'March', '2025-03'],
    ['Smith, who took office in January, will step down in May.', '2025-11-05', 'January', '2025-01'],
    ['The insurer raised its forecast in September.', '2025-11-05', 'September', '2025-09'],
  ])('a past or nominal reading stays past: %j published %s tags %j as %s', tagsAs);
});

describe('results and figures for a quarter or half name the current or just-ended one', () => {
  it.each([
    ['The carmaker reported second-quarter results on Thursday.', '2025-07-25', 'second-quarter', '2025-Q2'],
    ['The carmaker will report second-quarter results next week.', '2025-07-25', 'second-quarter', '2025-Q2'],
    ['The carmaker will report third-quarter results next month.', '2025-07-25', 'third-quarter', '2025-Q3'],
    ['The lender will publish fourth-quarter earnings on Jan. 28.', '2026-01-10', 'fourth-quarter', '2025-Q4'],
    ['Inflation figures for the second quarter will be released on Friday.', '2025-07-20', 'the second quarter', '2025-Q2'],
    ['The brewer will post first-half profit in August.', '2025-07-20', 'first-half', '2025-H1'],
    ['The shipper reported a loss in the fourth quarter.', '2025-11-05', 'the fourth quarter', '2024-Q4'],
    ['The shipper reported a loss in the third quarter.', '2025-11-05', 'the third quarter', '2025-Q3'],
  ])('%j published %s tags %j as %s', tagsAs);

  it.each([
    ['Analysts expect first-quarter revenue to rise.', '2025-12-10', 'first-quarter', '2026-Q1'],
    ['The retailer expects fourth-quarter sales to rise.', '2025-07-10', 'fourth-quarter', '2025-Q4'],
  ])('a forecast for a period not yet begun looks ahead: %j published %s tags %j as %s', tagsAs);
});

describe('a clock time falls on the day the story last named', () => {
  it('"on Sunday night" then "at 9 p.m." in the next sentence is 9 p.m. on that Sunday', () => {
    const text = 'The warehouse fire broke out on Sunday night. Crews arrived at 9 p.m. and fought it until dawn.';
    const times = tagTimexes(text, '2025-11-10').map((t) => [t.text, t.value]);
    expect(times).toEqual([
      ['Sunday night', '2025-11-09TNI'],
      ['9 p.m.', '2025-11-09T21:00'],
      // ("until dawn": the morning after that night, parsers/dayBreak.ts)
      ['dawn', '2025-11-10TMO'],
    ]);
  });

  it('"Sunday night, shortly after 9 p.m." in one sentence is that Sunday', () => {
    expect(tagged('The vote closed on Sunday night, shortly after 9 p.m.', '2025-11-05', '9 p.m.')?.value).toBe('2025-11-02T21:00');
  });

  it('with no day named before it, a clock time is on the publication day', () => {
    expect(tagged('The council meets at 7 p.m.', '2025-11-05', '7 p.m.')?.value).toBe('2025-11-05T19:00');
  });
});
