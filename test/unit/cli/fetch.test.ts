// `newsline extract URL` against a real HTTP server on 127.0.0.1: every response a news
// pipeline meets (redirects, loops, errors, PDFs, huge and slow bodies, legacy encodings).
// No traffic leaves the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { run } from './run';

const ARTICLE = `<!doctype html><html><head><title>Bridge closes | Ledger</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council closes the Mill Street bridge",
"datePublished":"2024-03-08T18:30:00Z","publisher":{"@type":"Organization","name":"Riverton Ledger"}}</script>
</head><body><article><h1>Council closes the Mill Street bridge</h1>
<p>The council voted on Tuesday to close the Mill Street bridge for repairs.</p>
<p>Work will begin in May, the city engineer said.</p></article></body></html>`;

const DATELESS = `<!doctype html><html><head><title>Notes</title></head><body><article>
<p>The council voted on Tuesday to close the bridge.</p></article></body></html>`;

const NOT_AN_ARTICLE = `<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav>
<script>var x = 1;</script></body></html>`;

// "café" and curly quotes in windows-1252: 0xE9 é, 0x93/0x94 “ ”.
const CP1252 = Buffer.concat([
  Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><meta property="article:published_time" content="2024-03-08">'),
  Buffer.from('</head><body><article><p>The caf'),
  Buffer.from([0xe9]),
  Buffer.from(' reopened on Monday, '),
  Buffer.from([0x93]),
  Buffer.from('at last'),
  Buffer.from([0x94]),
  Buffer.from(', its owner said.</p></article></body></html>'),
]);

let server: Server;
let base = '';

function route(path: string, res: import('node:http').ServerResponse): void {
  const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
  const redirect = (status: number, to: string) => {
    res.writeHead(status, { location: to });
    res.end();
  };
  if (path === '/2024/03/08/bridge') return html(ARTICLE);
  if (path === '/2019/05/23/dateless') return html(DATELESS);
  if (path === '/dateless') return html(DATELESS);
  if (path === '/home') return html(NOT_AN_ARTICLE);
  if (path === '/r1') return redirect(301, '/r2');
  if (path === '/r2') return redirect(302, `${base}/r3`);
  if (path === '/r3') return redirect(307, '/2024/03/08/bridge');
  if (path === '/loop-a') return redirect(302, '/loop-b');
  if (path === '/loop-b') return redirect(302, '/loop-a');
  if (path.startsWith('/chain/')) return redirect(302, `/chain/${Number(path.slice(7)) + 1}`);
  if (path === '/to-ftp') return redirect(302, 'ftp://127.0.0.1/file');
  if (path === '/gone') {
    res.writeHead(404, { 'content-type': 'text/html' });
    return void res.end('<h1>Not here</h1>');
  }
  if (path === '/broken') {
    res.writeHead(503);
    return void res.end();
  }
  if (path === '/report.pdf') return html(Buffer.from('%PDF-1.7\n'), 'application/pdf');
  if (path === '/photo') return html(Buffer.alloc(10), 'image/jpeg');
  if (path === '/cp1252') return html(CP1252, 'text/html');
  if (path === '/big' || path === '/big-declared') {
    // 64 KB chunks with no end in sight; the client must stop reading, not the server.
    res.writeHead(200, { 'content-type': 'text/html', ...(path === '/big-declared' ? { 'content-length': String(2 ** 30) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    return pump();
  }
  if (path === '/slow') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>The council met');
    return; // never ends
  }
  if (path === '/plain') return html('The council met on Monday.', 'text/plain');
  res.writeHead(500);
  res.end();
}

beforeAll(async () => {
  server = createServer((req, res) => route(new URL(req.url ?? '/', 'http://x').pathname, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const doc = (stdout: string) => JSON.parse(stdout) as NewslineDocument;

describe('newsline extract URL', () => {
  it('fetches an article page and takes its date from the JSON-LD, its URL as the document URL', async () => {
    const { code, stdout, stderr } = await run(['extract', `${base}/2024/03/08/bridge`]);
    expect([code, stderr]).toEqual([0, '']);
    const d = doc(stdout);
    expect(d.article).toEqual({
      title: 'Council closes the Mill Street bridge',
      published: '2024-03-08T18:30:00',
      publishedFrom: 'json-ld',
      url: `${base}/2024/03/08/bridge`,
      publisher: 'Riverton Ledger',
    });
    expect(d.events.map((e) => e.when.start)).toEqual(['2024-03-05', '2024-05-01']);
  });

  it('follows a chain of relative and absolute redirects and names the final URL', async () => {
    const { code, stdout } = await run(['extract', `${base}/r1`]);
    expect(code).toBe(0);
    expect(doc(stdout).article.url).toBe(`${base}/2024/03/08/bridge`);
  });

  it('marks a --published date as given, over the page date', async () => {
    const { stdout } = await run(['extract', `${base}/2024/03/08/bridge`, '--published', '2024-04-01']);
    expect(doc(stdout).article).toMatchObject({ published: '2024-04-01', publishedFrom: 'given' });
  });

  it('reads a windows-1252 page by its meta charset', async () => {
    const { code, stdout } = await run(['extract', `${base}/cp1252`]);
    expect(code).toBe(0);
    expect(doc(stdout).text).toBe('The café reopened on Monday, “at last”, its owner said.');
    expect(doc(stdout).article.publishedFrom).toBe('meta');
  });

  it('takes a text/plain answer as a plain-text article', async () => {
    const { code, stdout } = await run(['extract', `${base}/plain`, '--published', '2025-11-05']);
    expect(code).toBe(0);
    expect(doc(stdout).text).toBe('The council met on Monday.');
  });
});

describe('newsline extract URL refusals: one line on stderr, exit 2, nothing on stdout', () => {
  const refused = async (path: string, message: (url: string) => string, limits = {}) => {
    const url = `${base}${path}`;
    expect(await run(['extract', url], '', limits)).toEqual({ code: 2, stdout: '', stderr: `newsline: ${message(url)}\n` });
  };

  it('names a redirect loop', () => refused('/loop-a', (u) => `cannot fetch ${base}/loop-b: redirect loop (back to ${u})`));
  it('stops after ten redirects', () => refused('/chain/0', () => `cannot fetch ${base}/chain/10: more than 10 redirects`));
  it('refuses a redirect away from http', () => refused('/to-ftp', () => 'cannot fetch ftp://127.0.0.1/file: only http and https URLs are fetched'));
  it('gives the HTTP status of a 404', () => refused('/gone', (u) => `cannot fetch ${u}: HTTP 404 Not Found`));
  it('gives the HTTP status of a 503', () => refused('/broken', (u) => `cannot fetch ${u}: HTTP 503 Service Unavailable`));
  it('names the type of a PDF', () => refused('/report.pdf', (u) => `cannot fetch ${u}: it is application/pdf, not an HTML page`));
  it('names the type of an image', () => refused('/photo', (u) => `cannot fetch ${u}: it is image/jpeg, not an HTML page`));
  it('stops reading a body past the size cap', () =>
    refused('/big', (u) => `cannot fetch ${u}: the page is larger than 1000000 bytes`, { maxBytes: 1_000_000 }));
  it('refuses a declared length past the cap without reading', () =>
    refused('/big-declared', (u) => `cannot fetch ${u}: the page is larger than 1 MB`, { maxBytes: 2 ** 20 }));
  it('gives up on a server that never finishes', () =>
    refused('/slow', (u) => `cannot fetch ${u}: no complete answer within 300 ms`, { timeoutMs: 300 }));
  it('says how it looked for a date the page does not give', () =>
    refused('/dateless', () =>
      'no publication date in the page (looked for JSON-LD, meta tags, microdata, <time>, the URL and a dateline): pass --published YYYY-MM-DD'));
  it('says a page with no story is not an article', () =>
    refused('/home', () => 'no article text in the page (only navigation, scripts or furniture): it does not look like an article'));

  it('says which host it could not reach', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    expect(await run(['extract', `http://${host}/story`])).toEqual({
      code: 2,
      stdout: '',
      stderr: `newsline: cannot fetch http://${host}/story: could not reach ${host} (connection refused)\n`,
    });
  });

  it('refuses a scheme it does not fetch', async () => {
    expect((await run(['extract', 'ftp://127.0.0.1/story'])).stderr).toBe('newsline: cannot fetch ftp://127.0.0.1/story: only http and https URLs are fetched\n');
  });
});
