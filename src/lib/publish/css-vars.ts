// Replaces `var(--name[, fallback])` in exported CSS with concrete values: rasterisers and
// editors (resvg, Inkscape, Illustrator) do not support custom properties. A linear scan
// with parenthesis counting, no backtracking regex. Unknown variables without a fallback are
// left as written (a browser still resolves them).

export function resolveCssVariables(css: string, values: Record<string, string>, depth = 0): string {
  let out = '';
  let i = 0;
  for (;;) {
    const at = css.indexOf('var(', i);
    if (at < 0) break;
    const close = matchingParen(css, at + 3);
    if (close < 0) break;
    const inner = css.slice(at + 4, close);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inner.slice(comma + 1).trim();
    const value = values[name] ?? (fallback !== undefined && depth < 8 ? resolveCssVariables(fallback, values, depth + 1) : undefined);
    out += css.slice(i, at) + (value !== undefined ? value.trim() : css.slice(at, close + 1));
    i = close + 1;
  }
  return out + css.slice(i);
}

function matchingParen(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === '(') depth++;
    else if (css[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/** Names of the custom properties a stylesheet reads, so the browser can look up their values. */
export function cssVariableNames(css: string): string[] {
  const names = new Set<string>();
  for (const m of css.matchAll(/var\(\s*(--[\w-]{1,60})/g)) names.add(m[1]);
  return [...names];
}

/** Custom properties a stylesheet declares, later declarations winning (as in the cascade
 * for one element; good enough for a component that declares its palette on its root). */
export function cssVariableDeclarations(css: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of css.matchAll(/(--[\w-]{1,60})\s*:\s*([^;{}]{1,200})/g)) values[m[1]] = m[2].trim();
  return values;
}
