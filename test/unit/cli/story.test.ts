// `newsline story DIR` over test/fixtures/story: five dated articles on a bridge's closing and
// repair (dates from folders, a file-name prefix and a page's meta tag; one PTB-tokenized), an
// undated note and a binary file.
import { describe, expect, it } from 'vitest';
import { run } from './run';

const DIR = 'test/fixtures/story';

describe('newsline story', () => {
  it('prints the story timeline as JSON with sources, and reports the skipped files', async () => {
    const { code, stdout, stderr } = await run(['story', DIR, '--dates', '3', '--sentences', '2', '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.timeline.map((e: { date: string }) => e.date)).toEqual(['2024-03-04', '2024-03-11', '2024-03-20']);
    expect(out).toMatchObject({ articles: 5, skipped: 2 });
    // the day is told first by the later report that names it whole (the summary's 'later' and
    // 'opens' signals, scripts/eval-story/README.md)
    expect(out.timeline[0].sentences[0]).toBe('The council voted on March 4 to shut the bridge after inspectors found cracks.');
    expect(out.timeline[0].sources[0]).toEqual({ article: '2024-03-12-gazette-1.txt', start: 94, end: 172 });
    expect(stderr).toMatch(/skipped notes\.txt: no publication date/);
    expect(stderr).toMatch(/skipped photo\.txt: not an article: it is a binary file/);
  });

  it('reads a PTB-tokenized article as prose', async () => {
    const { stdout } = await run(['story', DIR, '--format', 'json']);
    const sentences: string[] = JSON.parse(stdout).timeline.flatMap((e: { sentences: string[] }) => e.sentences);
    expect(sentences).toContain("Workers began repairs on the Old Mill bridge on Monday, the council's chief engineer said.");
    expect(sentences.join(' ')).not.toMatch(/-LRB-|``| 's /);
  });

  it('dates an article by its page metadata, its folder or its file-name prefix', async () => {
    const { stdout } = await run(['story', DIR, '--format', 'json', '--dates', '10', '--sentences', '3']);
    const articles = new Set(JSON.parse(stdout).timeline.flatMap((e: { sources: { article: string }[] }) => e.sources.map((s) => s.article)));
    expect(articles).toContain('reopening.html');
    expect(articles).toContain('2024-03-12-gazette-1.txt');
  });

  it('reads only the articles published between --start and --end', async () => {
    const { stdout } = await run(['story', DIR, '--start', '2024-03-04', '--end', '2024-03-05', '--format', 'json']);
    const out = JSON.parse(stdout);
    expect(out.articles).toBe(2);
    // March 11, named in both, lies outside the span; the closing day is on the timeline
    const dates: string[] = out.timeline.map((e: { date: string }) => e.date);
    expect(dates).toContain('2024-03-04');
    expect(dates.every((d) => d >= '2024-03-04' && d <= '2024-03-05')).toBe(true);
  });

  it('prints a readable timeline by default: each day, its sentences and their article', async () => {
    const { code, stdout } = await run(['story', DIR, '--dates', '1', '--sentences', '1']);
    expect(code).toBe(0);
    // March 4, which three articles name, outweighs March 11, which two announced and two
    // reported (DEFAULT_WEIGHTS weigh each naming article by its relevance; the announced-day
    // discount is no longer among them), and is told by the later report that names it whole
    expect(stdout).toBe('1 day from 5 articles\n\n2024-03-04\n  - The council voted on March 4 to shut the bridge after inspectors found cracks.\n    (2024-03-12-gazette-1.txt)\n');
  });
});
