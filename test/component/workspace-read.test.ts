// The sample's document is read when the app is built; the workspace draws it at once and asks
// the extractor only when the text or its date is another.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract';
import { Workspace } from '../../src/app/workspace.svelte';

const TEXT = 'The ferry line reopened on Monday. Its owners will add a night crossing next month.';
const META = { title: 'Ferry back', url: null, published: '2025-11-05', publisher: null };

function recorder() {
  const asked: string[] = [];
  return { asked, extractor: { request: (t: string) => void asked.push(t), dispose: () => {} } };
}

describe('a workspace opened with its document already read', () => {
  it('draws that document and asks the extractor for nothing', () => {
    const read = extract(TEXT, META);
    const ws = new Workspace(TEXT, META, read);
    const { asked, extractor } = recorder();
    ws.connect(extractor);
    expect(ws.doc?.events.map((e) => e.label)).toEqual(read.events.map((e) => e.label));
    expect(asked).toEqual([]);
    expect(ws.pending).toBe(false);
  });

  it('reads the text again when the document was read from another text or date', () => {
    const stale = extract(TEXT, { ...META, published: '2025-11-04' });
    const ws = new Workspace(TEXT, META, stale);
    const { asked, extractor } = recorder();
    ws.connect(extractor);
    expect(ws.doc).toBeNull();
    expect(asked).toEqual([TEXT]);
  });

  it('reads a text typed afterwards as usual', () => {
    const ws = new Workspace(TEXT, META, extract(TEXT, META));
    const { asked, extractor } = recorder();
    ws.connect(extractor);
    ws.setText('The council met on Tuesday.');
    expect(asked).toEqual(['The council met on Tuesday.']);
  });
});
