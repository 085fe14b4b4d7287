import { describe, expect, it } from 'vitest';
import {
  ampSizeMessage, cleanChildId, heightMessages, newslineHeightMessage, parseHeightMessage, pymHeightMessage,
} from '../../../src/lib/publish/messages';

describe('height messages', () => {
  it('speaks Pym.js: pymxPYMx<childId>xPYMxheightxPYMx<px>, rounded up', () => {
    expect(pymHeightMessage('story-1', 431.2)).toBe('pymxPYMxstory-1xPYMxheightxPYMx432');
  });

  it('speaks AMP embed-size', () => {
    expect(ampSizeMessage(300)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 300 });
  });

  it('speaks its own dialect with the frame id', () => {
    expect(newslineHeightMessage('a', 12)).toEqual({ type: 'newsline:height', id: 'a', height: 12 });
  });

  it('posts all three for one height', () => {
    expect(heightMessages('x', 5)).toHaveLength(3);
  });

  it.each([
    { data: 'pymxPYMxstory-1xPYMxheightxPYMx432', expected: { id: 'story-1', height: 432 } },
    { data: { sentinel: 'amp', type: 'embed-size', height: 300 }, expected: { id: null, height: 300 } },
    { data: { type: 'newsline:height', id: 'n1', height: 250.5 }, expected: { id: 'n1', height: 251 } },
  ])('reads $data', ({ data, expected }) => {
    expect(parseHeightMessage(data)).toEqual(expected);
  });

  it.each([
    { why: 'a Pym message of another type', data: 'pymxPYMxidxPYMxnavigateToxPYMxhttp://evil' },
    { why: 'a negative height', data: { type: 'newsline:height', id: 'n', height: -5 } },
    { why: 'a height that is not a number', data: { type: 'newsline:height', id: 'n', height: '300' } },
    { why: 'an absurd height', data: { sentinel: 'amp', type: 'embed-size', height: 1e9 } },
    { why: 'infinity', data: { type: 'newsline:height', id: 'n', height: Infinity } },
    { why: 'NaN', data: { type: 'newsline:height', id: 'n', height: NaN } },
    { why: 'a Pym height with trailing junk', data: 'pymxPYMxidxPYMxheightxPYMx300px' },
    { why: 'null', data: null },
    { why: 'a number', data: 300 },
    { why: 'an unrelated object', data: { type: 'resize', height: 300 } },
    { why: 'a huge string', data: 'pymxPYMx' + 'a'.repeat(100_000) },
  ])('ignores $why', ({ data }) => {
    expect(parseHeightMessage(data)).toBeNull();
  });

  it('keeps a well-formed child id and replaces a malformed one', () => {
    expect(cleanChildId('graphic_2')).toBe('graphic_2');
    expect(cleanChildId('x"><img>')).toBe('newsline');
    expect(cleanChildId(null, 'f')).toBe('f');
  });
});
