// Adding articles to the open article: several files at once, a folder laid out by day, and an
// article that states no date (kept, asking for it). The open article becomes the story's first.
import { readFileSync } from 'node:fs';
import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFile, setupStory } from './story-setup';

const fixture = (path: string) => readFileSync(`test/fixtures/story/${path}`, 'utf8');
const poll = <T>(f: () => T) => expect.poll(f, { timeout: 10_000 });
const FOLDER = ['2024-03-04/ledger-1.txt', '2024-03-05/herald-1.txt', '2024-03-12/wire-7.txt', '2024-03-12-gazette-1.txt', 'notes.txt', 'reopening.html'];

beforeEach(() => localStorage.clear());

describe('adding articles to the open article', () => {
  it('makes a story of the open article and several files picked at once, dated by page and by file name', async () => {
    const { ws, authoring } = setupStory();
    await userEvent.upload(screen.getByLabelText('Add articles'), [
      articleFile(fixture('reopening.html'), 'reopening.html'),
      articleFile(fixture('2024-03-12-gazette-1.txt'), '2024-03-12-gazette-1.txt'),
    ]);
    await poll(() => authoring.present.articles?.length).toBe(3);
    const articles = authoring.present.articles!;
    expect(articles.map((a) => a.id)).toEqual(['Bridge closed', '2024-03-12-gazette-1.txt', 'reopening.html']);
    expect(articles.map((a) => a.published)).toEqual(['2024-03-05', '2024-03-12', '2024-03-20T09:00:00']);
    expect(articles[2].title).toBe('Old Mill bridge reopens to walkers');
    // the story is dated by its newest article, headed by the open article's headline
    expect(authoring.present.article).toMatchObject({ title: 'Bridge closed', published: '2024-03-20T09:00:00' });
    expect(authoring.present.text.slice(articles[0].start, articles[0].end)).toContain('closed the Old Mill bridge');
    // the list replaces the text box, one row (and one Remove) per article
    expect(screen.queryByLabelText('Article text')).toBeNull();
    const list = screen.getByRole('list', { name: /3 articles/ });
    expect(within(list).getAllByRole('button', { name: /^Remove / })).toHaveLength(3);
    expect(list.textContent).toContain('20 Mar 2024');
    // the workspace asks for the story and shows the story document
    await poll(() => ws.doc?.articles?.length).toBe(3);
    expect(ws.doc!.events.every((e) => e.id.startsWith('story-'))).toBe(true);
  });

  it('reads a whole folder: dates from folder and file names, an undated note kept waiting, nothing lost', async () => {
    const { authoring } = setupStory();
    const files = FOLDER.map((p) => articleFile(fixture(p), p.split('/').pop()!, `story/${p}`));
    await userEvent.upload(screen.getByLabelText('Add a folder'), files);
    await poll(() => authoring.present.articles?.length).toBe(6);
    const dates = Object.fromEntries(authoring.present.articles!.map((a) => [a.id, a.published]));
    expect(dates).toMatchObject({
      'story/2024-03-04/ledger-1.txt': '2024-03-04',
      'story/2024-03-05/herald-1.txt': '2024-03-05',
      'story/2024-03-12/wire-7.txt': '2024-03-12',
      'story/2024-03-12-gazette-1.txt': '2024-03-12',
      'story/reopening.html': '2024-03-20T09:00:00',
    });
    expect(authoring.present.waiting?.map((a) => a.id)).toEqual(['story/notes.txt']);
    expect(screen.getByTestId('notice').textContent).toContain('Added 6 articles. 1 article states no publication date');
  });

  it('keeps an article that states no date, asks for it, and joins it to the story once given', async () => {
    const { authoring } = setupStory();
    await userEvent.upload(screen.getByLabelText('Add articles'), [articleFile(fixture('notes.txt'), 'notes.txt')]);
    await poll(() => authoring.present.waiting?.length).toBe(1);
    const waiting = screen.getByRole('list', { name: 'Articles that need a publication date' });
    expect(waiting.textContent).toContain('needs a publication date');
    expect(authoring.present.articles).toBeUndefined();
    await fireEvent.change(screen.getByLabelText('Publication date of notes.txt'), { target: { value: '2024-03-13' } });
    await poll(() => authoring.present.articles?.map((a) => `${a.id} ${a.published}`)).toEqual([
      'Bridge closed 2024-03-05', 'notes.txt 2024-03-13',
    ]);
    expect(authoring.present.waiting).toBeUndefined();
  });

  it('adds several files dropped on the Add articles box', async () => {
    const { authoring } = setupStory();
    const files = [
      articleFile(fixture('reopening.html'), 'reopening.html'),
      articleFile(fixture('2024-03-12-gazette-1.txt'), '2024-03-12-gazette-1.txt'),
    ];
    await fireEvent.drop(screen.getByRole('group', { name: 'Add articles to the story' }), { dataTransfer: { files, types: ['Files'] } });
    await poll(() => authoring.present.articles?.map((a) => a.id)).toEqual(['Bridge closed', '2024-03-12-gazette-1.txt', 'reopening.html']);
  });

  it('adds another article pasted as text, waiting for its date', async () => {
    const { authoring } = setupStory();
    await userEvent.click(screen.getByRole('button', { name: 'Paste an article' }));
    await userEvent.type(screen.getByLabelText("Another article's text"), 'Repair crews began work on the bridge on Monday.');
    await userEvent.click(screen.getByRole('button', { name: 'Add this article' }));
    expect(authoring.present.waiting?.map((a) => a.text)).toEqual(['Repair crews began work on the bridge on Monday.']);
  });

  it('removes an article and undoes the removal in one step', async () => {
    const { authoring } = setupStory();
    await userEvent.upload(screen.getByLabelText('Add articles'), [
      articleFile(fixture('reopening.html'), 'reopening.html'),
      articleFile(fixture('2024-03-12-gazette-1.txt'), '2024-03-12-gazette-1.txt'),
    ]);
    await poll(() => authoring.present.articles?.length).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Bridge closed' }));
    expect(authoring.present.articles!.map((a) => a.id)).toEqual(['2024-03-12-gazette-1.txt', 'reopening.html']);
    expect(authoring.present.articles![0].start).toBe(0);
    authoring.undo();
    expect(authoring.present.articles!.map((a) => a.id)).toEqual(['Bridge closed', '2024-03-12-gazette-1.txt', 'reopening.html']);
  });
});
