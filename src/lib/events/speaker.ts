// Who speaks a quote. News quotes a person and attributes the quote in the same paragraph:
// after it ("“...,” Smith said", "“...,” said Smith", "“...,” according to Smith") or before it
// ("Smith said: “...”"). Inside the quote "I" and "we" are that speaker, so a label lifted from
// the quote names the speaker instead ("“I met him in May,” Smith said" -> "Smith met him").
// Must not know about dates or how labels are cut.

const CLOSE = /[”"]/;
const SAYING = '(?:said|says|told\\s+\\S+|wrote|writes|added|adds|explained|stated|posted|tweeted|recalled|insisted|warned)';
// "US President Donald Trump" is named "Donald Trump": the title and what qualifies it go.
const TITLE = /^.*\b(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Gen|Prof|Rev|President|Minister|PM|Secretary|Chancellor|Governor|Senator|Mayor|Chairman|Chairwoman|CEO|Director|Spokesperson|Spokesman|Spokeswoman)\.?\s+(?=\S)/;
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
const BEFORE = new RegExp(`${NAME},?\\s+${SAYING}[,:]?\\s*$`);
const ANY = new RegExp(`[”"][,]?\\s*(?:(?:[\\w'’-]+\\s+){0,4}?${NAME}\\s+${SAYING}\\b|(?:said|says)\\s+${NAME})`, 'g');

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
  if (!leavesQuoteOpen(before)) return null;
  const openAt = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  const lead = before.slice(0, Math.max(0, openAt));
  const spoken = BEFORE.exec(lead);
  if (spoken) return plain(spoken[1]);
  const rest = text.slice(at, end);
  const close = CLOSE.exec(rest);
  const m = close && AFTER.exec(rest.slice(close.index + 1));
  const name = m && (m[1] ?? m[2] ?? m[3]);
  if (name && plain(name)) return plain(name);
  // "“...,” Smith said. ¶ “And then ...”": a quote paragraph with no attribution of its own goes on
  // quoting the speaker of the paragraph before (a reporter names a new speaker).
  // "“...,” the president said" names by role the one the reporter named before.
  return /^[“"]/.test(text.slice(start, at)) || name ? previousSpeaker(text, start) : null;
}

// "She said: “I've always enjoyed spicy food ... ¶ “I first went to hospital at 4pm ...”": a
// quote run on over paragraphs leaves the first one unclosed; its speaker, named before its
// opening mark, speaks the next paragraph too.
const OPENED_BY = new RegExp(`${NAME},?\\s+${SAYING}[,:]?\\s*[“"]`);

function previousSpeaker(text: string, start: number): string | null {
  const before = text.slice(0, start).replace(/\s+$/, '');
  const from = before.lastIndexOf('\n') + 1;
  const previous = before.slice(from);
  const found = [...previous.matchAll(ANY)].at(-1);
  const name = found && (found[1] ?? found[2]);
  if (name) return plain(name);
  return leavesQuoteOpen(previous) ? openingSpeaker(previous) : null;
}

/** Who a sentence says opens the quote after it ("Smith said: “...", "She said: “..."), else
 *  null; he or she is left for the caller to resolve. */
export function openingSpeaker(sentence: string): string | null {
  const opened = OPENED_BY.exec(sentence);
  return opened ? plain(opened[1]) : null;
}

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
