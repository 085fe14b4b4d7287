import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Decades and centuries as news and features write them (issue 16): the part of a decade joined
// by a hyphen as often as by a space ("the late-1970s", "the early-'90s"), the aughts, spelled
// ordinal centuries, a decade's or century's early part, first or second half, and the century
// named relative to publication. TimeML values name the decade (199) or century (19), with the
// mod START / MID / END for the part. Sentences are written for these tests.
const THU = '2015-03-05';
const OLD = '1987-06-11';

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  ["'the late-1970s' with a hyphen is the decade, at its end", 'Mortgage rates last touched those heights in the late-1970s.', THU, 'the late-1970s', { type: 'DATE', value: '197', mod: 'END' }],
  ["'the early-2000s' with a hyphen is the decade, at its start", 'The warehouse was converted into lofts in the early-2000s.', THU, 'the early-2000s', { type: 'DATE', value: '200', mod: 'START' }],
  ["'the mid-1960s' with a hyphen is the decade, in its middle", 'The choir toured Europe in the mid-1960s.', THU, 'the mid-1960s', { type: 'DATE', value: '196', mod: 'MID' }],
  ["'the late-'80s' with an apostrophe is the decade, at its end", "The arcade shut in the late-'80s.", THU, "the late-'80s", { type: 'DATE', value: '198', mod: 'END' }],
  ["'the mid-Seventies' capitalised is the decade, in its middle", 'Punk clubs opened across the city in the mid-Seventies.', THU, 'the mid-Seventies', { type: 'DATE', value: '197', mod: 'MID' }],
  ["'the aughts' is the first decade of the century", 'Condo towers multiplied downtown in the aughts.', THU, 'the aughts', { type: 'DATE', value: '200' }],
  ["'the mid-noughties' is that decade, in its middle", 'The band split up in the mid-noughties.', THU, 'the mid-noughties', { type: 'DATE', value: '200', mod: 'MID' }],
  ["'the nineteenth century' spelled out is the century", 'The canal was dug by hand in the nineteenth century.', THU, 'the nineteenth century', { type: 'DATE', value: '18' }],
  ["'the early twentieth century' spelled out is the century, at its start", 'The tram line dates from the early twentieth century.', THU, 'the early twentieth century', { type: 'DATE', value: '19', mod: 'START' }],
  ["'the early part of the decade' is publication's decade, at its start", 'Ridership grew in the early part of the decade and then stalled.', THU, 'the early part of the decade', { type: 'DATE', value: '201', mod: 'START' }],
  ["'the latter part of the decade' is publication's decade, at its end", 'The council hopes to open the bridge in the latter part of the decade.', THU, 'the latter part of the decade', { type: 'DATE', value: '201', mod: 'END' }],
  ["'early in the decade' is publication's decade, at its start", 'Early in the decade, the port handled twice the cargo.', THU, 'Early in the decade', { type: 'DATE', value: '201', mod: 'START' }],
  ["'the first half of the decade' is the decade, at its start, not a half-year", 'Exports doubled in the first half of the decade.', THU, 'the first half of the decade', { type: 'DATE', value: '201', mod: 'START' }],
  ["'the second half of the 19th century' is the century, at its end", 'Railways crossed the prairie in the second half of the 19th century.', THU, 'the second half of the 19th century', { type: 'DATE', value: '18', mod: 'END' }],
  ["'the first half of the 1950s' is the decade, at its start", 'The shipyard built tankers in the first half of the 1950s.', THU, 'the first half of the 1950s', { type: 'DATE', value: '195', mod: 'START' }],
  ["'the end of the century' is publication's century, at its end", 'Sea levels could rise a metre by the end of the century.', THU, 'the end of the century', { type: 'DATE', value: '20', mod: 'END' }],
  ["'last century' is the century before publication's", 'The mine was sealed last century.', THU, 'last century', { type: 'DATE', value: '19' }],
  ["'this century' is publication's century", 'No storm this century has flooded the lower town.', THU, 'this century', { type: 'DATE', value: '20' }],
  ["'the early part of next year' is next year, at its start", 'The plant should reopen in the early part of next year.', THU, 'the early part of next year', { type: 'DATE', value: '2016', mod: 'START' }],
  ["a two-digit decade with a hyphen in 1987 is of that century", "Sales slumped in the early-'80s.", OLD, "the early-'80s", { type: 'DATE', value: '198', mod: 'START' }],
  ["'the aughts' in 1987 is the century's first decade", 'The family built the mill in the aughts.', OLD, 'the aughts', { type: 'DATE', value: '190' }],
];

describe('tagTimexes: decades and centuries', () => {
  it.each(cases)('%s', (_name, sentence, published, words, want) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...want });
  });
});
