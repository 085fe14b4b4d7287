import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { TimelineStore } from '../../src/app/storage';
import { TEXT, setup } from './editor-files-setup';

/** A section front: headlines and links, a date in its metadata, no story. */
const HOME_PAGE = `<!doctype html><html><head><title>Wire — News</title>
  <meta property="og:site_name" content="Wire"><meta property="article:published_time" content="2025-11-05T08:00:00Z"></head>
  <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main><h2><a href="/a">Talks resume in Geneva</a></h2><h2><a href="/b">Markets fall</a></h2><h2><a href="/c">Storm nears coast</a></h2></main>
  <footer>© Wire</footer></body></html>`;

const PDF = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n';

beforeEach(() => localStorage.clear());

describe('a file that is not an article', () => {
  it.each([
    ['report.pdf', PDF, 'Could not open', '"report.pdf" is a PDF; Newsline opens an article as .txt, .md or a saved web page (.html), and a timeline as .json.'],
    ['report.html', PDF, 'a PDF renamed', '"report.html" is a PDF, not text, whatever its name says;'],
    ['photo.jpg', '\u00ff\u00d8\u00ff\u00e0JFIF', 'an image', '"photo.jpg" is an image;'],
    ['blank.txt', '', 'an empty file', '"blank.txt" is empty.'],
    ['front.html', HOME_PAGE, 'a home page', '"front.html" does not look like an article: it holds only'],
  ])('%s (%s) gets one message and leaves the document as it was', async (name, content, _what, message) => {
    const { authoring, shown } = setup();
    const before = shown();
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Open file'), new File([content], name));
    await expect.poll(() => screen.queryByRole('alert')?.textContent ?? '').toContain(message);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(shown()).toEqual(before);
    expect(authoring.history.past).toHaveLength(0);
    expect(authoring.present.text).toBe(TEXT);
  });

  it('names a home page\'s few characters and asks for the article\'s own page', async () => {
    setup();
    await userEvent.upload(screen.getByLabelText('Open file'), new File([HOME_PAGE], 'front.html'));
    await expect.poll(() => screen.queryByRole('alert')?.textContent ?? '').toMatch(
      /^"front\.html" does not look like an article: it holds only \d+ characters of story text, as a home page or a list of links would; save the article's own page and open that\./,
    );
  });

  it('refuses 50 MB of markup by its size, without reading it', async () => {
    const { shown } = setup();
    const before = shown();
    const big = new File([''], 'page.html');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    Object.defineProperty(big, 'text', { value: () => Promise.reject(new Error('read')) });
    await userEvent.upload(screen.getByLabelText('Open file'), big);
    await expect.poll(() => screen.queryByRole('alert')?.textContent ?? '').toContain('"page.html" is 50 MB; Newsline opens files up to 10 MB (an article is rarely over 1 MB).');
    expect(shown()).toEqual(before);
  });
});

describe('an article file that states no date', () => {
  it('opens with the date left empty for the user, never today or the previous article\'s', async () => {
    const { authoring } = setup();
    await userEvent.upload(screen.getByLabelText('Open file'), new File(['Ministers met on Monday and will vote in March.'], 'brief.txt'));
    await expect.poll(() => screen.queryByRole('status')?.textContent ?? '').toContain('Opened "brief.txt". It states no publication date: enter it, and the timeline follows.');
    expect(authoring.present.text).toBe('Ministers met on Monday and will vote in March.');
    expect(authoring.present.article.published).toBe('');
  });
});

describe('a timeline waiting for its date', () => {
  it('is saved, and comes back after a reload still waiting', async () => {
    const { authoring } = setup();
    await userEvent.upload(screen.getByLabelText('Open file'), new File(['Ministers met on Monday and will vote in March.'], 'brief.txt'));
    await expect.poll(() => authoring.present.article.published).toBe('');
    const loaded = new TimelineStore(() => localStorage).load(authoring.id);
    expect(loaded.ok && loaded.history.present).toMatchObject({ text: 'Ministers met on Monday and will vote in March.', article: { published: '' } });
  });
});
