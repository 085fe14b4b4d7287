// A <title> whose end tag was lost. A title's text runs to `</title>` (the parser reads it as
// RCDATA, not markup), so a page saved with its end tag cut off or mangled ("<title>BBC SPORTi
// library-->", "…CBN News</titleval") hides the whole page inside its title: no element, no
// story, no stamp. A headline is one line of plain words; markup after it is the page, not the
// title: the title is closed at the end of its first line, or at its first `<`. Must not know
// about the DOM; runs on markup before it is parsed, and changes nothing on a page whose title
// closes before any markup.

const TITLE_OPEN = /<title\b[^>]*>/i;
const TITLE_CLOSE = /<\/title\s*>/i;
// elements that cannot stand inside a title's text: once one is reached, the title was left open
const MARKUP = /<\/?(?:head|body|meta|link|script|style|div|table|form|p|a|img|span|center|font|br)\b/i;
// the end tags of a title, whole or mangled ("</titleval"), left after the title was closed
const TITLE_CLOSE_LEFT = /^[^<\n]*<\/title[a-z]*\s*>?/i;

export function closeOpenTitle(markup: string): string {
  const open = TITLE_OPEN.exec(markup);
  if (!open) return markup;
  const from = open.index + open[0].length;
  const rest = markup.slice(from);
  const tag = rest.search(MARKUP);
  if (tag < 0) return markup;
  const close = rest.search(TITLE_CLOSE);
  if (close >= 0 && close < tag) return markup;
  const line = rest.search(/[\r\n]/);
  const lt = rest.indexOf('<');
  const cut = Math.min(...[line, lt, tag].filter((i) => i >= 0));
  const after = rest.slice(cut).replace(TITLE_CLOSE_LEFT, '');
  return `${markup.slice(0, from)}${rest.slice(0, cut)}</title>${after}`;
}
