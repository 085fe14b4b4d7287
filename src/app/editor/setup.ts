// Wires authoring into the app shell in one call: storage, the real clock and ids, extraction
// loaded on demand (it also runs in the Worker; here it is needed only to open a whole
// document), restoring the last timeline, and opening a `#doc=` link. The link is then removed
// from the address bar, so a reload restores the saved copy instead of re-importing the link.
import type { ArticleMeta } from '../../lib/document';
import { NO_EDITS } from '../../lib/edits';
import { createExtractor, type ExtractResult } from '../extraction';
import { TimelineStore } from '../storage';
import { openLinkInto } from './actions';
import { Authoring } from './authoring.svelte';
import { DEFAULT_SETTINGS } from './settings';
import { bindWorkspace, type WorkspaceFields } from './sync.svelte';

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `t${Math.random().toString(36).slice(2)}`;

export function createAppAuthoring(
  ws: WorkspaceFields & { article: ArticleMeta; keepsSelection: (id: string) => boolean; receive?: (r: ExtractResult) => void },
): { authoring: Authoring; dispose: () => void } {
  const authoring = new Authoring(
    {
      store: new TimelineStore(() => window.localStorage),
      now: () => performance.now(),
      stamp: () => new Date().toISOString(),
      newId,
      extractEvents: async (text, article, articles) => {
        if (!articles?.length) return (await import('../../lib/extract')).extract(text, article).events;
        // a story opened whole (a file, a link) is built in a Worker of its own, as the view's
        // is: hundreds of articles take seconds, and the page must keep answering meanwhile
        return new Promise((resolve, reject) => {
          const once = createExtractor((r) => {
            once.dispose();
            if (!r.ok) return reject(new Error(r.message));
            resolve(r.doc.events);
            // the view shows this build at once, rather than wait for its own of the same text
            setTimeout(() => ws.text === r.doc.text && ws.receive?.(r));
          }, 0);
          once.request(text, article, articles);
        });
      },
    },
    { text: ws.text, article: ws.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS },
  );
  authoring.restore();
  ws.keepsSelection = (id) => authoring.editedIds.has(id);
  const unbind = bindWorkspace(ws, authoring);
  if (location.hash.includes('doc=')) {
    void openLinkInto(authoring, location.hash).then(() => {
      history.replaceState(history.state, '', location.pathname + location.search);
    });
  }
  return {
    authoring,
    dispose: () => {
      authoring.flush();
      unbind();
    },
  };
}
