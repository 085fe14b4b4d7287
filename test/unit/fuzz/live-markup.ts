// What in an exported SVG could run or reach out when it is opened: scripts, foreignObject
// (HTML inside SVG), event-handler attributes, javascript:/data: or external links other than
// the article's own address, CSS that imports or loads from elsewhere. Parses the file as XML
// (htmlparser2) so that escaped text ("&lt;script&gt;") is read as the text it is.
import { Parser } from 'htmlparser2';

const LIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'image', 'use', 'set', 'animate', 'handler', 'listener', 'html:script']);

/** Everything live in `svg`, as "what: where" lines; [] when the picture is only a picture. */
export function liveMarkup(svg: string, allowedHref: string | null = null): string[] {
  const found: string[] = [];
  let inStyle = false;
  let style = '';
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase();
        if (LIVE_ELEMENTS.has(tag) || tag.endsWith(':script')) found.push(`element <${name}>`);
        for (const [key, value] of Object.entries(attrs)) {
          const k = key.toLowerCase();
          if (k.startsWith('on')) found.push(`attribute ${key} on <${name}>`);
          if (k === 'href' || k.endsWith(':href') || k === 'src') {
            if (value !== allowedHref && !value.startsWith('#')) found.push(`link ${key}="${value.slice(0, 60)}" on <${name}>`);
          }
          if (k === 'style' && /url\(|@import|expression\(/i.test(value)) found.push(`style attribute ${value.slice(0, 60)}`);
        }
        if (tag === 'style') inStyle = true;
      },
      ontext(t) {
        if (inStyle) style += t;
        else text += t;
      },
      onclosetag(name) {
        if (name.toLowerCase() === 'style') inStyle = false;
      },
      onprocessinginstruction(name) {
        if (!/^\?xml\b/i.test(name)) found.push(`processing instruction ${name}`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(svg);
  parser.end();
  if (/@import|url\((?!\s*['"]?#)|expression\(/i.test(style)) found.push(`style sheet loads from elsewhere: ${style.slice(0, 80)}`);
  return found;
}

/** The text of `svg` as a reader sees it (entities decoded, tags gone). */
export function svgText(svg: string): string {
  let text = '';
  const parser = new Parser({ ontext: (t) => void (text += t) }, { xmlMode: true, decodeEntities: true });
  parser.write(svg);
  parser.end();
  return text;
}
