import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { NO_DATE_MESSAGE } from '../../src/app/editor/detected';
import DetectedLine from '../../src/app/editor/DetectedLine.svelte';
import Harness from './article-form-harness.svelte';
import { connectedEditor } from './workspace-setup';

const BEFORE = 'The NIS briefed lawmakers on Tuesday. Joint drills will be held in March.';

const STORY = [
  'Negotiators from both sides met in Geneva on Friday and agreed to meet again next week, officials said.',
  'The talks, the first since the ceasefire collapsed in January, lasted more than six hours.',
  'A second round is expected to focus on prisoner exchanges and the reopening of border crossings.',
];

/** A page as a browser's "copy" of it carries: head metadata, menus, the story, share buttons. */
function page({ date }: { date: boolean }) {
  const ld = date ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume in Geneva","datePublished":"2024-03-02T08:00:00Z","publisher":{"@type":"Organization","name":"Wire"}}</script>' : '';
  return `<html><head><title>Talks resume | Wire</title><meta property="og:site_name" content="Wire">${ld}</head>
    <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <article><h1>Talks resume in Geneva</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
    <div class="share-tools"><button>Share on Facebook</button></div></article>
    <footer><p>© 2024 Wire. All rights reserved.</p></footer></body></html>`;
}

function setup() {
  const { ws, authoring } = connectedEditor(BEFORE, { title: 'Summit talk', url: null, published: '2025-11-05', publisher: null });
  render(Harness, { ws, authoring });
  return { ws, authoring };
}

const textBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Article text' });
const dateBox = () => screen.getByLabelText<HTMLInputElement>('Publication date');

/** A paste event as a browser fires it; true when the app let the browser paste as usual. */
async function paste(html: string, plain: string): Promise<boolean> {
  const data = { types: ['text/plain', 'text/html'], getData: (type: string) => (type === 'text/html' ? html : type === 'text/plain' ? plain : '') };
  const usual = await fireEvent.paste(textBox(), { clipboardData: data });
  flushSync();
  return usual;
}

beforeEach(() => localStorage.clear());

describe('pasting a copied page into the article text', () => {
  it('replaces the article with the story alone, and Undo brings back the text you had', async () => {
    const { ws, authoring } = setup();
    expect(await paste(page({ date: true }), 'Home\nWorld\nTalks resume in Geneva\n' + STORY.join('\n') + '\nShare on Facebook')).toBe(false);
    expect(textBox().value).toContain(STORY[0]);
    expect(textBox().value).toContain(STORY[2]);
    expect(textBox().value).not.toContain('Share on Facebook');
    expect(textBox().value).not.toContain('All rights reserved');
    expect(textBox().value).not.toMatch(/^Home$/m);
    expect(dateBox().value).toBe('2024-03-02');
    expect(screen.getByLabelText('Headline')).toHaveValue('Talks resume in Geneva');
    expect(screen.getByRole('status')).toHaveTextContent('Undo brings back the text you had.');
    expect(ws.doc?.text).toBe(textBox().value);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    flushSync();
    expect(textBox().value).toBe(BEFORE);
    expect(dateBox().value).toBe('2025-11-05');
    expect(authoring.present.article.title).toBe('Summit talk');
  });

  it('leaves two words of bold text copied from a sentence to the browser, as a plain paste', async () => {
    const { authoring } = setup();
    expect(await paste('<meta charset="utf-8"><b style="font-weight: 700">Joint drills</b>', 'Joint drills')).toBe(true);
    expect(await paste('<meta charset="utf-8"><p>Negotiators met on Friday.</p><p>They will meet again.</p>', 'Negotiators met on Friday.\nThey will meet again.')).toBe(true);
    expect(textBox().value).toBe(BEFORE);
    expect(authoring.history.past).toHaveLength(0);
  });

  it("shows the headline, publisher and date found, with the date's source", async () => {
    setup();
    await paste(page({ date: true }), STORY.join('\n'));
    expect(screen.getByText(/from the page's metadata/).parentElement).toHaveTextContent("Talks resume in Geneva · Wire · 2 Mar 2024 (from the page's metadata)");
  });

  it('takes the user to the date field in one click, and a corrected date is marked as entered by you', async () => {
    const { authoring } = setup();
    await paste(page({ date: true }), STORY.join('\n'));
    await userEvent.click(screen.getByRole('button', { name: /Published 2 Mar 2024/ }));
    expect(dateBox()).toHaveFocus();
    await fireEvent.input(dateBox(), { target: { value: '2024-03-01' } });
    flushSync();
    expect(authoring.present.article).toMatchObject({ published: '2024-03-01', publishedFrom: 'given' });
    expect(screen.getByText('(entered by you)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Published 1 Mar 2024/ })).toBeInTheDocument();
  });

  it('asks for the date of a page that states none, keeps its text, and waits for the date', async () => {
    const { ws, authoring } = setup();
    await paste(page({ date: false }), STORY.join('\n'));
    expect(textBox().value).toContain(STORY[1]);
    expect(dateBox().value).toBe('');
    expect(screen.getByRole('alert')).toHaveTextContent(NO_DATE_MESSAGE);
    expect(NO_DATE_MESSAGE).toContain("looked in the page's metadata, its byline, its address and the article's dateline");
    expect(ws.doc).toBeNull();
    expect(authoring.present.article.published).toBe('');

    await fireEvent.input(dateBox(), { target: { value: '2024-03-02' } });
    flushSync();
    await expect.poll(() => ws.doc?.article.published).toBe('2024-03-02');
    expect(ws.doc?.text).toContain(STORY[1]);
    expect(authoring.present.article.publishedFrom).toBe('given');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the line of what was found', () => {
  it.each([
    ['json-ld', "from the page's metadata"],
    ['meta', "from the page's metadata"],
    ['microdata', "from the page's metadata"],
    ['time', "from the page's byline"],
    ['url', 'from the page address'],
    ['dateline', 'from the dateline'],
    ['given', 'entered by you'],
  ] as const)('words a date found in %s as "%s"', (from, words) => {
    render(DetectedLine, { article: { title: 'Talks resume', published: '2025-11-05T09:30', publishedFrom: from, url: null, publisher: 'Wire' }, onfixdate: () => {} });
    expect(screen.getByText(`(${words})`).parentElement).toHaveTextContent(`Talks resume · Wire · 5 Nov 2025 (${words})`);
  });

  it('shows a headline from the page as text, never as markup', () => {
    render(DetectedLine, { article: { title: '<img src=x onerror="window.__pwned=1">Talks', published: '2025-11-05', publishedFrom: 'meta', url: null, publisher: null }, onfixdate: () => {} });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">Talks')).toBeInTheDocument();
  });
});
