import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { toTimelineJs } from '../../src/lib/interchange';
import { setup } from './editor-files-setup';


const file = (content: string, name: string) => new File([content], name);

/** A file that claims a size without holding the bytes: only the size check may look at it. */
function huge(name: string, bytes: number): File {
  const f = file('', name);
  Object.defineProperty(f, 'size', { value: bytes });
  return f;
}

/** Opening runs extraction; on a busy machine that can take more than poll's default second. */
const poll = <T>(f: () => T) => expect.poll(f, { timeout: 10_000 });

beforeEach(() => localStorage.clear());

describe('opening files', () => {
  it.each([
    ['broken.json', '{"version": 1, "text": ', 'This file is not valid JSON, so it is neither a Newsline document nor a TimelineJS file.'],
    ['foreign.json', '{"name": "package", "dependencies": {}}', 'This is not a Newsline document: it has no version number.'],
    ['future.json', '{"version": 2}', 'This is a Newsline document of version 2; this app reads version 1.'],
    ['empty.html', '<html><body><nav>Home</nav><script>x()</script></body></html>', 'holds no article text.'],
    ['photo.png', 'PNG', '"photo.png" is an image; Newsline opens an article as .txt, .md or a saved web page (.html), and a timeline as .json.'],
    ['notes.xyz', 'notes', '"notes.xyz" is not a file Newsline opens: use .txt, .md, .html or .json.'],
  ])('refuses %s with a message and leaves the timeline as it was', async (name, content, message) => {
    const { authoring, shown } = setup();
    const before = shown();
    // As a drop would: the picker's accept filter is not a guard to rely on.
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Open file'), file(content, name));
    await poll(() => screen.queryByRole('alert')?.textContent ?? '').toContain(message);
    expect(shown()).toEqual(before);
    expect(authoring.history.past).toHaveLength(0);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const { shown } = setup();
    const before = shown();
    await userEvent.upload(screen.getByLabelText('Open file'), huge('big.txt', 50 * 1024 * 1024));
    await poll(() => screen.queryByRole('alert')?.textContent ?? '').toContain('"big.txt" is 50 MB; Newsline opens files up to 10 MB');
    expect(shown()).toEqual(before);
  });

  it('opens an HTML page with its headline and JSON-LD publication date', async () => {
    const { shown } = setup();
    const page = `<html><head><title>Talks</title><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"Talks resume","datePublished":"2024-03-02T08:00:00Z"}</script></head>
      <body><article><p>Negotiators met on Friday and will meet again next week.</p>
      <p>The talks, the first since the ceasefire collapsed in January, lasted more than six hours in a hotel by the lake.</p>
      <p>A second round is expected to focus on prisoner exchanges and the reopening of border crossings.</p></article></body></html>`;
    await userEvent.upload(screen.getByLabelText('Open file'), file(page, 'talks.html'));
    await poll(() => shown().article.published).toMatch(/^2024-03-02/);
    expect(shown().article.title).toBe('Talks resume');
    expect(shown().text).toContain('Negotiators met on Friday');
  });

  it('reopens a downloaded document exactly', async () => {
    const { authoring, shown } = setup();
    const ev = shown().events[0];
    authoring.changeEvent(ev, { ...ev, label: 'Briefing' }, shown().text);
    const saved = shown();
    authoring.newArticle();
    await userEvent.upload(screen.getByLabelText('Open file'), file(JSON.stringify(saved), 'doc.json'));
    await poll(() => screen.queryByRole('status')?.textContent ?? screen.queryByRole('alert')?.textContent).toContain('Opened');
    expect(shown()).toEqual(saved);
  });

  it('imports TimelineJS events as a new timeline, labels kept as text', async () => {
    const { shown } = setup();
    const tl = { events: [{ start_date: { year: 2018, month: 6, day: 12 }, text: { headline: '<img src=x onerror=alert(1)>Summit', text: '' }, group: 'Past' }] };
    await userEvent.upload(screen.getByLabelText('Import TimelineJS'), file(JSON.stringify(tl), 'tl.json'));
    await poll(() => shown().events.map((e) => e.label)).toEqual(['Summit']);
    expect(document.querySelector('img')).toBeNull();
  });

  it('a TimelineJS export round-trips through import', async () => {
    const { shown } = setup();
    const { file: tl } = toTimelineJs(shown());
    await userEvent.upload(screen.getByLabelText('Import TimelineJS'), file(JSON.stringify(tl), 'tl.json'));
    await poll(() => screen.queryByRole('status')?.textContent ?? '').toContain('Imported');
    expect(shown().events.map((e) => [e.label, e.when.start])).toEqual(tl.events.map((e) => [e.text.headline, expect.any(String)]));
  });
});
