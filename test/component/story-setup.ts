// A workspace and an editor over one open article, extraction answered in-process (a story
// built by storyDocument, one article by extract), with the story panel mounted: what the
// story-app component tests share.
import { render } from '@testing-library/svelte';
import { extract } from '../../src/lib/extract';
import { NO_EDITS } from '../../src/lib/edits';
import { STORY_DATES, STORY_SENTENCES, articlesOf, storyDocument } from '../../src/lib/story/document';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import { Workspace } from '../../src/app/workspace.svelte';
import Harness from './story-harness.svelte';

export const OPEN_TEXT = 'The county closed the Old Mill bridge on Monday after inspectors found a crack in its main span.';
export const OPEN_ARTICLE = { title: 'Bridge closed', published: '2024-03-05', url: null, publisher: 'The Herald' };

export function setupStory() {
  const ws = new Workspace(OPEN_TEXT, OPEN_ARTICLE);
  const options = { dates: STORY_DATES, sentences: STORY_SENTENCES };
  ws.connect({
    request: (text, article, articles) => ws.receive({
      ok: true,
      doc: articles ? storyDocument(articlesOf({ text, articles }), { ...options, title: article.title }) : extract(text, article),
    }),
    dispose: () => {},
  });
  let ids = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2024-03-20T12:00:00Z',
    newId: () => `t${++ids}`, extractEvents: (t, a) => extract(t, a).events, saveDelayMs: 0,
  }, { text: ws.text, article: ws.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  render(Harness, { ws, authoring });
  return { ws, authoring };
}

/** A browser File, with the path inside a folder when it came from one. */
export function articleFile(content: string, name: string, folderPath?: string): File {
  const f = new File([content], name);
  if (folderPath) Object.defineProperty(f, 'webkitRelativePath', { value: folderPath });
  return f;
}
