// Every guard of the news configuration reads its stems from the cue's bits: a stem list past the
// 31 bits is read by lower-casing every sentence (guard.ts, wordsBit), slower with no output to show
// it (session 27: +8% on MEANTIME before anyone saw it). Asked in a process of its own, so that no
// other test's guards have taken bits first.
import { describe, expect, it } from 'vitest';
import { refusedLists } from './probes/refusedLists';

describe('the news configuration’s guards', () => {
  it('each have a bit for their stems', () => {
    expect(refusedLists()).toEqual([]);
  });
});
