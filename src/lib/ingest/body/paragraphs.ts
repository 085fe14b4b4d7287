// A story's DOM subtree -> its paragraphs as plain text, in reading order. A block element
// (p, li, h2, blockquote, br…) ends a paragraph; inline markup joins its neighbours.
// Iterative, so a page nested thousands deep cannot overflow the stack. Must not know about
// which subtree is the story or what is furniture.
import { BLOCK_TAGS, PARAGRAPH_MARK } from './rules';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) out.push(text);
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
