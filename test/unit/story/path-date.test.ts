// The day a story article's path names, read alike by the CLI's folder and the app's folder.
import { describe, expect, it } from 'vitest';
import { dateFromPath } from '../../../src/lib/story/pathDate';

describe('dateFromPath', () => {
  it.each([
    ['2010-04-20/bbc-12.txt', '2010-04-20'],
    ['2010-04-20-bbc.txt', '2010-04-20'],
    ['coverage/2010-04-21/2010-04-20-bbc.txt', '2010-04-20'],
    ['coverage\\2011-02-11\\reuters.html', '2011-02-11'],
  ])('reads %s as %s, the file first, then the nearest folder', (path, day) => {
    expect(dateFromPath(path)).toBe(day);
  });

  it.each(['notes.txt', '2010-02-30/story.txt', '120100-04-20.txt'])('finds no day in %s', (path) => {
    expect(dateFromPath(path)).toBeNull();
  });
});
