// The count of stem lists refused a bit is real: past 31 lists, a new one is refused and named.
import { describe, expect, it, vi } from 'vitest';

describe('stem lists past the 31 bits', () => {
  it('are named as refused', async () => {
    vi.resetModules();
    const { stemListsWithoutBit, wordsBit } = await import('../../../src/lib/temporal/guard');
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const bits = Array.from({ length: 33 }, (_, i) => wordsBit([`zq${letters[i % 26]}${letters[Math.floor(i / 26)]}`]));
    expect(bits.filter((b) => b === 0).length).toBe(2);
    expect(stemListsWithoutBit()).toEqual(['zqfb', 'zqgb']);
  });
});
