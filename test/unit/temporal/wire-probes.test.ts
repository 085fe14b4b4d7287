import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { fifthProbes, firstProbes, fourthProbes, probeRight, secondProbes, thirdProbes, type Probe } from './wire-probes';

// The probes of issue 16's classes (wire-probes.ts) that the tagger reads as TimeML values them.
// Those it still reads otherwise are listed here with the reason they are left, and in the
// probe table of scripts/eval-tagger/README.md.
const LEFT: [words: string, storyStart: string, reason: string][] = [
  ['some years ago', 'The refinery was built', "'some years ago' stays PAST_REF: it spans a decade or more as often as a few years"],
  ['the same period a year ago', 'TOKYO -- Nissho', 'a fiscal half ending in September has no ISO value; the year (1989) is given'],
  ['Saturday', 'OPEC oil ministers gather', "a futurate present with a verb outside the list ('gather'): tried, and dropped, as photo captions and chronologies use the same present for the past"],
  ['Tuesday', 'The Commerce Department reports', "the same: 'reports ... Tuesday' is as often 'There are reports of ...'"],
  ['midnight Saturday', 'The strike deadline is', "'midnight' without 'at'/'by' before it is not read, and whether TimeML writes it T24:00 or T00:00 of the day was not settled"],
  ['latest fiscal year', 'Profit for its latest', "'its latest fiscal year' is not tagged: which year it is depends on the company's fiscal calendar"],
];

const left = (probe: Probe) => LEFT.some(([words, start]) => probe[3] === words && probe[1].startsWith(start));
const name = ([cls, text, published, words, want]: Probe) =>
  `${cls}: '${words.replace('|', '')}' in "${text.length > 70 ? `${text.slice(0, 67)}...` : text}" (${published}) is ${want ? `${want.type} ${want.value}` : 'no timex'}`;

describe.each([
  ['first probes (written before this session\'s fixes)', firstProbes],
  ['second probes (written after them)', secondProbes],
  ['third probes (written after them)', thirdProbes],
  ['fourth probes (session 12, written before its fixes)', fourthProbes],
  ['fifth probes (session 13, written after fresh7\'s first fixes)', fifthProbes],
])('%s', (_set, probes) => {
  it.each(probes.filter((p) => !left(p)).map((p) => [name(p), p] as const))('%s', (_name, probe) => {
    expect(probeRight(tagTimexes, probe)).toBe(true);
  });
});

describe('the probes left', () => {
  it('each left probe names a probe that exists', () => {
    const all = [...firstProbes, ...secondProbes, ...thirdProbes, ...fourthProbes, ...fifthProbes];
    expect(LEFT.filter(([words, start]) => !all.some((p) => p[3] === words && p[1].startsWith(start)))).toEqual([]);
  });
});
