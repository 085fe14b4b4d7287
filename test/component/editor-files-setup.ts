// The editor as the file tests mount it: a short article, the sample's date, no edits, and a
// window onto the document it shows. Shared by editor-files and editor-bad-files.
import { render } from '@testing-library/svelte';
import { extract } from '../../src/lib/extract';
import type { NewslineDocument } from '../../src/lib/document';
import { NO_EDITS } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import Harness from './editor-harness.svelte';

export const TEXT = 'The NIS briefed lawmakers on Tuesday. Joint drills will be held in March.';
export const ARTICLE = { title: 'Summit talk', published: '2025-11-05', url: null, publisher: null };

export function setup() {
  let ids = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2025-11-05T12:00:00Z',
    newId: () => `t${++ids}`, extractEvents: (text, article) => extract(text, article).events, saveDelayMs: 0,
  }, { text: TEXT, article: ARTICLE, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  let doc: NewslineDocument | null = null;
  render(Harness, { authoring, ondoc: (d: unknown) => (doc = d as NewslineDocument) });
  return { authoring, shown: () => structuredClone(doc!) };
}
