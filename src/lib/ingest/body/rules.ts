// What in a news page is not the story, and which elements end a paragraph: tables only, read
// by prune.ts and paragraphs.ts. Must not know about parsing, scoring or metadata.

// Code and embedded objects: never prose a reader sees as the story. (A <title> is never
// shown either, even a stray one in the body, whose markup-looking text is only text.)
export const CODE_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'picture', 'title'];
// Page chrome, captions and forms. Dropped unless the box holds the headline: ASP.NET pages
// wrap the whole page in one <form>, and some templates put the story inside <header>.
export const CHROME_TAGS = ['nav', 'header', 'footer', 'aside', 'figure', 'figcaption', 'form', 'button', 'select', 'textarea', 'dialog', 'menu'];
export const SKIP_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|menu|form|alert|toolbar)$/i;
// class/id words CMSs give to comment threads, share bars, promos and "related" rails.
// A class word counts at the start of a class name or after one or two prefixes
// ("article-comments", "image-caption"), never after a state flag ("has-ads",
// "with-comments"): those sit on the container of the story itself. ("paywall" is not one:
// CMSs put it on the story's own paragraphs, the ones behind the wall.)
const classWords = (words: string) =>
  new RegExp(
    `(?:^|\\s)(?!(?:has|with|no|show|hide|is|enable|enabled|without)[-_])(?:[a-z0-9]+[-_]){0,2}(?:${words})(?:$|[\\s_-])`,
    'i',
  );
// Reader comments and the ad networks' recommendation widgets: dropped whatever they hold,
// since a long comment thread can outweigh a short story.
export const ALWAYS_SKIP_CLASS = classWords('comments?|comment-section|disqus|outbrain|taboola|cookie');
// Furniture by name, but a layout wrapper may carry the same word ("l-sidebar-fixed",
// "recirc-most-popular-wrapper" around the story): prune.ts keeps a box holding much prose.
// (A pull quote repeats a line of the story in large type: the story already has it.)
export const SKIP_CLASS = classWords(
  'share|sharing|social|related|newsletter|overlay|modal|popup|popover|tooltips?|lightbox|signup|promo|advert|advertisement|ad-slot|sidebar|breadcrumbs?|byline-share|subscribe|byline|dateline|author|timestamp|credits?|captions?|ads?|recommended|trending|most-read|popular|read-more|more-stories|tags|pull-?quotes?',
);
// An inline note shown on hover, inside a sentence ('the mid-'80s period of <span
// class="footnote">In the mid-1980s, DC published ...</span> influenced them'): an aside whose
// words would run into the sentence around it. A short one is a marker ("*1") and stays.
const INLINE_NOTE = /(?:^|\s)(?:footnote|tooltip|popover)(?:$|\s)/i;
export const isInlineNote = (el: Element) => el.localName === 'span' && INLINE_NOTE.test(el.getAttribute('class') ?? '') && (el.textContent ?? '').trim().length > 40;
// A caption or a picture credit by any spelling of its name: a class word the CMS ran into the
// words before it ("storyphotocaption", "imageCaption", "pictureCaption", "photocredit"), where
// SKIP_CLASS wants a separator. A caption says what a picture shows, and the day it was taken.
export const CAPTION_NAME = /caption|cutline|(?:photo|image|picture|img|pic)[-_]?credit/i;
// What the publisher's own print stylesheet leaves out of the printed story: "noprint",
// "no-print", "hidden-print", Bootstrap's "d-print-none". Rails, menus and promo columns carry it;
// a print of an article keeps the article. (Whole class names: "no-" is a state prefix above.)
export const PRINT_HIDDEN = /(?:^|\s)(?:noprint|no-print|hidden-print|print-hidden|print-hide|d-print-none|dont-print)(?:$|\s)/i;
// Elements that end a paragraph: everything else is inline and joins its neighbours.
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'br', 'hr', 'tr', 'td', 'th', 'table', 'dd', 'dt', 'dl', 'address',
  'body', 'summary', 'details', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav',
]);
// A paragraph break left in the text where the markup's break may not survive (readable.ts).
export const PARAGRAPH_MARK = '\u2029';
// Class words are not trusted on the page's outer containers: `<body class="has-comments">`
// must not hide the story.
export const CONTAINERS = new Set(['html', 'body', 'article', 'main']);
