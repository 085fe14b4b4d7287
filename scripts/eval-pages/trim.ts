// npx tsx scripts/eval-pages/trim.ts DEVSET_DIR OUTDIR FILE...
// Cuts saved pages down to test-fixture size without touching what extraction reads: drops
// <script> (JSON-LD kept), <style>, <link>, <noscript>, <iframe>, inline <svg>, HTML comments,
// base64 data URIs, navigation menus, selects and lists longer than 1,500 characters, asides longer than 6,000, srcset/sizes, data-* and inline style attributes, and whitespace runs, then
// copies each page's gold entry into OUTDIR/gold.json. Element structure, classes, ids, meta
// tags, bylines and furniture stay.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from './gold';

export function trimPage(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (all, attrs: string) => (/ld\+json/i.test(attrs) ? all : ''))
    .replace(/<(style|noscript|iframe|svg|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<(nav|select|ul)\b[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1\s*>/gi, (all) => (all.length > 1500 ? '' : all))
    .replace(/<aside\b[^>]*>(?:(?!<aside\b)[\s\S])*?<\/aside\s*>/gi, (all) => (all.length > 6000 ? '' : all))
    .replace(/\s(?:srcset|sizes|style|data-[\w-]+|on\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+/g, '')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/[ \t]{2,}/g, ' ');
}

const [from, to, ...files] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('trim.ts')) {
  const gold = readGold(join(from, 'gold.json'));
  const pages = files.map((f) => {
    const page = gold.find((p) => p.file === f);
    if (!page) throw new Error(`no gold for ${f}`);
    const html = trimPage(readFileSync(join(from, f), 'utf8'));
    writeFileSync(join(to, f), html);
    console.log(`${f}\t${Math.round(html.length / 1024)} KB`);
    return page;
  });
  writeFileSync(join(to, 'gold.json'), JSON.stringify({ pages }, null, 1) + '\n');
}
