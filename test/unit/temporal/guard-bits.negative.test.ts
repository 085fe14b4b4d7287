// The record of stem lists refused a bit is real: past 31 lists, each new one is refused and named.
import { describe, expect, it } from 'vitest';
import { refusedLists } from './probes/refusedLists';

describe('stem lists past the 31 bits', () => {
  it('are named as refused', () => {
    expect(refusedLists('33')).toEqual(['zqfb', 'zqgb']);
  });
});
