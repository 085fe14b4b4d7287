// Where on a page an element sits: in the story's header, or in furniture (comments,
// sidebars, "related" lists, teasers, page footers) whose dates belong to other posts.
// Must not know about dates or titles: it answers questions about elements' places.

// Class and id words that name furniture on news sites. Matched as whole words or
// hyphen/underscore parts ("c-related-list", "comment_body"), never inside other words.
// Layout words ("rail", "nav", "teaser") are left out: wrappers such as "layout-with-rail"
// or "nav-padding" hold the story itself; <nav> and role=navigation say it better.
const FURNITURE =
  /(?:^|[\s_-])(?:comments?|commentlist|replies|reply|sidebar|side-bar|related|recommended|recirc|more-stories|most-read|mostread|most-popular|popular|trending|teasers|promo|newsletter|outbrain|taboola|widget|footer|breadcrumbs?|navigation|menu|ticker|latest-news|read-more|readmore|also-read|next-article|prev-article|pagination)(?:$|[\s_-])/i;
const FURNITURE_TAGS = new Set(['nav', 'form', 'noscript', 'template', 'select', 'option']);
const FURNITURE_ROLES = /^(?:complementary|navigation|contentinfo|comment|search)$/i;
// Deep enough for any CMS's wrappers, bounded so a pathological page costs little.
const MAX_DEPTH = 60;

/**
 * An ASP.NET page wraps its whole body in one <form> (WebForms posts the page back): that form
 * is the page, not a form on it. Judged by text: it holds most of what the body says.
 */
export function wrapsPage(form: Element): boolean {
  const page = form.ownerDocument?.body?.textContent?.length ?? 0;
  return page > 0 && (form.textContent?.length ?? 0) > page / 2;
}
// inFurniture climbs from every candidate element: the verdict on a page's few forms is kept
const pageForms = new WeakMap<Element, boolean>();
function isPageForm(form: Element): boolean {
  let verdict = pageForms.get(form);
  if (verdict === undefined) pageForms.set(form, (verdict = wrapsPage(form)));
  return verdict;
}

function words(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** Whether the element sits in comments, a sidebar, a related list, a teaser or a footer. */
export function inFurniture(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'body' || tag === 'html') return false;
    if (tag === 'footer' || tag === 'aside') {
      // An article's own footer or side column holds its byline and dateline on some CMSs;
      // the page's footer and sidebar do not.
      if (!node.parentElement?.closest('article')) return true;
      continue;
    }
    if (tag === 'form' && isPageForm(node)) continue;
    if (FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.test(node.getAttribute('role') ?? '')) return true;
    if (tag !== 'article' && tag !== 'main' && FURNITURE.test(words(node))) return true;
  }
  return false;
}

/** Normalised visible text of an element, at most `max` characters. */
export function textOf(el: Element, max = 2000): string {
  return (el.textContent ?? '').slice(0, max * 4).replace(/[\s\u00a0]+/g, ' ').trim().slice(0, max);
}

/**
 * The page's headline element: the first h1 outside furniture that says something, else the
 * only h1 (some CMSs print the headline as the breadcrumb trail's last item).
 */
export function headlineElement(doc: Document): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 20).filter((h) => textOf(h, 400).length >= 3);
  return h1s.find((h) => !inFurniture(h)) ?? (h1s.length === 1 ? h1s[0] : null);
}

/**
 * The story's header: the nearest ancestor of the headline that holds a little more than it
 * (the byline and dateline sit beside the h1), climbing at most a few levels.
 */
export function storyHeader(headline: Element, maxText = 1500): Element[] {
  const out: Element[] = [];
  let node: Element | null = headline.parentElement;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'html') break;
    out.push(node);
    if ((node.textContent ?? '').length > maxText) break;
  }
  return out;
}

// Text that is code or a fallback, never shown as the page's words
const CODE = new Set(['script', 'style', 'noscript', 'template']);

/** The visible text of the page outside furniture, in reading order, at most `max` characters. */
export function visibleText(doc: Document, max: number): string {
  if (!doc.body) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let lastBox: Element | null = null;
  let lastInFurniture = false;
  for (let node = walker.nextNode(); node && length < max; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
    if (!text.trim()) continue;
    const box = node.parentElement;
    if (box && CODE.has(box.localName)) continue;
    // many text nodes share a box: ask once
    if (box !== lastBox) [lastBox, lastInFurniture] = [box, box ? inFurniture(box) : false];
    if (lastInFurniture) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, max);
}
