// What adding articles must not do: lose a file silently, or take a picture for an article.
import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OPEN_TEXT, articleFile, setupStory } from './story-setup';

const poll = <T>(f: () => T) => expect.poll(f, { timeout: 10_000 });

beforeEach(() => localStorage.clear());

describe('files that are no article', () => {
  it('names a binary file and an empty one in the notice and adds neither', async () => {
    const { authoring } = setupStory();
    await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText('Add articles'), [
      articleFile(readFileSync('test/fixtures/story/photo.txt', 'utf8'), 'photo.txt'),
      articleFile('', 'blank.md'),
      articleFile('x', 'picture.png'),
    ]);
    await poll(() => screen.queryByTestId('notice')?.textContent ?? '').toContain('No article was added.');
    const notice = screen.getByTestId('notice').textContent!;
    expect(notice).toContain('"photo.txt" is');
    expect(notice).toContain('"blank.md" is empty.');
    expect(notice).toContain('"picture.png" is not an article file');
    expect(authoring.present.articles).toBeUndefined();
    expect(authoring.present.text).toBe(OPEN_TEXT);
    expect(authoring.history.past).toHaveLength(0);
  });

  it('does not drop an undated article from a folder, nor date it by today', async () => {
    const { authoring } = setupStory();
    await userEvent.upload(screen.getByLabelText('Add a folder'), [
      articleFile('The mayor said the bridge would reopen soon.', 'mayor.txt', 'desk/mayor.txt'),
    ]);
    await poll(() => authoring.present.waiting?.length).toBe(1);
    expect(authoring.present.articles).toBeUndefined();
    expect(authoring.present.text).toBe(OPEN_TEXT);
    expect(authoring.present.waiting![0]).toMatchObject({ id: 'desk/mayor.txt', text: 'The mayor said the bridge would reopen soon.' });
  });
});
