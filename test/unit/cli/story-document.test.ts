// `newsline story DIR --format document` over test/fixtures/story: the story document that the
// app opens and `newsline render` draws, every event traceable to the articles that told it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleAt } from '../../../src/lib/story/document';
import { readDocument } from '../../../src/lib/validate';
import { svgText } from '../fuzz/live-markup';
import { run } from './run';

const DIR = 'test/fixtures/story';
const dir = mkdtempSync(join(tmpdir(), 'newsline-story-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsline story --format document', () => {
  it('prints a story document holding every dated article of the folder', async () => {
    const { code, stdout, stderr } = await run(['story', DIR, '--format', 'document', '--dates', '3']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped notes\.txt: no publication date/);
    const doc = readDocument(JSON.parse(stdout));
    expect(doc.articles!.map((a) => [a.id, a.published])).toEqual([
      ['2024-03-04/ledger-1.txt', '2024-03-04'],
      ['2024-03-05/herald-1.txt', '2024-03-05'],
      ['2024-03-12-gazette-1.txt', '2024-03-12'],
      ['2024-03-12/wire-7.txt', '2024-03-12'],
      ['reopening.html', expect.stringMatching(/^2024-03-2/)],
    ]);
    expect(doc.article.published).toBe(doc.articles![4].published);
    expect(doc.events.map((e) => e.when.start)).toEqual(['2024-03-04', '2024-03-11', '2024-03-20']);
    const first = doc.events[0];
    expect(doc.text.slice(first.source.start, first.source.end)).toBe('The council voted on March 4 to shut the bridge after inspectors found cracks.');
    expect(articleAt(doc.articles, first.source.start)?.id).toBe('2024-03-12-gazette-1.txt');
    // the day's first report is among its sources
    expect(first.sources!.map((s) => articleAt(doc.articles, s.start)?.id)).toContain('2024-03-04/ledger-1.txt');
  });

  it("takes the desk's headline with --title, else the first article's", async () => {
    const titled = await run(['story', DIR, '--format', 'document', '--dates', '1', '--title', 'The Old Mill bridge']);
    expect(JSON.parse(titled.stdout).article.title).toBe('The Old Mill bridge');
    const untitled = JSON.parse((await run(['story', DIR, '--format', 'document', '--dates', '1'])).stdout);
    expect(untitled.article.title).toBe(untitled.articles[0].title);
  });

  it('gives the same days and sentences as --format json', async () => {
    const [json, document] = await Promise.all([
      run(['story', DIR, '--format', 'json', '--dates', '5', '--sentences', '2']),
      run(['story', DIR, '--format', 'document', '--dates', '5', '--sentences', '2']),
    ]);
    const timeline: { date: string; sentences: string[] }[] = JSON.parse(json.stdout).timeline;
    const doc = readDocument(JSON.parse(document.stdout));
    expect(doc.events.map((e) => e.when.start)).toEqual(timeline.map((e) => e.date));
    // the quoted sentences come first among an event's sources, the other reports after them
    doc.events.forEach((e, i) => {
      expect(e.sources!.length).toBeGreaterThanOrEqual(timeline[i].sentences.length);
      const first = e.sources!.slice(0, timeline[i].sentences.length).map((s) => doc.text.slice(s.start, s.end).trim());
      expect(first).toEqual(timeline[i].sentences);
    });
  });

  it('is drawn by newsline render, each event a label in the picture', async () => {
    const { stdout } = await run(['story', DIR, '--format', 'document', '--dates', '3']);
    const path = join(dir, 'story.json');
    writeFileSync(path, stdout);
    const svg = join(dir, 'story.svg');
    const rendered = await run(['render', path, '--svg', svg]);
    expect(rendered.stderr).toBe('');
    expect(rendered.code).toBe(0);
    // a label may wrap over lines (text elements): compare without the white space
    const drawn = svgText(readFileSync(svg, 'utf8')).replace(/\s+/g, '');
    const labels: string[] = JSON.parse(stdout).events.map((e: { label: string }) => e.label);
    expect(labels).toHaveLength(3);
    for (const label of labels) expect(drawn).toContain(label.replace(/\s+/g, ''));
  });
});
