// Who speaks a quote. News quotes a person and attributes the quote in the same paragraph:
// after it ("“...,” Smith said", "“...,” said Smith", "“...,” according to Smith") or before it
// ("Smith said: “...”"). Inside the quote "I" and "we" are that speaker, so a label lifted from
// the quote names the speaker instead ("“I met him in May,” Smith said" -> "Smith met him").
// Must not know about dates or how labels are cut.

const CLOSE = /[”"]/;
const SAYING = '(?:said|says|told\\s+\\S+|wrote|writes|added|adds|continued|explained|stated|posted|tweeted|recalled|insisted|warned)';
// "US President Donald Trump" is named "Donald Trump": the title and what qualifies it go.
const TITLE = /^.*\b(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Gen|Prof|Rev|President|Minister|PM|Secretary|Chancellor|Governor|Senator|Mayor|Chairman|Chairwoman|CEO|Director|Spokesperson|Spokesman|Spokeswoman|Officer|Executive|Commander|Prosecutor)\.?\s+(?=\S)/;
// A name: a run of capitalised words ("Geng Shuang", "Mr Trump"), or he/she (resolved by the caller).
// ("Nasir al-Hamdi", "Ahmed bin-Saleh": a name's particle is written in lower case)
const NAME_WORD = "(?:(?:al|el|bin|ibn|abu|ben|de|van|von|da|di|du)-)?[A-Z][\\w'’-]*";
const NAME = `((?:(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep)\\.?\\s+)?(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}|[Hh]e|[Ss]he)`;
const ROLE = /\b(?:President|Minister|PM|Secretary|Chancellor|Governor|Senator|Mayor|Chairman|Chairwoman|CEO|Director|Spokesperson|Spokesman|Spokeswoman)$/;
// Words that open a sentence or stand for a thing, never a speaker's name.
const NOT_A_NAME = /^(?:It|This|That|They|We|I|The|A|An|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// A role may stand before the name: "“...,” foreign ministry spokesperson Geng Shuang said".
// "“...,” rebel commander Nasir Hamdi, a former police colonel, told Reuters": who the speaker is
// may stand between the name and the saying, between commas.
const WHO = `(?:,\\s+(?:a|an|the)\\s[^,;“”"]{2,120},)?`;
const AFTER = new RegExp(`^[,.!?…]*\\s*(?:(?:[\\w'’-]+\\s+){0,4}?${NAME}${WHO}\\s+${SAYING}\\b|(?:said|says|added|wrote)\\s+${NAME}|according\\s+to\\s+${NAME})`);
// ("Trump said the following. “Well, I get it ...", "Cheney had this to say: “...": a quote announced)
// (not after a plain "Smith said.": the quote after it may close on another speaker's name)
// ("Ana Ruiz, editor of the Leeds Star, said last night: “...": before a colon the saying may
// name its time, channel or audience, and who the speaker is may stand between commas without an
// article)
const ROLE_ASIDE = `(?:,\\s+(?:(?:a|an|the)\\s|[a-z]+(?:\\s+[a-z]+)?\\s+(?:of|for|at)\\s)[^,;“”"]{2,120},)?`;
// (its time or channel: lower-case words, or a preposition before a capital, "on Monday", "to CNN";
// never a second saying, "Ann Lee said Ben Cole told her:")
const COLON_CHANNEL = "(?:\\s+(?!(?:said|says|told|tells|added|announced|declared|wrote|writes)\\b)[a-z\\d’'-]+|\\s+(?:on|in|at|to|from)\\s+(?:the\\s+)?[A-Z][\\w’'-]*){0,4}";
const BEFORE = new RegExp(`${NAME}${ROLE_ASIDE},?\\s+(?:${SAYING}${COLON_CHANNEL}\\s*:|${SAYING}[,:]?|(?:${SAYING}\\s+(?:the\\s+following|this|as\\s+follows)|had\\s+this\\s+to\\s+say)[,:.]?)\\s*$`);
// (a paragraph that closes on "..., Smith told Reuters." attributes its own quote, announcing none)
const ANNOUNCED = new RegExp(`${NAME},?\\s+(?:${SAYING}\\s*:|(?:${SAYING}\\s+(?:the\\s+following|this|as\\s+follows)|had\\s+this\\s+to\\s+say)[,:.]?)\\s*$`);
const SAID_BEFORE = new RegExp(`[”"]\\s*,?\\s*(?:${NAME}${WHO}\\s+${SAYING}|(?:said|says)\\s+${NAME})[^.!?“”"]{0,60}\\.\\s*$`);
const ANY = new RegExp(`[”"][,]?\\s*(?:(?:[\\w'’-]+\\s+){0,4}?${NAME}${WHO}\\s+${SAYING}\\b|(?:said|says)\\s+${NAME})`, 'g');

/** Whether `s` (a paragraph up to some point) leaves a quotation open: more curly opening marks
 *  than closing ones, or an odd number of straight ones. */
export function leavesQuoteOpen(s: string): boolean {
  return (s.match(/“/g)?.length ?? 0) > (s.match(/”/g)?.length ?? 0) || (s.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The paragraph around `at`: news attributes a quote within its paragraph. */
function paragraph(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/** The speaker of the quote `at` lies in ("Smith", or "he"/"she" for the caller to resolve), else null. */
export function quoteSpeaker(text: string, at: number): string | null {
  if (/[“"]/.test(text.charAt(at))) at += 1; // the sentence may open on the quote mark
  const [start, end] = paragraph(text, at);
  const before = text.slice(start, at);
  if (!leavesQuoteOpen(before)) return continuedSpeaker(text, start, at, end);
  const openAt = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  const lead = before.slice(0, Math.max(0, openAt));
  // ("Trump said the following. ¶ “Well, ...": a quote that opens its paragraph may be announced
  // at the end of the paragraph before)
  const spoken = BEFORE.exec(lead) ?? (!lead.trim() && start > 0 ? ANNOUNCED.exec(text.slice(Math.max(0, start - 200), start).trimEnd()) : null);
  if (spoken) return plain(spoken[1]);
  const rest = text.slice(at, end);
  const close = CLOSE.exec(rest);
  const m = close && AFTER.exec(rest.slice(close.index + 1));
  const name = m && (m[1] ?? m[2] ?? m[3]);
  if (name && plain(name)) return plain(name);
  // ("“I have felt so bad,” she said. “I had to take it out ...”": a quote that follows one
  // attributed in its own paragraph, with no attribution of its own, goes on in the same voice)
  const said = !name ? SAID_BEFORE.exec(lead) : null;
  const same = said && plain(said[1] ?? said[2]);
  if (same) return same;
  // "“We ran out of patience. ¶ The airport is full,” he says": a quote left open at its
  // paragraph's end is attributed where it closes, a few paragraphs on
  if (!close && !name) {
    const next = closingAttribution(text, end);
    if (next) return plain(next);
  }
  // "“...,” Smith said. ¶ “And then ...”": a quote paragraph with no attribution of its own goes on
  // quoting the speaker of the paragraph before (a reporter names a new speaker).
  // "“...,” the president said" names by role the one the reporter named before.
  return /^[“"]/.test(text.slice(start, at)) || name ? previousSpeaker(text, start) : null;
}

// "NATO's spokeswoman said: “The facts speak for themselves. ¶ We have flown 851 sorties.”": a
// paragraph with no quote mark before the sentence whose first mark closes a quote goes on with a
// quote opened in a paragraph before (a page, or a corpus, that breaks every sentence onto a line
// of its own breaks quotes too); its speaker is named after the closing mark or where the quote
// opened, at most a few paragraphs back.
const CONTINUED_LINES = 4;
function continuedSpeaker(text: string, start: number, at: number, end: number): string | null {
  if (/[“”"]/.test(text.slice(start, at))) return null;
  const rest = text.slice(at, end);
  const mark = /[“”"]/.exec(rest);
  if (!mark || !closes(rest, mark.index)) return null;
  const after = AFTER.exec(rest.slice(mark.index + 1));
  const named = after && (after[1] ?? after[2] ?? after[3]);
  if (named) return plain(named);
  let to = start;
  for (let k = 0; k < CONTINUED_LINES && to > 0; k++) {
    const lineEnd = text.slice(0, to).replace(/\s+$/, '').length;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    // (the paragraph that opened the quote names its speaker as any quote's)
    if (leavesQuoteOpen(line)) return quoteSpeaker(text, lineStart + Math.max(line.lastIndexOf('“'), line.lastIndexOf('"')) + 1);
    if (/[“”"]/.test(line)) return null;
    to = lineStart;
  }
  return null;
}

/** The speaker named in the last attribution of the few quote paragraphs before `at`'s ("“...,”
 *  said Ann Lee. ¶ “...,” she added": the "she" who goes on is Ann Lee), else null. */
export function lastNamedSpeaker(text: string, at: number): string | null {
  let to = text.lastIndexOf('\n', at - 1) + 1;
  for (let k = 0; k < CONTINUED_LINES && to > 0; k++) {
    const lineEnd = text.slice(0, to).replace(/\s+$/, '').length;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    // (only back through the quote's own paragraphs: a paragraph of narrative names others)
    if (!/[“”"]/.test(line)) return null;
    const found = [...line.matchAll(ANY)].at(-1);
    const name = (found && plain(found[1] ?? found[2])) ?? openingSpeaker(line);
    if (name && !/^(?:he|she)$/i.test(name)) return name;
    to = lineStart;
  }
  return null;
}

function closingAttribution(text: string, from: number): string | null {
  for (let k = 0; k < CONTINUED_LINES && from < text.length; k++) {
    const lineStart = from + (/^\s*/.exec(text.slice(from))![0].length);
    const [, lineEnd] = paragraph(text, lineStart);
    // (a quote run on over paragraphs opens each of them again: "“We ran out of fuel. ¶ “The
    // road is closed,” Ivo Marek said.")
    const line = text.slice(lineStart, lineEnd).replace(/^[“"]/, ' ');
    const mark = /[“”"]/.exec(line);
    if (mark && !closes(line, mark.index)) return null;
    if (mark) {
      const m = AFTER.exec(line.slice(mark.index + 1));
      return m && (m[1] ?? m[2] ?? m[3]);
    }
    from = lineEnd;
  }
  return null;
}

/** Whether the quote mark at `i` of `s` closes a quote: a curly closing mark, or a straight one
 *  written after a word or its punctuation and before a space, a comma or the end. */
function closes(s: string, i: number): boolean {
  if (s[i] === '”') return true;
  if (s[i] === '“') return false;
  return i > 0 && /\S/.test(s[i - 1]) && /^(?:\s|[,.;:)]|$)/.test(s.slice(i + 1, i + 2));
}

// "She said: “I've always enjoyed spicy food ... ¶ “I first went to hospital at 4pm ...”": a
// quote run on over paragraphs leaves the first one unclosed; its speaker, named before its
// opening mark, speaks the next paragraph too.
// ("Ines Roa, who flew in with the charity, said: “...": who the speaker is may stand between
// commas, as it does before any saying)
const OPENED_BY = new RegExp(`${NAME}(?:,\\s+[^,;.“”"]{2,120},)?,?\\s+${SAYING}[,:]?\\s*[“"]`);

function previousSpeaker(text: string, start: number): string | null {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const from = before.lastIndexOf('\n') + 1;
  const previous = before.slice(from);
  const found = [...previous.matchAll(ANY)].at(-1);
  const name = found && (found[1] ?? found[2]);
  if (name) return plain(name);
  if (leavesQuoteOpen(previous)) return openingSpeaker(previous);
  // "Mark Lee, Richmond, Va. ¶ “I met the family in 2014 ...”": a vox pop or a testimonial
  // names its speaker on a line of their own above the quote (with a place, an age or a role)
  const credit = CREDIT_LINE.exec(previous.trim());
  return credit ? plain(credit[1] ?? credit[2]) : null;
}

// (a line of capitalised words alone may be a heading, "Water Rights": the name needs its
// qualifier after a comma, or a "by" before it)
const CREDIT_LINE = new RegExp(`^(?:(?:Donated|Submitted|Written|Told|Sent|Shared|Lent)\\s+by\\s+((?:${NAME_WORD}\\s+){1,3}${NAME_WORD})(?:,\\s+[^.!?“”"]{1,60}?)?|((?:${NAME_WORD}\\s+){1,3}${NAME_WORD}),\\s+[^.!?“”"]{1,60}?)\\.?$`);

/** Who a sentence says opens the quote after it ("Smith said: “...", "She said: “..."), else
 *  null; he or she is left for the caller to resolve. */
export function openingSpeaker(sentence: string): string | null {
  const opened = OPENED_BY.exec(sentence);
  return opened ? plain(opened[1]) : null;
}

/** A speaker's name as a label writes it: without a title before it ("President Ann Lee" ->
 *  "Ann Lee"); null for an office alone or a word that names no one. */
export const speakerName = (name: string): string | null => plain(name);

function plain(name: string): string | null {
  if (ROLE.test(name)) return null;
  const bare = name.replace(TITLE, '').trim();
  return NOT_A_NAME.test(bare) ? null : bare;
}

/** Where the quote `at` lies in is attributed, nearest first: the paragraph before its opening
 * mark ("She wrote on Sunday: “...”"), the rest of the sentence after its closing mark ("...,” he
 * said on Monday"), then, for a paragraph that opens on the quote, the paragraph before when
 * that one is an attributed quote too (a reporter quoting one briefing paragraph by paragraph).
 * Empty outside a quote. */
export function attributionSpans(text: string, at: number): { start: number; end: number }[] {
  if (/[“"]/.test(text.charAt(at))) at += 1;
  const [start, end] = paragraph(text, at);
  const before = text.slice(start, at);
  if (!leavesQuoteOpen(before)) return [];
  const openAt = start + Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  if (openAt > start && /\p{L}/u.test(text.slice(start, openAt))) return [{ start, end: openAt }];
  const spans: { start: number; end: number }[] = [];
  const close = CLOSE.exec(text.slice(at, end));
  if (close) {
    const from = at + close.index + 1;
    const stop = /[.!?](?:\s|$)/.exec(text.slice(from, end));
    const span = { start: from, end: stop ? from + stop.index : end };
    if (AFTER.test(text.slice(span.start, span.end))) spans.push(span);
  }
  if (openAt !== start) return spans;
  const prevEnd = text.slice(0, start).replace(/\s+$/, '').length;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  const previous = text.slice(prevStart, prevEnd);
  if (prevEnd > prevStart && /^[“"]/.test(previous) && previous.search(ANY) >= 0) spans.push({ start: prevStart, end: prevEnd });
  return spans;
}

// "“I will step down,” the mayor told reporters", "“We will reopen the plant,” a Ford spokesman
// said": news attributes a quote to one it describes by office as often as to a name. Their "I" is
// that office-holder ("The mayor will step down"); a spokesman's or an executive's "we" is the
// organisation written beside the office ("Ford will reopen the plant").
const ORGANISATION_AT = "((?:[A-Z][\\w&.'’-]*)(?:\\s+[A-Z][\\w&.'’-]*){0,3})";
const DESCRIBED_OFFICE = '(?:mayor|governor|president|prime minister|minister|chancellor|senator|judge|coach|manager|captain|spokes(?:man|woman|person)|chair(?:man|woman)?|chief executive|executive|director|official|officer|commander|general|prosecutor|sheriff|police chief|chief|head|founder|owner|lawyer|attorney|player|striker|pitcher|quarterback|driver|pilot|doctor|surgeon|nurse|teacher|principal|superintendent|ambassador|envoy|secretary)';
const DESCRIBED_SPEAKER = new RegExp(`^[,.!?…]*\\s*((?:the|a|an)\\s+((?:[\\w&.'’-]+\\s+){0,3}?)${DESCRIBED_OFFICE})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?${ORGANISATION_AT})?,?\\s+${SAYING}\\b`);

/** The office-holder a quote `at` lies in is attributed to after its closing mark ("the mayor"),
 *  with the organisation named beside the office, if any ("a Ford spokesman", "a spokesman for
 *  Ford"), else null. */
export function describedSpeaker(text: string, at: number): { who: string; organisation: string | null } | null {
  const after = afterQuote(text, at);
  const m = after === null ? null : DESCRIBED_SPEAKER.exec(after);
  if (!m) return null;
  const who = m[1].replace(/^(?:a|an|the)\s+/i, '');
  // (an organisation's name, capitalised, before the office: "a Ford spokesman"; not a
  // nationality, "a Libyan spokesman")
  const before = /((?:[A-Z][\w&.'’-]*\s+){1,3})$/.exec(m[2] ?? '')?.[1].trim().replace(/['’]s$/, '') ?? null;
  const organisation = m[3] ?? (before && !(DEMONYM.test(before) && !/^\p{Lu}{2,}$/u.test(before)) ? before : null);
  return { who: `The ${who.charAt(0).toLowerCase()}${who.slice(1)}`, organisation };
}

// "“We expect prices to rise,” the bank said in a note", "“We will close the plant,” the carmaker
// said": news attributes a body's words to the body, described by its kind as often as named. Its
// "we" is that body ("The bank expects prices to rise"); an "I" is no body's.
const DESCRIBED_BODY_KIND = '(?:company|firm|bank|lender|insurer|carmaker|automaker|maker|manufacturer|producer|retailer|airline|carrier|operator|group|network|broadcaster|newspaper|ministry|department|government|administration|agency|regulator|authority|council|commission|committee|board|court|embassy|police|army|military|club|team|union|party|campaign|charity|hospital|school|university|institute|foundation|fund|league|federation|association|organi[sz]ation)';
const DESCRIBED_BODY = new RegExp(`^[,.!?…]*\\s*the\\s+((?:[\\w&.'’-]+\\s+){0,2}?${DESCRIBED_BODY_KIND})\\s+${SAYING}\\b`);

/** The body a quote `at` lies in is attributed to after its closing mark, described by its kind
 *  ("The bank"), else null. */
export function describedBody(text: string, at: number): string | null {
  const after = afterQuote(text, at);
  const m = after === null ? null : DESCRIBED_BODY.exec(after);
  return m ? `The ${m[1]}` : null;
}

/** The words of the paragraph after the closing mark of the quote `at` lies in (where its
 *  attribution stands), or null when `at` is not inside a quote or the quote does not close. */
function afterQuote(text: string, at: number): string | null {
  if (/[“"]/.test(text.charAt(at))) at += 1;
  const [start, end] = paragraph(text, at);
  if (!leavesQuoteOpen(text.slice(start, at))) return null;
  const rest = text.slice(at, end);
  const close = CLOSE.exec(rest);
  return close ? rest.slice(close.index + 1) : null;
}

// "NATO spokeswoman Oana Lungescu said: “We have flown 851 sorties”", "“We will pay,” said Ann
// Lee, a spokeswoman for the airline Aerolink": a spokesman's or an executive's "we" is the
// organisation they speak for, named before their office or after it ("for", "of", "at"). An
// office of state is left out ("Egyptian President ..."'s "we" may be the country or a party),
// and so is a nationality before the office ("Libyan spokesman").
const OFFICE = '(?:[Ss]pokes(?:man|woman|person)|[Cc]hair(?:man|woman)?|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [Oo]perating [Oo]fficer|[Cc]hief [Ff]inancial [Oo]fficer|CEO|COO|CFO|[Ee]xecutive|[Oo]fficial|[Mm]anaging [Dd]irector|[Dd]irector|[Mm]anager|[Hh]ead|[Cc]oach)';
const ORGANISATION = "((?:[A-Z][\\w&.'’-]*)(?:\\s+(?:(?:of|for|and|&)\\s+)?[A-Z][\\w&.'’-]*){0,3})";
const DEMONYM = /(?:ian|yan|ean|ese|ish|ch|i|ic)$/;

/** The organisation named as the one `name` speaks for, in the paragraph around `at` or the
 *  few before it, else null. */
export function speakerOrganisation(text: string, at: number, name: string): string | null {
  const [, end] = paragraph(text, at);
  let from = at;
  for (let k = 0; k <= CONTINUED_LINES && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1;
  const window = text.slice(from, end);
  const bare = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = [...window.matchAll(new RegExp(`(?:^|[^\\w&.'’-])${ORGANISATION}(?:['’]s)?\\s+(?:[a-z-]+\\s+)?${OFFICE}\\s+(?:[A-Z][\\w.'’-]*\\s+)*?${bare}\\b`, 'g'))].at(-1)?.[1];
  const after = [...window.matchAll(new RegExp(`${bare},\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+)?${OFFICE}\\s+(?:for|of|at|with)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,2}${ORGANISATION}`, 'g'))].at(-1)?.[1];
  // (a sentence's full stop is no part of the name; "U.S." keeps its own)
  const found = (after ?? before)?.replace(/(?<!\b\p{Lu}\.\p{Lu})[.'’-]+$/u, '');
  if (!found) return null;
  // ("the rebel army", "Libyan spokesman": no organisation's name)
  const last = found.split(/\s+/).at(-1)!;
  if (DEMONYM.test(last) && !/^\p{Lu}{2,}$/u.test(last)) return null;
  if (NOT_A_NAME.test(found) || /^(?:Mr|Mrs|Ms|Dr)\b/.test(found)) return null;
  return found;
}
