// A press-release wire's bracketed dateline: its day is the release's. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2018-09-12';
const datesOf = dateWordsWith(PUBLISHED);

describe("a release wire's bracketed dateline dates no event", () => {
  it('drops the day set after the wire name and a dash', () => {
    const text = 'DENVER, CO--(Marketwired - September 12, 2018) - Brightline, the payroll software maker, opened an office in Leeds in June.';
    expect(datesOf(text, [['September 12, 2018', '2018-09-12'], ['June', '2018-06']])).toEqual(['June']);
  });
  it('drops the day set before the wire name in brackets', () => {
    const text = 'OSLO, Norway, September 12, 2018 (GLOBE NEWSWIRE) -- Fjordkraft said it will list its shares in October.';
    expect(datesOf(text, [['September 12, 2018', '2018-09-12'], ['October', '2018-10']])).toEqual(['October']);
  });
});
