import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/lib/describe-value';

const cycle: Record<string, unknown> = {};
cycle.self = cycle;

describe('describeValue names a value from outside as the user wrote it', () => {
  it.each([
    [{ d: 3 }, '{"d":3}'],
    [[11], '[11]'],
    [{}, 'an empty object'],
    [[], 'an empty list'],
    ['3rd', '"3rd"'],
    ['', 'an empty text'],
    ['a "quoted"\nline', '"a \\"quoted\\"\\nline"'],
    [null, 'null'],
    [undefined, 'nothing'],
    [12, '12'],
    [Number.NaN, 'NaN'],
    [false, 'false'],
    [cycle, 'an object'],
    [{ text: 'x'.repeat(100) }, `{"text":"${'x'.repeat(30)}…`],
    ['y'.repeat(100), `"${'y'.repeat(39)}…"`],
  ])('%j reads as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
  it('never says [object Object]', () => {
    for (const v of [{ a: { b: 1 } }, [{}], new Date(0), new Map(), Object.create(null)]) expect(describeValue(v)).not.toContain('[object');
  });
});
