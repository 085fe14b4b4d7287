// An exported picture has one colour scheme, chosen by the user, not by whoever opens the
// file: `@media (prefers-color-scheme: X)` blocks are unwrapped when X is the chosen theme and
// dropped otherwise. A linear brace scan (no regex over nested blocks), so hostile or huge
// CSS costs one pass.

export type Theme = 'light' | 'dark';

const SCHEME_MEDIA = /^@media\s*\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)\s*$/i;

export function resolveColorScheme(css: string, theme: Theme): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@media', i);
    if (at < 0) break;
    const open = css.indexOf('{', at);
    if (open < 0) break;
    const close = matchingBrace(css, open);
    const scheme = SCHEME_MEDIA.exec(css.slice(at, open).trim())?.[1]?.toLowerCase();
    out += css.slice(i, at);
    if (scheme === undefined) out += css.slice(at, close + 1);
    else if (scheme === theme) out += css.slice(open + 1, close);
    i = close + 1;
  }
  return out + css.slice(i);
}

/** Index of the brace closing the one at `open` (or the last index when unbalanced). */
function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '{') depth++;
    else if (css[j] === '}' && --depth === 0) return j;
  }
  return css.length - 1;
}
