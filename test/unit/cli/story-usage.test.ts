// `newsline story` refuses what it cannot do: one line, exit status 2, nothing on stdout.
import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('newsline story, usage errors', () => {
  it.each([
    [['story'], 'story takes one DIR, got 0'],
    [['story', 'test/fixtures/story', '--dates', '0'], '--dates must be a whole number from 1, got 0'],
    [['story', 'test/fixtures/story', '--sentences', 'two'], '--sentences must be a whole number from 1, got two'],
    [['story', 'test/fixtures/story', '--start', '2024-02-30'], '--start must be a day, YYYY-MM-DD, got 2024-02-30'],
    [['story', 'test/fixtures/story', '--start', '2024-03-09', '--end', '2024-03-01'], '--start 2024-03-09 is after --end 2024-03-01'],
    [['story', 'test/fixtures/story', '--format', 'xml'], 'unknown format: xml (use text, json or document)'],
    [['story', 'test/fixtures/story', '--title', 'Bridge'], '--title names the story document: give it with --format document'],
    [['story', 'test/fixtures/story/notes.txt'], 'test/fixtures/story/notes.txt is not a folder'],
    [['story', 'test/fixtures/story', '--start', '2030-01-01'], 'none of the 5 articles in test/fixtures/story was published from 2030-01-01 on'],
  ])('%j says %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter((l) => l.startsWith('newsline:'))).toEqual([`newsline: ${message}`]);
  });
});
