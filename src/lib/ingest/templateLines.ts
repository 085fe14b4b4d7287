// The lines a news page's template prints around and inside the story that a reader skips:
// photo captions and credits, bylines and time stamps, "Read more" links, newsletter boxes,
// video players, share bars and comment counts. Each is a named rule over one paragraph or
// line of text, as news templates print them: short, formulaic, without the shape of a
// sentence of reporting. Read by the HTML story extraction (body/) and by the plain-text
// furniture spans of a pasted page (furniture.ts). Must not know about the DOM or about dates
// in the prose.

// Whole lines only (anchored, one alternation of literal-ish words, no nested quantifiers).
// Each entry is a label a CMS prints, not article prose: they are too short to be a sentence.
const FURNITURE_LINE = new RegExp(
  '^(?:' +
    [
      '\\d*\\s*comments?(?: \\(\\d+\\))?',
      '(?:show|view|load|hide|read) (?:all )?comments?',
      '(?:leave|post|add) a comment',
      'join the (?:conversation|discussion)',
      'please let us know if you.re having (?:issues|trouble|problems) with commenting\\.?',
      'comments? (?:are|have been) closed\\.?',
      'share(?: this(?: article| story| page)?)?(?: on [a-z]+)?:?',
      'share via .{0,40}',
      'related(?: articles| stories| coverage| content| topics)?:.{0,200}',
      'related(?: articles| stories| coverage| content| topics)?',
      '(?:read|see) (?:more|also):?.{0,200}',
      'more (?:from|on|stories from) .{1,60}',
      'sign up (?:for|to) .{0,80}newsletters?.{0,80}',
      '(?:subscribe|newsletter)\\b.{0,120}',
      'advertisement|sponsored(?: content)?|ad',
      'follow us on .{1,80}',
      '(?:copyright|\\u00a9) .{0,200}',
      'all rights reserved\\.?',
      'tags?: .{0,200}',
      'topics?: .{0,200}',
      // a tag list's label alone on its line, and the CMS's "Published under: TAGS"
      'tags|topics|categories|more about',
      '(?:published|filed|posted) (?:under|in): .{0,200}',
      // a registration wall: "Sign In or Create an Account", its "or" between two buttons
      '(?:sign in|log in|login|register)(?: or (?:create an? (?:free )?account|register|sign up|subscribe))?',
      'create an? (?:free )?account(?: or (?:sign|log) in)?',
      'or',
      // where an ad is set inside the story: "Article continues below", "Story continues after advertisement"
      '(?:article|story|content) continues (?:below|after (?:the |this )?(?:advertisement|ad))(?: this (?:ad|advertisement))?',
      'continue reading (?:below|after (?:the )?(?:advertisement|ad))',
      'click here .{0,120}',
      'print(?: this (?:article|page))?',
      'e-?mail(?: this (?:article|story|page)| (?:it )?to a friend)?',
      'back to top',
      // a long guide's own index: "Table of Contents", "In this article", "Jump to"
      'table of contents|in this (?:article|guide|story)|jump to(?: section)?',
      // an article's tools box, as old and new templates print it after the story: "Tools",
      // "E-mail this article", "Larger text | Smaller text", "Text size", "Multimedia", "Photo Gallery"
      '(?:article |story |page )?tools',
      '(?:(?:larger|smaller|bigger|increase|decrease|reset) (?:text|font)(?: size)?(?:\\s*[|/]\\s*)?){1,3}',
      '(?:text|font) size',
      'multimedia|photo galler(?:y|ies)|video galler(?:y|ies)',
    ].join('|') +
    ')$',
  'i',
);

/** A label a CMS prints on a line of its own ("COMMENTS", "Share this article", "Related: …"). */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 240 && FURNITURE_LINE.test(t);
}

// Template lines are short; a paragraph of reporting that merely starts with "By" is not.
const SHORT = 160;

// "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Photograph: Getty Images", "Credit: …",
// "File photo of the minister. (Reuters)": a caption ends in the agency that took the picture.
export function isCaptionCredit(p: string): boolean {
  if (AGENCY_PHOTO_TAIL.test(p)) return true;
  if (p.length > SHORT) return false;
  return (
    /^(?:\(|\/\s*)?(?:photo|photograph|image|picture|illustration|video|graphic|credit|source)s?(?:\s+(?:by|credit|courtesy))?\s*[:|/]/i.test(p) ||
    /^credit\.{2,}/i.test(p) ||
    // An image's file name printed where its caption goes ("flooded pier.jpg").
    /\.(?:jpe?g|png|gif|webp|avif)$/i.test(p) ||
    /^\(?(?:AP|AFP|Reuters|Getty|EPA|PA) (?:Photo|Images?)\b/i.test(p) ||
    /^(?:file )?(?:photo|picture|image)s? (?:of|shows?)\b.*\((?:[^()]{0,40}\/)?(?:AP|AFP|EPA|Reuters|Getty Images|PTI|IANS|ANI)\)$/i.test(p) ||
    /(?:\/|\bvia )(?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock|Bloomberg)\s*\)?\.?$/i.test(p) ||
    // "Jo Kett Studio | Moment | Getty Images": the photographer, the collection, the agency.
    /^[^|]{1,60}(?:\s\|\s[^|]{1,40}){0,2}\s\|\s(?:Getty Images|Reuters|AFP|AP|EPA|Shutterstock|Bloomberg|Alamy)$/i.test(p) ||
    // "Jessica Kourkounis for The New York Times": a photographer's name, "for", the outlet.
    /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+for\s+(?:the\s+)?\p{Lu}[\p{L}&' ]{1,40}$/u.test(p)
  );
}

// A caption of any length closes on the agency's photo credit: "... at the start of the 2024
// season, Tuesday, March 5, 2024. (AP Photo/Lena Stroud)". Reporting credits a wire at its
// dateline, never a photographer at its end.
const AGENCY_PHOTO_TAIL = /\((?:AP|AFP|EPA|PA|Reuters|Getty|CP|UPI) ?(?:Photo|Images?|Pic)(?:\s*\/\s*[^()\n]{1,60})?\)\.?$/i;

// "By Jane Doe and John Roe, CNN", "By JANE DOE | Associated Press", "Story by …", "By: Jane
// Doe, THE CANADIAN PRESS"; with the wire's stamp after it ("By JANE DOE, AP Business Writer 47
// minutes ago") or the day before it ("Jan 14 2008 by Jane Doe, Western Mail").
export function isByline(p: string): boolean {
  // (a full stop then a capital ends a sentence, unless it closes a middle initial: "Jane Q. Doe")
  if (p.length > 120 || /(?<!(?:^|\s)\p{Lu})[.!?]["”’]?\s+[A-Z]/u.test(p)) return false;
  p = p.replace(BYLINE_STAMP_AFTER, '').replace(BYLINE_DATE_AFTER, '');
  // (the day before "by" only when a name follows: "March 3 by the harbour wall, crews ..." is prose)
  const afterDay = p.replace(BYLINE_DAY_BEFORE, '');
  if (afterDay !== p && !/^by:?\s+\p{Lu}/u.test(afterDay)) return false;
  p = afterDay;
  return /^(?:(?:story|words|text|reporting|written)\s+)?by:?\s+[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&|\||–|—|-)\s*[\p{L}'’. -]{0,60})*$/iu.test(p);
}

// "Published 3:45 PM ET, Tue November 5, 2025", "Updated 3 hours ago", "PUBLISHED: … | UPDATED: …",
// "CNNMoney (New York) First published November 29, 2016: 3:33 AM ET", "December 19, 2016 | 7:08pm":
// a stamp says when the page was made, not something that happened.
export function isTimeStamp(p: string): boolean {
  if (p.length > SHORT || /\b(?:said|says|told)\b/i.test(p)) return false;
  if (STAMP_START.test(p) || (p.length <= 100 && STAMP_INSIDE.test(p))) return true;
  return /^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$/i.test(p) || LIVE_POST_STAMP.test(p) || isBareDate(p) || isSectionStamp(p);
}

// A live blog's post header: "21 mins ago11:48 Jo Kett" (the age, the clock, the writer).
const LIVE_POST_STAMP = /^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?)\s+ago\s*\d{1,2}:\d{2}(?:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})?$/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// ("47 minutes ago", "2 hours, 17 minutes ago", "Fri Dec 28, 6:46 AM ET")
const BYLINE_STAMP_AFTER = /\s+(?:(?:\d{1,2}\s+(?:hours?|hrs?|minutes?|mins?|days?),?\s*){1,2}ago|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)$/i;
const BYLINE_DAY_BEFORE = new RegExp(`^(?:[a-z]+,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})(?:,?\\s+\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?\\s+(?=by\\s)`, 'i');
const WEEKDAY = '(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?\\b';
// The stamp word, then a date or a time ("Updated 3 hours ago", "Posted on Tuesday, March 4").
const STAMP_START = new RegExp(`^(?:first\\s+)?(?:published|updated|posted|last\\s+(?:updated|modified)|modified)(?:\\s+online)?\\b:?\\s*(?:on\\s+|at\\s+)?(?:[a-z]+,?\\s+)?(?:${MONTH}|${WEEKDAY}|\\d|today|yesterday)`, 'i');
const STAMP_INSIDE = new RegExp(`\\b(?:first published|published|updated|posted)\\b:?\\s+(?:on\\s+)?(?:[a-z]+,?\\s+)?(?:${MONTH}|\\d)`, 'i');
const DAY = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const CLOCK = '\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?';
// (the time may come first, as Japanese and Korean sites print it: "17:41 JST, October 13, 2024")
const CLOCK_FIRST = '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?\\s*[,|·—-]?\\s+';
// A line that is only a date, maybe a weekday and a time: "Nov. 5, 2025 9:30 a.m. ET", "March 8".
// (and a wire's credit before it: "Associated Press - January 2, 2008 7:33 AM ET")
const BARE_DATE = new RegExp(`^(?:(?:the\\s+)?(?:associated press|canadian press|press association|reuters|afp)\\s*[-–—|]\\s*)?(?:${CLOCK_FIRST})?(?:[a-z]+,?\\s+)?${DAY}(?:\\s*(?:,|\\||·|—|-|at)?\\s*${CLOCK})?\\.?$`, 'i');
// A byline's stamp after a dash, a bar or a comma: "By Jane Doe - Tue, 03/04/2008 - 9:15am.",
// "By Jo Kett -- Harbour Trade Weekly, 3/16/2009"
const BYLINE_DATE_AFTER = new RegExp(`(?:\\s+[-–—|]|,)\\s+(?:${WEEKDAY},?\\s+)?${DAY}(?:\\s*[-–—|,]?\\s*${CLOCK})?\\.?$`, 'i');
// A kicker of the section and the day, as magazines print it over the headline: "Politics /
// January 11, 2024", "World | March 3, 2025".
const SECTION_STAMP = /^\p{Lu}[\p{L}&' -]{1,30}\s+[/|]\s+(.+)$/u;
function isSectionStamp(p: string): boolean {
  const m = p.length <= 60 ? SECTION_STAMP.exec(p) : null;
  return m !== null && isBareDate(m[1]);
}
function isBareDate(p: string): boolean {
  return p.length <= 60 && BARE_DATE.test(p);
}

// The line an embedded tweet signs off with: "— Jane Doe (@janedoe) April 15, 2019". The
// embed prints it under every tweet; it dates the tweet, not anything the story reports.
export function isTweetSignature(p: string): boolean {
  return p.length <= 160 && /^[—–-]\s*[^()]{1,80}\(@\w{1,20}\)\s+(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})$/i.test(p);
}

// A video player's chrome: CNN's "JUST WATCHED / Replay / More Videos …", "Now playing", a
// duration, "Video Ad Feedback", "02:15 - Source: CNN".
export function isVideoPlayer(p: string): boolean {
  if (p.length > SHORT) return false;
  return (
    /^(?:(?:we apologize|we're sorry|sorry)[,.]? )?this video (?:has expired|is no longer available|is not available|is unavailable)\b.{0,60}$/i.test(p) ||
    /^(?:just watched|must watch|replay|more videos\b.*|now playing|up next|video ad feedback|watch(?: now| more| video| live)?|watch(?: now| more| video| live)?\s*[:|–—-]\s*.{1,100}|play video|video duration\b.*|\d{1,2}:\d{2}(?:\s*-\s*source:.*)?)$/i.test(p)
  );
}

const SOCIAL = /^(?:share|tweet|facebook|twitter|x|email|e-mail|mail|print|whatsapp|linkedin|pinterest|reddit|copy(?: link)?|copy article link|save|messenger|flipboard|gift(?: this)? article|comments?|share (?:this|on|via)\b.*)$/i;
// A share bar: every word of the line is a network or an action ("Share Facebook Twitter Email").
export function isShareBar(p: string): boolean {
  if (p.length > 100) return false;
  const parts = p.split(/\s*[|•·,/]\s*|\s{2,}|\s+(?=(?:facebook|twitter|email|whatsapp|linkedin|pinterest|reddit|print)\b)/i).filter(Boolean);
  return parts.length > 0 && parts.every((w) => SOCIAL.test(w.trim()));
}

// "Sign up for our daily newsletter", "Enter your email address", "Subscribe to …".
export function isNewsletterBox(p: string): boolean {
  if (p.length > SHORT) return false;
  return (
    /^(?:sign up|subscribe\b|get (?:our|the) .{0,60}newsletter|enter your email|your email address|thank you for signing up|newsletter\b)/i.test(p) ||
    // a box's name, then its pitch: "Morning Brief: Sign up for the weekly politics newsletter ..."
    /^[^:.!?]{1,40}:\s*(?:sign up|subscribe)\b[^.!?]{0,80}\bnewsletter\b/i.test(p) ||
    // "Get daily Harbor news", "Get the latest election news to your phone": a signup box's title
    /^get (?:the |our |your )?(?:daily|weekly|breaking|latest|top)\b[^.!?]{0,60}\b(?:news|headlines|updates|stories)\b[^.!?]{0,60}$/i.test(p) ||
    // "... delivered to your inbox so you'll never miss ...": the box's pitch, addressed to the reader
    /\b(?:delivered|sent|straight|direct(?:ly)?|right) to your (?:inbox|phone)\b/i.test(p)
  );
}

// The outlet pitching its own newsletter inside a paragraph ("Want more from Sam? Sign up for
// his newsletter."), in English, French, German, Spanish or Italian ("Cet
// article est paru dans notre newsletter … vous pouvez vous inscrire"): "our newsletter" (not
// a newsletter the story is about) and a verb of signing up.
// (up to two words between: "our free weekly newsletter")
const OWN_NEWSLETTER = /\b(?:our|his|her|this|notre|cette|unser(?:en)?|diese[nm]?|nuestr[oa]|est[ae]|la nostra|questa)\s+(?:\S+\s+){0,2}newsletter/i;
export function isNewsletterPitch(p: string): boolean {
  return p.length <= 400 && OWN_NEWSLETTER.test(p) && /\b(?:sign(?:ing)? up|subscri|inscri|abonn|anmeld|suscrib|iscriv)/i.test(p);
}

// The outlet asking for tips or pointing at its channels, after the story: "Got a story? Get in
// touch with our news team by emailing us at …", "Follow the Gazette on Twitter and Facebook for
// the latest news", "For more stories like this, check our news page." Said to the reader about
// the outlet, never reporting.
const TIP_BOX = /^(?:got|have you got|do you have|have) a (?:story|news tip|tip)(?: to (?:tell|share))?(?: for (?:us|[\p{L}.' ]{1,30}))?\?\s.{0,200}(?:e-?mail|contact|get in touch|send|submit|call)/iu;
const FOLLOW_US = /^follow (?:us|[\p{Lu}][\p{L}.&'’ -]{0,40}) on (?:twitter|x|facebook|instagram|tiktok|threads|bluesky|linkedin|whatsapp|youtube|google news|apple news|flipboard)\b/iu;
// "Get in touch with our news team by emailing ...", "Our Standards: The Trust Principles.", "Ad
// block users: some features may not work ...", "Stay informed with the Gazette ... for only $8 a
// month": the outlet's word to the reader about itself, its rules and its price.
const OUTLET_NOTE = /^(?:get in touch with (?:our|the) (?:news ?team|news ?desk|newsroom|editors?)\b|our (?:editorial )?standards\s*:|ad ?block(?:er)?s? (?:users?|detected)\b|we want to hear from you\b)/i;
// The outlet's notes on the page itself: "This is a breaking news story - more to follow", "This
// story is developing and will be updated"; a shop page's disclosure ("This article contains
// affiliate links ...", "If you buy something using links in our stories, we may earn a commission").
const PAGE_NOTE = /^this (?:is an? )?(?:breaking|developing) (?:news? )?(?:story|article)(?:[\s,;:–—-]+(?:and |which |that )?(?:(?:it )?will be updated|is being updated|more (?:to follow|soon)|check back\b[^.!?]{0,30}|(?:please )?refresh\b[^.!?]{0,30}|updates? (?:to follow|will follow))[^.!?]{0,20})?\s*[.!]?$|^this (?:story|article) is (?:developing|breaking|being updated)(?: and will be updated)?\s*[.!]?$/i;
const AFFILIATE_NOTE = /\b(?:this (?:article|page|story|post|guide) (?:contains|includes|may contain) affiliate links?|(?:we|the publisher) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|share of (?:the )?(?:sales|revenue)|affiliate commission))\b/i;
const PRICE_PITCH = /\bfor (?:only|just) \S{1,12} (?:a|per) (?:day|week|month|year)\b/i;
const FOR_JOURNALISM = /\b(?:journalism|subscri\w*|reporting|membership|support us)\b/i;
const MORE_LIKE_THIS = /^for (?:more|the latest) (?:stories|news|articles|updates)?.{0,40},? (?:check|visit|see|head to|go to|read) (?:out )?(?:our|the) .{0,40}(?:page|site|section|website)\.?$/i;
// A sponsor's call to action closing a service piece: "If you're looking for a walking holiday in
// 2027, enquire with Hilltop Tours today." The reader is told whom to contact or where to book,
// now; the dates are the offer's. Reporting of an offer says who offers it ("The firm urged
// customers to book now") and addresses no one.
const SPONSOR_CALL = /^if you(?:['’]?re| are) (?:looking|planning|hoping|thinking|interested)\b[^.!?]{0,120}?,\s*(?:enquire|inquire|contact|call|book|get in touch|speak)\b[^.!?]{0,80}\b(?:today|now)\s*[.!]?$/i;
export function isOutletPitch(p: string): boolean {
  return p.length <= 400 && (TIP_BOX.test(p) || SPONSOR_CALL.test(p) || FOLLOW_US.test(p) || MORE_LIKE_THIS.test(p) || OUTLET_NOTE.test(p) || PAGE_NOTE.test(p) || AFFILIATE_NOTE.test(p) || (PRICE_PITCH.test(p) && FOR_JOURNALISM.test(p)));
}

// "42 Comments", "Comments (12)", "View 3 comments", "Join the conversation".
export function isCommentCount(p: string): boolean {
  return p.length <= 60 && /^(?:(?:view|show|read|see)\s+(?:all\s+)?)?\d*\s*comments?(?:\s*\(\d+\))?$|^join the (?:conversation|discussion)$/i.test(p);
}

// "Read more: …", "RELATED: …", "ALSO READ: …", "Recommended": a link to another story.
// The same link labels as German, French, Spanish, Italian and Dutch outlets print them.
const READ_MORE = new RegExp(
  '^(?:(?:read|see|watch) (?:more|also)\\b|also read\\b|more from\\b|(?:read|up) next\\s*:|(?:related|recommended|more on this story|most read|trending)(?:\\s+(?:videos?|stories|articles|for you))?\\s*(?:[:|–—-]|$)|most (?:read|popular|viewed) in [\\p{L} ]{1,25}$|current issue$' +
    '|mehr (?:zum thema|artikel|dazu|lesen)\\b|lesen sie (?:auch|mehr)\\b|(?:à )?lire aussi\\b|(?:lee|leer) (?:también|más)\\b' +
    '|leggi (?:anche|tutto)\\b|lees ook\\b|meer (?:lezen|over)\\b)',
  'iu',
);
// "MORE : The harbor master on a year of storms": a headline after the label, capitalised.
const MORE_LABEL = /^(?:more|More|MORE)\s*:\s*[\p{Lu}\d‘'"“]/u;
export function isReadMore(p: string): boolean {
  if (p.length > 240) return false;
  return READ_MORE.test(p) || MORE_LABEL.test(p) || isFurnitureLine(p);
}

// The heading of a rail of other stories that templates print after the story ("Popular
// Stories", "Most Read", "More from Politics", "You may also like"). Everything after it is
// teasers: a headline, a stamp and a blurb each, which no per-line rule would catch.
const RAIL_HEADING =
  /^(?:popular|most (?:read|popular|viewed|shared|commented)|related (?:stories|articles|news|coverage|content|posts)|recommended(?: (?:stories|for you|reading))?|trending(?: (?:now|stories|news))?|more (?:stories|news|from|on|in)\b.{0,40}|you (?:may|might) (?:also )?(?:like|be interested in)|read next|up next|latest (?:news|stories|headlines)|editors?'?s? picks|top stories|what to read next|don'?t miss|about the (?:authors?|writers?|reporters?|contributors?))(?: stories| articles| news)?:?$/i;
export function isRailHeading(p: string): boolean {
  return p.length <= 60 && RAIL_HEADING.test(p);
}

// A section's label over a list of links, in a few words ending in what the list holds: "World
// News:", "Breaking Forex News", "More Business Headlines". Reporting has subheads too ("Other
// news"), so the label alone is not a rail: body/ wants the headlines after it as well.
export function isNewsLabel(p: string): boolean {
  return p.length <= 40 && /^(?:[\p{L}&'’.-]+\s+){0,3}(?:news|stories|headlines|reports|articles|links|coverage)\s*:?$/iu.test(p);
}

// The heading a comment system prints above its thread: "Comments", "Have your say", "Comments
// are now closed for this story", "Post a comment", "Reader comments (12)". What follows it is
// readers' words, never the story's.
const COMMENT_HEADING =
  /^(?:(?:\d+\s+)?(?:readers?'?s?'?\s+|your\s+|user\s+|latest\s+)?comments?(?:\s*\(\d+\))?|have your say|(?:post|leave|add|write|submit)\s+(?:a|your)\s+(?:comment|reply)|comments?\s+(?:are|is|have been)\s+(?:now\s+)?closed(?:\s+(?:for|on)\s+this\s+(?:story|article|entry|post|page))?|readers'?\s+views|your views|discuss this (?:story|article))\s*[:.!]?$/i;
export function isCommentHeading(p: string): boolean {
  return p.length <= 60 && COMMENT_HEADING.test(p);
}

// The line a comment system signs each comment with: "Posted by Dana on March 6, 2024 2:09 PM",
// "Posted by: Jo, Harbor on 1:19pm Thu 7 Mar 24", "Report this comment". A story's own byline
// is one line; a thread prints one under (or over) every comment.
const COMMENT_SIGNATURE = new RegExp(
  `^(?:posted by:?\\s+[^\\n]{1,60}?\\s+(?:on|at)\\s+(?:[a-z]+,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{2,4}|\\d{1,2}[:.]\\d{2}\\s*[ap]\\.?m\\.?\\s+(?:[a-z]{3}\\s+)?\\d{1,2}\\s+${MONTH}\\s+\\d{2,4})[^\\n]{0,30}|report (?:this )?(?:comment|abuse|post))$`,
  'i',
);
export function isCommentSignature(p: string): boolean {
  return p.length <= 160 && COMMENT_SIGNATURE.test(p);
}

// The outlet's word on its readers' comments, printed over or under every comment box: "All
// readers' comments are posted immediately, but will be monitored for inappropriate content",
// "Comments are moderated and may take a while to appear", "We reserve the right to remove any
// comment", "Our community members are treated to special offers ... from us and our partners".
// Whose comments (the readers', yours, ours) or an opening "Comments are/will be ..." tells it from
// reporting on a platform's moderation ("The site removed 40 posts that broke its rules").
const COMMENT_POLICY = [
  /^(?:all |any )?(?:readers?['’]?s?['’]?|your|user|our|visitors?['’]?) (?:comments?|posts?|contributions?|submissions?)\b.{0,120}?\b(?:posted|moderat\w*|monitored|reviewed|approved|checked|removed|deleted|published)\b/i,
  /^comments? (?:are|is|will be|may be|must be)\b.{0,30}?\b(?:moderated|pre-?moderated|monitored|reviewed|approved|subject to (?:moderation|approval|our)|checked)\b/i,
  /^we reserve the right to (?:remove|delete|edit|moderate|refuse)\b.{0,40}\b(?:comments?|posts?|contributions?|submissions?)\b/i,
  /^our (?:community |club |loyal )?members are (?:treated|offered|entitled|sent)\b.{0,60}\b(?:offers|promotions|adverts|discounts|deals)\b/i,
];
export function isCommentPolicy(p: string): boolean {
  return p.length <= 300 && COMMENT_POLICY.some((re) => re.test(p));
}

const RULES = [isCaptionCredit, isByline, isTimeStamp, isTweetSignature, isVideoPlayer, isShareBar, isNewsletterBox, isNewsletterPitch, isOutletPitch, isCommentPolicy, isCommentCount, isReadMore];

/** True when a paragraph is template furniture by any rule above. */
export function isNewsFurniture(paragraph: string): boolean {
  return RULES.some((rule) => rule(paragraph));
}
