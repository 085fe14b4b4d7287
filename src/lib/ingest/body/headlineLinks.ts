// Links to other stories set inside the story's box: a list of headlines ("Recommended from
// Editorial" over three cards, a single-item list between two paragraphs) or a paragraph that is
// one link and reads as a headline ('<p><a href="/other-story"><strong>HOW THE FERRY WAS
// LOST</strong></a></p>'). Told by shape, inside the box Readability chose (run before it, a
// removal can move its pick): the block's words are all one link's, of a headline's length, and do
// not close a sentence. A list emptied so takes its label with it ("Related", "Recommended from
// Editorial"). Must not know about scoring, metadata or dates.

const HEADLINE_MIN_WORDS = 3;
const HEADLINE_MAX_CHARS = 200;
// a label over the list: a few words, no sentence's end
const LABEL_MAX_WORDS = 6;
const LABEL_MAX_CHARS = 60;
// Readability's and the page's wrappers between a label and its list
const WRAPPER_LEVELS = 2;

// Where a headline was taken out, a mark is left (a paragraph of its own, a noncharacter no page
// prints): a label the markup set apart from its list ("WANDERERS NEWS" in one table row, each
// headline a one-item list in the rows under it) is still seen standing over the emptied run, and
// the text's cleaning (body/index.ts) takes it there, then drops the marks.
export const HEADLINE_GONE = '\ufdd0';
const squashed = (el: Element) => (el.textContent ?? '').replace(/[\s\u00a0\u2029\ufdd0]+/g, ' ').trim();
function gone(el: Element): Element {
  const mark = el.ownerDocument.createElement('p');
  mark.textContent = HEADLINE_GONE;
  return mark;
}
const closesSentence = (s: string) => /[.;:,…]["'”’)]?$/.test(s);

/** The link of another page holding all the block's words, or null. */
function onlyLink(block: Element, text: string): Element | null {
  const links = [...block.querySelectorAll('a[href]')];
  if (links.length !== 1) return null;
  const href = links[0].getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  return squashed(links[0]) === text ? links[0] : null;
}

/** A block that is one link to another page, of a headline's length, closing no sentence. */
function isHeadlineLink(block: Element): boolean {
  const text = squashed(block);
  if (!text || text.length > HEADLINE_MAX_CHARS || text.split(' ').length < HEADLINE_MIN_WORDS || closesSentence(text)) return false;
  // (a block holding paragraphs or items is read at those: a menu's branch, a card's wrapper)
  return onlyLink(block, text) !== null && !block.querySelector('p, li');
}

// (a label may end on a colon, "World News:"; not on a sentence's or a clause's mark)
function isLabel(el: Element): boolean {
  const text = squashed(el);
  return !!text && text.length <= LABEL_MAX_CHARS && text.split(' ').length <= LABEL_MAX_WORDS && !/[.;,…]["'”’)]?$/.test(text) && !el.querySelector('img, p p');
}

/** The element with words just before `el`, climbing out of wrappers that hold nothing else. */
function labelBefore(el: Element): Element | null {
  let at: Element | null = el;
  for (let level = 0; at && level <= WRAPPER_LEVELS; level++) {
    const prev = previousWorded(at);
    if (prev) return isLabel(prev) ? prev : null;
    at = at.parentElement;
  }
  return null;
}

// a label is taken only over a list (or a run) of this many headlines: one link alone under a
// short line may sit under the story's own subhead
const LABELLED_ITEMS = 2;

export function dropHeadlineLinks(root: Element): void {
  const blocks = [...root.querySelectorAll('li, p')].filter(isHeadlineLink);
  if (!blocks.length) return;
  const headlines = new Set(blocks);
  const labels: Element[] = [];
  // a run of linked paragraphs, one a line, takes its label as a list does
  for (const block of blocks) {
    if (block.localName !== 'p' || headlines.has(previousWorded(block) as Element)) continue;
    let run = 1;
    for (let next = nextWorded(block); next && headlines.has(next); next = nextWorded(next)) run++;
    const label = run >= LABELLED_ITEMS ? labelBefore(block) : null;
    if (label) labels.push(label);
  }
  const lists = new Map<Element, number>();
  for (const block of blocks) {
    const list = block.localName === 'li' ? block.parentElement : null;
    if (list) lists.set(list, (lists.get(list) ?? 0) + 1);
    block.replaceWith(gone(block));
  }
  for (const [list, items] of lists) {
    if (squashed(list)) continue;
    const label = items >= LABELLED_ITEMS ? labelBefore(list) : null;
    if (label) labels.push(label);
    list.replaceWith(...Array.from({ length: items }, () => gone(list)));
  }
  for (const label of labels) label.remove();
}

function previousWorded(el: Element): Element | null {
  let prev = el.previousElementSibling;
  while (prev && !squashed(prev)) prev = prev.previousElementSibling;
  return prev;
}
function nextWorded(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && !squashed(next)) next = next.nextElementSibling;
  return next;
}
