// Markup -> the same markup without its scripts (JSON-LD kept), styles and comments, before
// any DOM is built. A news page of 2 MB is mostly code: building DOM nodes for it costs more
// than everything else ingest does, and nothing in it is read. Must not know about the DOM.

// The HTML tokenizer ends script and style data at the first `</script` / `</style`, as this
// does; the lazy `[\s\S]*?` runs to the nearest close tag, so the pass is linear.
const CODE = /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

export function dropCode(html: string): string {
  return html
    .replace(CODE, (block, tag: string, attrs: string) => (tag.toLowerCase() === 'script' && /ld\+json/i.test(attrs) ? block : ''))
    .replace(COMMENT, '');
}
