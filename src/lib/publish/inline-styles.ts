// Turns the exported stylesheet into style attributes on each element, for editors that
// read <style> poorly (Illustrator ignores descendant selectors; some CMS image pipelines
// drop <style> altogether). Handles the CSS Svelte components produce: selector lists of
// compound selectors (tag and classes) joined by descendant combinators. Anything else
// (:hover, :focus-visible, >, attribute selectors, @media) is left to the <style> block,
// where a browser still applies it. Pure; no DOM.

/** Presentation properties worth copying; layout and interaction properties are not. */
const PROPERTIES = new Set([
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'text-decoration', 'stop-color', 'stop-opacity', 'dominant-baseline', 'letter-spacing', 'visibility', 'paint-order',
  'stroke-miterlimit', 'font-variant-numeric',
]);

interface Compound {
  tag: string | null;
  classes: string[];
}

export interface StyleRule {
  /** Compounds from the outermost ancestor to the element itself. */
  selector: Compound[];
  specificity: number;
  order: number;
  declarations: [string, string][];
}

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+)*)$/;

function parseSelector(text: string): Compound[] | null {
  const parts = text.trim().split(/\s+/);
  const out: Compound[] = [];
  for (const part of parts) {
    const m = COMPOUND.exec(part);
    if (!m || part === '') return null;
    out.push({ tag: m[1] ?? null, classes: m[2] ? m[2].slice(1).split('.') : [] });
  }
  return out.length ? out : null;
}

/** The rules of `css` that can be inlined, in source order; nested blocks are skipped. */
export function parseStyleRules(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  let depth = 0;
  let start = 0;
  let order = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      if (depth === 0) {
        const prelude = css.slice(start, i).trim();
        const close = css.indexOf('}', i);
        const inner = css.slice(i + 1, close < 0 ? css.length : close);
        if (!prelude.startsWith('@') && !inner.includes('{') && close >= 0) {
          const declarations = parseDeclarations(inner);
          if (declarations.length) {
            for (const sel of prelude.split(',')) {
              const selector = parseSelector(sel);
              if (!selector) continue;
              const specificity = selector.reduce((s, c) => s + c.classes.length * 100 + (c.tag ? 1 : 0), 0);
              rules.push({ selector, specificity, order: order++, declarations });
            }
          }
          i = close;
          start = close + 1;
          continue;
        }
      }
      depth++;
    } else if (css[i] === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) start = i + 1;
    }
  }
  return rules;
}

function parseDeclarations(block: string): [string, string][] {
  const out: [string, string][] = [];
  for (const decl of block.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const name = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1).replace(/!important/i, '').trim();
    if (PROPERTIES.has(name) && value && !value.includes('var(')) out.push([name, value]);
  }
  return out;
}

export interface ElementInfo {
  tag: string;
  classes: string[];
}

const matches = (c: Compound, e: ElementInfo) => (!c.tag || c.tag === e.tag) && c.classes.every((k) => e.classes.includes(k));

/** Does `rule` apply to the last element of `path` (outermost ancestor first)? */
function applies(rule: StyleRule, path: ElementInfo[]): boolean {
  const sel = rule.selector;
  if (!matches(sel[sel.length - 1], path[path.length - 1])) return false;
  let s = sel.length - 2;
  for (let p = path.length - 2; p >= 0 && s >= 0; p--) if (matches(sel[s], path[p])) s--;
  return s < 0;
}

/** The inline style text for the element at the end of `path`, cascade applied. */
export function computedStyle(rules: StyleRule[], path: ElementInfo[]): string {
  const winners = new Map<string, { value: string; specificity: number; order: number }>();
  for (const rule of rules) {
    if (!applies(rule, path)) continue;
    for (const [name, value] of rule.declarations) {
      const prev = winners.get(name);
      if (!prev || rule.specificity > prev.specificity || (rule.specificity === prev.specificity && rule.order >= prev.order)) {
        winners.set(name, { value, specificity: rule.specificity, order: rule.order });
      }
    }
  }
  return [...winners].map(([k, v]) => `${k}:${v.value}`).join(';');
}
