// A workspace and an editor over the same article, extraction answered in-process: what the
// app wires together, without the Worker. Shared by the sync and page-paste tests.
import { extract } from '../../src/lib/extract';
import type { ArticleMeta } from '../../src/lib/document';
import { NO_EDITS } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import { Workspace } from '../../src/app/workspace.svelte';

export function connectedEditor(text: string, article: ArticleMeta): { ws: Workspace; authoring: Authoring } {
  const ws = new Workspace(text, article);
  ws.connect({ request: (t, a) => ws.receive({ ok: true, doc: extract(t, a) }), dispose: () => {} });
  let ids = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2025-11-05T12:00:00Z',
    newId: () => `t${++ids}`, extractEvents: (t, a) => extract(t, a).events, saveDelayMs: 0,
  }, { text: ws.text, article: ws.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  return { ws, authoring };
}
