import { describe, expect, it } from 'vitest';
import { decodeDocumentFragment, encodeDocumentFragment, fromBase64Url, toBase64Url } from '../../../src/lib/publish/fragment';
import { sampleDoc } from './sample-doc';

describe('the URL-fragment codec', () => {
  it('round-trips a document exactly', async () => {
    const payload = await encodeDocumentFragment(sampleDoc);
    expect(await decodeDocumentFragment(payload)).toEqual(sampleDoc);
  });

  it('writes only URL-safe characters, with no padding', async () => {
    const payload = await encodeDocumentFragment(sampleDoc);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('compresses a repetitive document well below its JSON size', async () => {
    const big = { ...sampleDoc, text: 'The talks resumed on Monday. '.repeat(400) };
    const payload = await encodeDocumentFragment(big);
    expect(payload.length).toBeLessThan(JSON.stringify(big).length / 10);
  });

  it('accepts the payload with a #doc= or doc= prefix', async () => {
    const payload = await encodeDocumentFragment({ a: 1 });
    expect(await decodeDocumentFragment(`#doc=${payload}`)).toEqual({ a: 1 });
    expect(await decodeDocumentFragment(`doc=${payload}`)).toEqual({ a: 1 });
  });

  it('keeps non-Latin text and emoji intact', async () => {
    const doc = { text: '김정은 위원장 — “quoted” 🚀' };
    expect(await decodeDocumentFragment(await encodeDocumentFragment(doc))).toEqual(doc);
  });

  it('explains an empty fragment', async () => {
    await expect(decodeDocumentFragment('#doc=')).rejects.toThrow('its #doc= part is empty');
  });

  it('explains a fragment with foreign characters', async () => {
    await expect(decodeDocumentFragment('abc$%^')).rejects.toThrow('characters a timeline link never has');
  });

  it('explains a fragment that was cut short', async () => {
    const payload = await encodeDocumentFragment(sampleDoc);
    await expect(decodeDocumentFragment(payload.slice(0, payload.length >> 1))).rejects.toThrow(/damaged/);
  });

  it('explains a fragment that is valid deflate but not JSON', async () => {
    const payload = await encodeDocumentFragment('x');
    const notJson = toBase64Url(fromBase64Url(payload)); // same bytes: the JSON string "x"
    expect(await decodeDocumentFragment(notJson)).toBe('x');
    const raw = new Uint8Array(await new Response(new Blob(['not json']).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    await expect(decodeDocumentFragment(toBase64Url(raw))).rejects.toThrow('not valid JSON');
  });

  it('refuses a deflate bomb instead of inflating it', async () => {
    const zeros = new Uint8Array(9 * 1024 * 1024);
    const bomb = new Uint8Array(await new Response(new Blob([zeros]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    expect(bomb.length).toBeLessThan(20_000);
    await expect(decodeDocumentFragment(toBase64Url(bomb))).rejects.toThrow('too large');
  });
});

describe('base64url', () => {
  it.each([
    { bytes: [], text: '' },
    { bytes: [0xfb], text: '-w' },
    { bytes: [0xfb, 0xff], text: '-_8' },
    { bytes: [0x4d, 0x61, 0x6e], text: 'TWFu' },
  ])('encodes $bytes as "$text" and back', ({ bytes, text }) => {
    expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text))).toEqual(bytes);
  });

  it('also reads standard base64 with padding', () => {
    expect(Array.from(fromBase64Url('+/8='))).toEqual([0xfb, 0xff]);
  });
});
