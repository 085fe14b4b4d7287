// Page furniture left at the start of a label once its dates are gone: a wire copy's header, a
// bullet, a photo credit, what is left of a live page's update stamp, a page's clock line. Pages
// run these into the text they save; none is ever the gist. Must not know about dates or clauses.

// A wire copy's header, bullet and a picture's credit run in before the news: "NEW ORLEANS | Mon
// NEW ORLEANS (Reuters) - Sal Sunseri's company ...", "UPDATE 3-Dutch marines ...", "* Gaddafi
// and his family can stay", "Photograph: Gerald Herbert/AP Shares in BP plunged". (The wire
// dateline left after it is the label's own DATELINE's to drop.)
// ("Sun May 30, 2010 3:40pm EDT (Reuters) - With ...": its date dropped, the weekday and dash stay)
export const LEADING_WIRE_HEADER = /^(?:[*•·▪]\s+|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:\([A-Z][A-Za-z]+\)\s*)?[-–—]+\s+|[A-Z][A-Z/ .'’-]{1,40}\|\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?|UPDATE\s+\d+\s*-\s*|(?:Photograph|Photo|Picture)\s*:\s*[^/\n]{1,40}\/\S+\s+)/;

// What is left of a live page's stamp before the news: "(Update Cairo, ) -- Police ...",
// "(0140 local)) The minister ...", ") Residents say ..." (its times are dropped as dates; a
// sentence split inside it leaves a bracket). A leading bracket is never the gist.
const LEADING_BRACKET = /^(?:\((?:[^()]|\([^()]*\))*\)+|\)+)\s*(?:[-—–]+\s*)?(?=[“"]?\p{Lu})/u;

// A page's clock line once its times are gone, with the headline run in before it: "Page last
// updated at , , UK Meet ...", "BP shares rise Last updated at GMT Help Shares in BP opened
// higher", "Saturday 00.37 BST George Bush intervened". ("The ministry last updated its figures"
// is news: no clock words follow.)
const LEADING_CLOCK_LINE =
  /^(?:[^.!?]{0,120}?\s)?(?:(?:page\s+)?last\s+updated(?:\s+(?:at|on))?\b[\s,.:]*(?:(?:GMT|BST|UTC|UK|ET|Help)\b[\s,.:]*)+|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?\d{1,2}[.:]\d\d\s*(?:BST|GMT|UTC|CET|CEST|EDT|EST)\s+)/i;

// A transcript's speaker and a newsletter's kicker, in capitals before a colon or a dash ("THE
// FIRST LADY: Celebrating ...", "TRUMP SPAC — Our reporter writes ..."), and a newsletter's
// credit before the quote it runs ("WSJ’s Nick Timiraos: “A senior official ..."): who speaks
// or which item it is, never what happened.
const LEADING_KICKER = /^(?:[A-Z][A-Z0-9&.'’-]+(?:\s+[A-Z][A-Z0-9&.'’-]*){0,5}\s*(?::|[—–]|--)\s+)+/;
const CREDIT_BEFORE_QUOTE = /^(?:\p{Lu}[\p{L}’'.]*\s+){1,4}\p{Lu}[\p{L}’'.-]*:\s+[“"](?=\p{Lu})/u;

/** `s` without a stamp's remains, a clock line, a speaker's or a kicker's capitals at its start. */
export const withoutLeadingFurniture = (s: string): string =>
  s.replace(LEADING_BRACKET, '').replace(LEADING_CLOCK_LINE, '').replace(LEADING_KICKER, '').replace(CREDIT_BEFORE_QUOTE, '');
