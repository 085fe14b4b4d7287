// Templates that write each paragraph as a <div> of inline text, wrapped in a <div> or two of
// their own ('<div class="block"><div><span>He served ... with the help of his </span><a>former
// partner.</a></div></div>'), lose the paragraphs that hold a link: Readability turns the inner
// <div> into a <p> but keeps a wrapper whose link density passes a quarter, and its conditional
// cleaning then drops any <div> over a fifth of links ("low weight and a little linky") as a
// related-links box. A <p> in such wrappers ('<div class="text-block"><div><p>In 2008 the
// alliance said that <a>the port could join</a>.</p></div></div>') is lost the same way. Such a
// paragraph stands as a <p> in place of its wrappers before Readability runs, as a <p> of inline
// text never faces that cleaning. Must not know about scoring, furniture or metadata.

// What may stand inside a paragraph (HTML's phrasing content, less what never holds prose).
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);
// A sentence: four words or more and a closing full stop, question or exclamation mark. A
// teaser's headline or a "More:" label has no full stop.
const MIN_WORDS = 4;
const ENDS_SENTENCE = /[.!?…]["'”’)\]]?$/;
// Half its characters in links or fewer: a sentence that cites, not a list of links.
const MOSTLY = 0.5;

/**
 * Rewrites each linked sentence-paragraph <div> as a <p>, and puts it, or a linked sentence <p>,
 * in place of the <div>s that hold nothing else.
 */
export function linkedDivsToParagraphs(doc: Document): void {
  for (const block of Array.from(doc.querySelectorAll('div, p'))) {
    if (!block.isConnected || !isLinkedSentence(block)) continue;
    let box: Element = block;
    while (box.parentElement && box.parentElement.localName === 'div' && onlyChild(box.parentElement, box)) box = box.parentElement;
    if (block.localName === 'p') {
      if (box !== block) box.replaceWith(block);
      continue;
    }
    const p = doc.createElement('p');
    p.append(...Array.from(block.childNodes));
    box.replaceWith(p);
  }
}

function isLinkedSentence(div: Element): boolean {
  const links = Array.from(div.querySelectorAll('a[href]'));
  if (!links.length) return false;
  for (const el of Array.from(div.querySelectorAll('*'))) if (!INLINE.has(el.localName)) return false;
  const text = squash(div.textContent);
  if (text.split(' ').length < MIN_WORDS || !ENDS_SENTENCE.test(text)) return false;
  // A sentence with a link, not a link: mostly written outside its links, or closed by a full
  // stop of its own ("<a>The vote is not over yet</a>."). An embed's credit line ("<a>Slides
  // of the talk</a> from <a>the Team (Example Inc.)</a>") is neither.
  const linked = links.reduce((n, a) => n + squash(a.textContent).length, 0);
  return linked <= MOSTLY * text.length || !lastTextInLink(div);
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** True when the div's last non-blank text sits inside a link. */
function lastTextInLink(div: Element): boolean {
  const walker = div.ownerDocument.createTreeWalker(div, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Node | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if (/\S/.test(t.nodeValue ?? '')) last = t;
  return last?.parentElement?.closest('a') != null;
}

function onlyChild(parent: Element, child: Element): boolean {
  if (parent.children.length !== 1) return false;
  for (const node of Array.from(parent.childNodes)) if (node !== child && node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return false;
  return true;
}
