// A story's DOM subtree -> its paragraphs as plain text, in reading order. A block element
// (p, li, h2, blockquote, br…) ends a paragraph; inline markup joins its neighbours.
// Iterative, so a page nested thousands deep cannot overflow the stack. Must not know about
// which subtree is the story or what is furniture.
import { BLOCK_TAGS, PARAGRAPH_MARK } from './rules';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// A single <br> inside a sentence is a line the template (or a pasted-in text) wrapped, not a
// paragraph: "to safeguard communities as weather conditions<br>deteriorate," he said. The text
// after it joins the line before when it starts in lower case and that line is a sentence's
// beginning: words enough, and no closing mark. (Short lines, as in a list or an address, stay.)
const CLOSED = /[.!?…:;]["'”’)]?$/;
const SENTENCE_WORDS = 6;
const continues = (before: string, after: string) =>
  /^\p{Ll}/u.test(after) && !CLOSED.test(before) && before.split(' ').length >= SENTENCE_WORDS;

export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  // out.length just after a lone <br> ended a line; -1 once any other boundary has passed
  let wrapped = -1;
  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) {
      if (wrapped === out.length && out.length > 0 && continues(out[out.length - 1], text)) out[out.length - 1] += ` ${text}`;
      else out.push(text);
    }
    wrapped = -1;
    current = '';
  };
  // Each entry is a node to enter, or (closing) the block element to leave.
  const stack: { node: Node; closing: boolean }[] = [{ node: root, closing: false }];
  while (stack.length) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const parts = (node.nodeValue ?? '').split(PARAGRAPH_MARK);
      current += parts[0];
      for (const part of parts.slice(1)) {
        flush();
        current = part;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if ((node as Element).localName === 'br') {
      // (the second <br> of a run parts paragraphs: nothing stands between the two)
      const lone = /\S/.test(current);
      flush();
      if (lone) wrapped = out.length;
      continue;
    }
    const block = node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName);
    if (block) {
      flush();
      stack.push({ node, closing: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], closing: false });
  }
  flush();
  return out;
}
