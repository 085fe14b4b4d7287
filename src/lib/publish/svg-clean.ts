// Re-serialises rendered SVG markup (svelte/server output, or a mounted component's
// innerHTML) keeping only static drawing: an element and attribute allow-list, so an exported
// file never carries scripts, event handlers, foreignObject, external references or
// interactivity, whatever the component grows into. Text is re-escaped on the way out.
// Uses htmlparser2's tokenizer (no DOM), so the browser and the CLI share this code.
import { Parser } from 'htmlparser2';
import { computedStyle, type ElementInfo, type StyleRule } from './inline-styles';
import { escapeXml } from './xml';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path',
  'text', 'tspan', 'title', 'desc', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
]);
const DROPPED_ATTRIBUTES = new Set(['tabindex', 'focusable', 'contenteditable', 'draggable', 'autofocus', 'xmlns', 'xmlns:xlink']);
const ATTRIBUTE_NAME = /^[A-Za-z_][-A-Za-z0-9_:.]{0,60}$/;

function keepAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (!ATTRIBUTE_NAME.test(name) || lower.startsWith('on') || DROPPED_ATTRIBUTES.has(lower)) return false;
  if (lower === 'href' || lower === 'xlink:href') return value.startsWith('#');
  if (/javascript:|url\(\s*['"]?(?!#)|expression\(|@import/i.test(value)) return false;
  return true;
}

export interface CleanOptions {
  /** Attributes to set (or replace) on the outermost element, e.g. a position and size. */
  rootAttributes?: Record<string, string | number>;
  /** Attributes to remove from the outermost element. */
  rootDrop?: string[];
  /** A new tag for the outermost element (an embedded <svg> becomes a <g>). */
  rootTag?: string;
  /** Stylesheet rules to copy onto each element as a style attribute (see inline-styles.ts). */
  styleRules?: StyleRule[];
}

export function cleanSvgMarkup(markup: string, options: CleanOptions = {}): string {
  let out = '';
  let skipDepth = 0; // > 0 while inside an element that is dropped with all it contains
  let depth = 0;
  let rootTag = '';
  const path: ElementInfo[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (skipDepth > 0 || !ELEMENTS.has(name)) {
          skipDepth++;
          return;
        }
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(attributes)) if (keepAttribute(k, v)) attrs[k] = v;
        const isRoot = depth === 1;
        if (isRoot) {
          for (const k of options.rootDrop ?? []) delete attrs[k];
          for (const [k, v] of Object.entries(options.rootAttributes ?? {})) attrs[k] = String(v);
          rootTag = options.rootTag ?? name;
        }
        if (options.styleRules?.length) {
          path.push({ tag: name, classes: (attributes.class ?? '').split(/\s+/).filter(Boolean) });
          const inherited = computedStyle(options.styleRules, path);
          const own = attrs.style;
          if (inherited) attrs.style = own ? `${inherited};${own}` : inherited;
        }
        out += `<${isRoot ? rootTag : name}`;
        for (const [k, v] of Object.entries(attrs)) out += ` ${k}="${escapeXml(v)}"`;
        out += '>';
      },
      ontext(text) {
        if (skipDepth === 0 && depth > 0) out += escapeXml(text);
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (options.styleRules?.length) path.pop();
        out += `</${depth === 0 ? rootTag : name}>`;
      },
    },
    { xmlMode: false, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return out;
}

/** Keeps CSS to what a static file can use: no comments (source maps), imports or external
 * urls. Svelte's `:where(.svelte-x)` scoping becomes a plain class: resvg and older editors
 * drop any rule with :where(), and one extra class of specificity changes nothing here. */
export function cleanCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/:where\((\.svelte-[\w-]+)\)/g, '$1')
    .replace(/@import[^;]*;/gi, '')
    .replace(/url\(\s*['"]?(?!#)[^)]*\)/gi, 'none')
    .replace(/expression\(/gi, '')
    .replace(/<\/?style/gi, '');
}
