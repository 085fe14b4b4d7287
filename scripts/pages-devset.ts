// npx tsx scripts/pages-devset.ts POSTLIGHT_DIR OUTDIR [--parser DIR] [--checks FILE]
// Builds the development page set for `npm run eval:pages`: the saved pages of
// github:postlight/parser (MIT; POSTLIGHT_DIR is a checkout with fixtures/ and
// src/extractors/custom/) copied into OUTDIR, and OUTDIR/gold.json beside them.
//
// gold.json: { "pages": GoldPage[] } with, per page,
//   file       the page's file name in OUTDIR
//   url        the article's URL, as the page's test in postlight/parser gives it
//   published  'YYYY-MM-DD', the publisher's local calendar day, or null when the test says the
//              page states no date
//   dayFrom    how that day was read from the test's UTC instant: 'page-offset' (the page writes
//              the same instant with a non-zero UTC offset: that offset's day), 'extractor-timezone'
//              (postlight's extractor for the site names the site's zone: the instant's day
//              there) or 'utc' (neither: the UTC day, which may be a day off the local one)
//   title      the headline the test asserts (or, where the test asserts none, postlight's)
//   body       optional, the article's text, one paragraph a line
//   bodyFrom   'postlight-custom-extractor' (silver: the npm package @postlight/parser with
//              its hand-written per-site extractor, HTML output turned into text) or 'hand'
//              (a person copied the story off the page: checks.json 'body')
//   bodyChecked  true where a person read the body against the page (scripts/eval-pages/checks.json)
//   news       false for pages that are not news articles (code hosts, forums, trial
//              registries, lyrics, wikis, product and shop pages, vulnerability notes)
//   source     where the page and its gold come from
//   notes      optional remarks: a dropped or corrected body, a date the test could not give
//
// --parser is the installed @postlight/parser package (default
// /tmp/plrun/node_modules/@postlight/parser, installed outside the project). --checks is the
// hand-check record (default scripts/eval-pages/checks.json): per file, 'ok', 'drop' or 'fix'
// (the story's first/last line, furniture lines to remove, missed opening lines to prepend, or
// the whole story copied off the page where the silver is another text), applied here so the
// set can be rebuilt.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldPage } from './eval-pages/gold';
import { tokenize } from './eval-pages/score';
import { htmlToText } from './eval-pages/text';

const here = dirname(fileURLToPath(import.meta.url));

// postlight/parser's fixture saver rewrote every <meta content="..."> as value="..." (its
// browser-side serialiser); the pages as published had content=, so it is put back here, or
// no meta tag of the set could be read.
function restoreMetaContent(html: string): string {
  return html.replace(/<meta\b[^>]*>/gi, (tag) => (/\scontent=/i.test(tag) ? tag : tag.replace(/\svalue=/i, ' content=')));
}
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const [plDir, outDir] = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!plDir || !outDir) {
  console.error('usage: npx tsx scripts/pages-devset.ts POSTLIGHT_DIR OUTDIR [--parser DIR] [--checks FILE]');
  process.exit(2);
}
const parserDir = resolve(option('--parser') ?? '/tmp/plrun/node_modules/@postlight/parser');
const checksFile = resolve(option('--checks') ?? join(here, 'eval-pages/checks.json'));
const Parser = createRequire(join(parserDir, 'package.json'))(parserDir) as {
  parse(url: string, o: { html: string; fetchAllPages?: boolean }): Promise<{ title?: string | null; content?: string | null; date_published?: string | null }>;
};

/** Hosts whose pages are not news articles. */
const NOT_NEWS = /^(?:github\.com|www\.reddit\.com|clinicaltrials\.gov|genius\.com|fandom\.wikia\.com|pastebin\.com|twitter\.com|www\.youtube\.com|www\.linkedin\.com|jvndb\.jvn\.jp|www\.elecom\.co\.jp|www\.sanwa\.co\.jp|bookwalker\.jp|biorxiv\.org|otrs\.com|www\.fortinet\.com|www\.ipa\.go\.jp|www\.jnsa\.org|www\.oreilly\.co\.jp|postlight\.com|www\.apartmenttherapy\.com|obamawhitehouse\.archives\.gov|www\.gruene\.de)$/;

interface TestCase {
  fixture: string;
  url: string | null;
  title?: string;
  /** The asserted instant; null when the test asserts no date; undefined when it asserts none we can read. */
  instant?: string | null;
  firstWords?: string;
}

// ---- reading postlight's tests -------------------------------------------------------------

const LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/y;

/** The string of a JS literal, or of literals joined by `+`, at `from` (after spaces). */
function literalAt(src: string, from: number): string | undefined {
  let at = from;
  let out = '';
  for (;;) {
    while (/\s/.test(src[at] ?? '')) at++;
    LITERAL.lastIndex = at;
    const m = LITERAL.exec(src);
    if (!m) return out || undefined;
    out += unquote(m[0]);
    at = LITERAL.lastIndex;
    while (/\s/.test(src[at] ?? '')) at++;
    if (src[at] !== '+') return out;
    at++;
  }
}

function unquote(lit: string): string {
  return lit.slice(1, -1).replace(/\\(u\{[0-9a-f]+\}|u[0-9a-f]{4}|x[0-9a-f]{2}|[\s\S])/gi, (_, e: string) => {
    if (/^u\{/i.test(e)) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (/^[ux]/i.test(e) && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
  });
}

/** The value asserted for `name` in `assert.equal(name, VALUE)` inside `src`. */
function asserted(src: string, name: RegExp): string | null | undefined {
  const re = new RegExp(`assert\\.equal\\(\\s*(?:${name.source})\\s*,`, 'g');
  const m = re.exec(src);
  if (!m) return undefined;
  const rest = src.slice(re.lastIndex);
  if (/^\s*null\b/.test(rest)) return null;
  return literalAt(src, re.lastIndex);
}

/** The fixtures a test file reads, each with the part of the file that is about it. */
function readTestFile(src: string): TestCase[] {
  const reads = [...src.matchAll(/readFileSync\(\s*['"`]\.\/fixtures\/([^'"`]+)['"`]/g)];
  const groups: { fixture: string; at: number }[] = [];
  for (const r of reads) if (groups.at(-1)?.fixture !== r[1]) groups.push({ fixture: r[1], at: r.index! });
  const boundary = (at: number) => Math.max(0, ...[...src.slice(0, at).matchAll(/\b(?:describe|it|beforeAll)\(/g)].map((m) => m.index!));
  const seen = new Set<string>();
  const cases: TestCase[] = [];
  groups.forEach((g, i) => {
    if (seen.has(g.fixture)) return;
    seen.add(g.fixture);
    const start = boundary(g.at);
    const end = i + 1 < groups.length ? boundary(groups[i + 1].at) : src.length;
    const part = src.slice(start, end);
    const urls = [...part.matchAll(/['"`](https?:\/\/[^'"`\s]+)['"`]/g)].map((m) => m[1]);
    const before = [...src.slice(0, start).matchAll(/['"`](https?:\/\/[^'"`\s]+)['"`]/g)].map((m) => m[1]);
    const date = asserted(part, /date_published/);
    cases.push({
      fixture: g.fixture,
      url: urls[0] ?? before.at(-1) ?? null,
      title: asserted(part, /title/) ?? undefined,
      instant: date === null ? null : date && /^\d{4}-\d\d-\d\dT/.test(date) ? date : undefined,
      firstWords: asserted(part, /first\d+|text|firstWords|first\w*/) ?? undefined,
    });
  });
  return cases;
}

// ---- the publisher's day ---------------------------------------------------------------------

const STAMP = /(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?\s?(Z|[+-]\d\d:?\d\d)\b/g;

/** The local day of `instant` as the page writes it with a non-zero offset, if it does. */
function dayByPageOffset(html: string, instant: string): string | null {
  const t = Date.parse(instant);
  for (const m of html.matchAll(STAMP)) {
    const off = m[7];
    if (off === 'Z' || /^[+-]00:?00$/.test(off)) continue;
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${off.length === 5 ? `${off.slice(0, 3)}:${off.slice(3)}` : off}`;
    if (Math.abs(Date.parse(iso) - t) < 60_000) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

function dayInZone(instant: string, zone: string): string | null {
  try {
    const f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return f.format(new Date(instant));
  } catch {
    return null;
  }
}

function extractorZone(domainDir: string): string | null {
  const file = join(domainDir, 'index.js');
  if (!existsSync(file)) return null;
  const m = /date_published\s*:\s*\{[\s\S]*?timezone\s*:\s*['"]([^'"]+)['"]/.exec(readFileSync(file, 'utf8'));
  return m ? m[1] : null;
}

// ---- the hand checks -------------------------------------------------------------------------

interface Check {
  /** 'ok': the silver body is the story; 'drop': it is not; 'fix': cut it to first..last. */
  verdict?: 'ok' | 'drop' | 'fix';
  /** A day read off the page by hand where the test gives no instant ('page' in dayFrom). */
  published?: string | null;
  /** For 'fix': the story's first and last lines as the page has them (prefixes suffice). */
  first?: string;
  last?: string;
  /** For 'fix': lines (prefixes) of furniture inside the story to take out. */
  remove?: string[];
  /** For 'fix': the story's opening lines the extractor missed, as the page has them. */
  prepend?: string[];
  /** For 'fix': the whole story as a person copied it off the page (one paragraph a line),
   *  standing instead of a silver body that is not the story at all (a teaser, another
   *  article); the page's bodyFrom becomes 'hand'. Excludes first/last/remove/prepend. */
  body?: string[];
  note?: string;
}

function applyCheck(body: string, check: Check): string | undefined {
  if (check.verdict === 'drop') return undefined;
  if (check.verdict === 'ok' || !check.verdict) return body;
  if (check.body) {
    if (check.first || check.last || check.remove || check.prepend) throw new Error('a check with a hand-copied body has nothing to cut');
    return check.body.join('\n');
  }
  const lines = body.split('\n');
  // Prefixes are compared in NFC: some pages write kana with combining sound marks (ホ + ゚).
  const starts = (line: string, prefix: string) => line.normalize('NFC').startsWith(prefix.normalize('NFC'));
  const a = check.first ? lines.findIndex((l) => starts(l, check.first!)) : 0;
  const b = check.last ? lines.findIndex((l, i) => i >= a && starts(l, check.last!)) : lines.length - 1;
  if (a < 0 || b < a) throw new Error(`check for a page does not match its body: ${check.first} .. ${check.last}`);
  const kept = lines.slice(a, b + 1).filter((l) => !check.remove?.some((r) => starts(l, r)));
  return [...(check.prepend ?? []), ...kept].join('\n');
}

// ---- the set -------------------------------------------------------------------------------

const customDir = join(plDir, 'src/extractors/custom');
const checks: Record<string, Check> = existsSync(checksFile) ? JSON.parse(readFileSync(checksFile, 'utf8')) : {};
const cases: (TestCase & { domain: string })[] = [];
for (const domain of readdirSync(customDir).sort()) {
  const test = join(customDir, domain, 'index.test.js');
  if (!existsSync(test)) continue;
  for (const c of readTestFile(readFileSync(test, 'utf8'))) cases.push({ ...c, domain });
}

mkdirSync(outDir, { recursive: true });
const pages: GoldPage[] = [];
for (const c of cases) {
  const from = join(plDir, 'fixtures', c.fixture);
  if (!existsSync(from) || !c.url) {
    console.warn(`skipped ${c.fixture}: ${c.url ? 'no such fixture' : 'no URL in its test'}`);
    continue;
  }
  const html = readFileSync(from, 'utf8');
  const notes: string[] = [];
  let result: Awaited<ReturnType<typeof Parser.parse>> = {};
  try {
    result = await Parser.parse(c.url, { html, fetchAllPages: false });
  } catch (e) {
    notes.push(`postlight failed: ${(e as Error).message}`);
  }

  let instant = c.instant;
  if (instant === undefined) {
    instant = result.date_published ?? null;
    notes.push(instant ? 'date instant from a postlight run (the test asserts no instant we read)' : 'no date: neither the test nor a postlight run gives one');
  }
  let published: string | null = null;
  let dayFrom: GoldPage['dayFrom'];
  if (instant) {
    const zone = extractorZone(join(customDir, c.domain));
    const byPage = dayByPageOffset(html, instant);
    const byZone = zone ? dayInZone(instant, zone) : null;
    if (byPage) [published, dayFrom] = [byPage, 'page-offset'];
    else if (byZone) [published, dayFrom] = [byZone, 'extractor-timezone'];
    else [published, dayFrom] = [instant.slice(0, 10), 'utc'];
    if (byPage && byZone && byPage !== byZone) notes.push(`extractor zone ${zone} gives ${byZone}`);
  }

  const check = checks[c.fixture];
  // A day read off the page by hand stands where the test gives no instant, and where the only
  // day the instant gives is its UTC one (a late-evening story in the Americas is a day off).
  if (check?.published !== undefined && (c.instant === undefined || dayFrom === 'utc')) {
    [published, dayFrom] = [check.published, check.published ? 'page' : undefined];
    notes.push(`day read off the page by hand: ${check.published}`);
  }

  let title = c.title;
  if (title === undefined) {
    title = result.title ?? '';
    notes.push('title from a postlight run (the test asserts none we read)');
  }

  let body: string | undefined = result.content ? htmlToText(result.content) : undefined;
  if (body && c.firstWords) {
    const head = tokenize(body).slice(0, 300).join(' ');
    if (!head.includes(tokenize(c.firstWords).slice(0, 5).join(' '))) notes.push(`the test's first words are not near the body's start: "${c.firstWords}"`);
  }
  if (check?.verdict && (body || check.body)) {
    try {
      body = applyCheck(body ?? '', check);
    } catch (e) {
      throw new Error(`${c.fixture}: ${(e as Error).message}`);
    }
    if (check.note) notes.push(check.note);
  }
  if (!body || !body.trim()) body = undefined;

  writeFileSync(join(outDir, c.fixture), restoreMetaContent(readFileSync(from, 'utf8')));
  const host = new URL(c.url).hostname;
  pages.push({
    file: c.fixture,
    url: c.url,
    published,
    ...(dayFrom ? { dayFrom } : {}),
    title,
    ...(body ? { body, bodyFrom: check?.body ? ('hand' as const) : ('postlight-custom-extractor' as const), ...(check?.verdict ? { bodyChecked: true } : {}) } : {}),
    news: !NOT_NEWS.test(host),
    source: `github:postlight/parser fixtures/${c.fixture}, test src/extractors/custom/${c.domain}/index.test.js (MIT)`,
    ...(notes.length ? { notes: notes.join('; ') } : {}),
  });
}
writeFileSync(join(outDir, 'gold.json'), JSON.stringify({ pages }, null, 1) + '\n');
const count = (f: (p: GoldPage) => boolean) => pages.filter(f).length;
console.log(
  `${pages.length} pages (${count((p) => p.news)} news) in ${outDir}; dates ${count((p) => p.published !== null)} ` +
    `(utc day ${count((p) => p.dayFrom === 'utc')}), bodies ${count((p) => !!p.body)} (checked ${count((p) => !!p.bodyChecked)})`,
);
