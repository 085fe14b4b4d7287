// The dek (standfirst, summary) printed above the story: the page's description, word for word,
// set as a heading or in a box the template names for it ('<h2 class="first-paragraph">',
// '<div class="single-excerpt"><h2>…'). It sums the story up rather than reporting it, so the
// text would open on the summary and then tell it again. A <p> carrying the same words stays: many
// sites copy their opening paragraph into the description, and that paragraph is the story's.
// Must not know about scoring, paragraphs or dates.

const DESCRIPTION = ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]'];
const DEK_CLASS = /(?:^|[\s_-])(?:dek|deck|standfirst|excerpt|summary|subtitle|sub-?headline|lede|intro|teaser|description)(?:$|[\s_-])/i;
// A description this short is a label ("News", "Home page"), not a summary of the story.
const MIN_DESCRIPTION = 40;

const squash = (s: string | null | undefined) =>
  (s ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Removes the headings and dek boxes whose text is one of the page's descriptions. */
export function dropDek(doc: Document): void {
  const descriptions = new Set<string>();
  for (const selector of DESCRIPTION) {
    for (const meta of Array.from(doc.querySelectorAll(selector))) {
      const text = squash(meta.getAttribute('content') ?? meta.getAttribute('value'));
      if (text.length >= MIN_DESCRIPTION) descriptions.add(text);
    }
  }
  if (!descriptions.size || !doc.body) return;
  for (const el of Array.from(doc.body.querySelectorAll('h2, h3, h4, h5, h6, div, span, section'))) {
    if (!el.isConnected) continue;
    const dekLike = /^h[2-6]$/.test(el.localName) || DEK_CLASS.test(el.getAttribute('class') ?? '');
    if (dekLike && !el.querySelector('p') && descriptions.has(squash(el.textContent))) el.remove();
  }
}
