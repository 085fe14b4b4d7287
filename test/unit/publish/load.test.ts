import { describe, expect, it } from 'vitest';
import { encodeDocumentFragment } from '../../../src/lib/publish/fragment';
import { loadEmbedDocument } from '../../../src/lib/publish/load';
import { sampleDoc } from './sample-doc';

const at = (search: string, hash = '') => ({ search, hash, href: `https://embed.example/app/embed.html${search}${hash}` });
const serve = (status: number, body: string) => {
  const calls: string[] = [];
  const fetchImpl = async (url: string) => {
    calls.push(url);
    return new Response(body, { status });
  };
  return { calls, fetchImpl };
};

describe('loading the embed document', () => {
  it('reads a document from the #doc= fragment without any request', async () => {
    const { calls, fetchImpl } = serve(500, '');
    const hash = `#doc=${await encodeDocumentFragment(sampleDoc)}`;
    expect(await loadEmbedDocument(at('?src=https://x.example/a.json', hash), fetchImpl)).toEqual(sampleDoc);
    expect(calls).toEqual([]);
  });

  it('fetches ?src=, resolving a relative address against the frame', async () => {
    const { calls, fetchImpl } = serve(200, JSON.stringify(sampleDoc));
    expect((await loadEmbedDocument(at('?src=docs/a.json'), fetchImpl)).events).toHaveLength(4);
    expect(calls).toEqual(['https://embed.example/app/docs/a.json']);
  });

  it.each([
    { why: 'no source at all', where: at(''), status: 200, body: '', message: 'needs ?src=' },
    { why: 'a javascript: address', where: at('?src=javascript:alert(1)'), status: 200, body: '', message: 'must start with https://' },
    { why: 'a missing file', where: at('?src=/a.json'), status: 404, body: 'nope', message: 'the server answered 404' },
    { why: 'a file that is not JSON', where: at('?src=/a.json'), status: 200, body: '<html>', message: 'it is not JSON' },
    { why: 'a document of another version', where: at('?src=/a.json'), status: 200, body: '{"version":2}', message: 'version 2' },
  ])('explains $why in a sentence', async ({ where, status, body, message }) => {
    await expect(loadEmbedDocument(where, serve(status, body).fetchImpl)).rejects.toThrow(message);
  });

  it('explains a server that cannot be reached', async () => {
    const fetchImpl = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadEmbedDocument(at('?src=https://down.example/a.json'), fetchImpl)).rejects.toThrow(
      'could not be loaded from down.example',
    );
  });
});

describe('reading an inline document', () => {
  it('validates JSON written into the page', async () => {
    const { readInlineDocument } = await import('../../../src/lib/publish/load');
    expect(readInlineDocument(JSON.stringify(sampleDoc)).article.published).toBe('2025-11-05');
    expect(() => readInlineDocument('{')).toThrow('not valid JSON');
    expect(() => readInlineDocument('{"version":1}')).toThrow(/text/);
  });
});
