import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Market and weather news rank and count the period it reports ("a fourth straight week", "its
// worst day since 2015"), and measures spans it cannot count ("spent decades"). Sentences are
// written for these tests (issue 16).
const THU = '2024-02-15'; // a Thursday, ISO week 7

type Case = [string, string, string, string, { type: string; value: string }];

const cases: Case[] = [
  ["'for a fifth consecutive session' with no day named is the publication day", 'Copper prices slipped for a fifth consecutive session.', THU, 'a fifth consecutive session', { type: 'DATE', value: '2024-02-15' }],
  ["'gains for a third week in a row' is the publication week", 'Bond funds drew gains for a third week in a row.', THU, 'a third week', { type: 'DATE', value: '2024-W07' }],
  ["'the sixth straight month' after March 2023 is March 2023", 'Factory orders fell in March 2023, the sixth straight month of decline.', THU, 'the sixth straight month', { type: 'DATE', value: '2023-03' }],
  ["'its worst day since 2020 on Monday' is that Monday", 'The rupee had its worst day since 2020 on Monday.', THU, 'day', { type: 'DATE', value: '2024-02-12' }],
  ["'capping their best week since June' after Friday's close is that Friday's week", 'Shares closed higher on Friday, capping their best week since June.', '2024-02-19', 'week', { type: 'DATE', value: '2024-W07' }],
  ["'the wettest year on record' after 2023 is 2023", 'Forecasters said 2023 was the wettest year on record in the valley.', THU, 'year', { type: 'DATE', value: '2023' }],
  ["'spent decades' is an unknown count of years", 'The archivists spent decades cataloguing the letters.', THU, 'decades', { type: 'DURATION', value: 'PXY' }],
  ["'a decades-long feud' is an unknown count of years", 'The ruling ends a decades-long feud between the two towns.', THU, 'decades-long', { type: 'DURATION', value: 'PXY' }],
  ["'a weeks-long blockade' is an unknown count of weeks", 'Farmers ended a weeks-long blockade of the port.', THU, 'weeks-long', { type: 'DURATION', value: 'PXW' }],
  ["'this may take weeks' measures weeks and leaves the modal 'may' alone", 'Officials said this may take weeks.', THU, 'weeks', { type: 'DURATION', value: 'PXW' }],
  ["'years in the making' is an unknown count of years", 'The bridge, years in the making, opens to traffic.', THU, 'years', { type: 'DURATION', value: 'PXY' }],
];

describe('tagTimexes: streaks, rankings and uncounted spans', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
