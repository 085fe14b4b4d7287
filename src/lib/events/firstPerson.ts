// A label in the first person names who speaks: a quote's "I"/"we" is its speaker ("“I met him
// in May,” Smith said" -> "Smith met him"), a transcript's is the name in capitals before its
// colon, and outside any quotation "I" is the one who wrote the article ("The writer
// interviewed ..."); the verb then agrees with a third person. Must not know about dates.
import type { Word } from '../analysis';
import { readWords } from '../analysis/words';
import { person, personNamed, real, subject } from './antecedent';
import { describedBody, describedSpeaker, lastNamedSpeaker, leavesQuoteOpen, openingSpeaker, quoteSpeaker, speakerName, speakerOrganisation } from './speaker';

// "I"/"we" inside a quote is its speaker; the verb then agrees with a third person.
// ("I don't have anybody working" -> "Forte doesn't have ...")
// ("We haven't" -> "hasn't": a negative auxiliary agrees too)
const FIRST_PERSON = /^(?:I|We)(?:\s+(am|are|have|were|do|don['’]t|haven['’]t|aren['’]t|weren['’]t)(?![\w'’])|(['’](?:m|re|ve|d|ll)\b))?\s*/;
const AGREE: Record<string, string> = { am: 'is', are: 'is', have: 'has', were: 'was', was: 'was', do: 'does', "don't": "doesn't", 'don’t': 'doesn’t', "haven't": "hasn't", 'haven’t': 'hasn’t', "aren't": "isn't", 'aren’t': 'isn’t', "weren't": "wasn't", 'weren’t': 'wasn’t', '’m': 'is', "'m": 'is', '’re': 'is', "'re": 'is', '’ve': 'has', "'ve": 'has', '’d': 'would', "'d": 'would', '’ll': 'will', "'ll": 'will' };

// "BOEHNER: I sent her a card": a transcript names its speaker in capitals before a colon.
const TRANSCRIPT_SPEAKER = /^((?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+):\s/;
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export function speakerLabel(text: string, label: string, at: number, previous: () => readonly Word[] | null, earlier: () => readonly (readonly Word[])[] = () => []): string | null {
  const m = FIRST_PERSON.exec(label);
  if (!m || !/^(?:I|We)\b/.test(label)) return null;
  const tag = TRANSCRIPT_SPEAKER.exec(text.slice(at, at + 40));
  let name = tag ? titleCase(tag[1]) : quoteSpeaker(text, at) ?? colonQuoteSpeaker(text, at);
  if (name && /^(?:he|she)$/i.test(name)) {
    const words = previous();
    // (failing those, the one "he" or "she" goes on from in the narrative before: "Kirmani wore
    // the shawl Bhutto gave her. ¶ “I have felt so bad,” she said. “I had to ...”")
    const gender = /^he$/i.test(name) ? 'he' : 'she';
    name = (words ? person(text, real(words)) : null) ?? introducedBefore(text, words, earlier()) ?? lastNamedSpeaker(text, at) ?? (words ? personNamed(text, real(words), earlier, gender) : null);
    if (name && /^(?:he|she|it|they|we|i|you)$/i.test(name)) name = null;
  }
  if (!name) {
    // ("“I will step down,” the mayor said" -> "The mayor will step down"; a Ford spokesman's "we" is Ford)
    const described = describedSpeaker(text, at);
    name = described && (/^We\b/.test(label) ? described.organisation ?? bodyBefore(text, described.who, previous()) : described.who);
    // ("“We expect prices to rise,” the bank said" -> "The bank expects prices to rise")
    if (!name && /^We\b/.test(label)) {
      name = describedBody(text, at);
      // (the body's "our" is its own: "We maintain our view" -> "The bank maintains its view")
      if (name) label = label.replace(/\bour\b/g, 'its');
    }
  }
  if (!name) return null;
  // a spokesman's "we" is the organisation they speak for ("NATO has flown 851 sorties")
  if (/^We\b/.test(label)) name = speakerOrganisation(text, at, name) ?? name;
  const verb = m[1] ?? m[2];
  const rest = label.slice(m[0].length);
  // "We wish you ..." -> "The First Lady wishes you ...": a plain present agrees with one speaker
  const present = verb ? null : NARRATOR_PRESENT.exec(rest);
  if (present) return `${name} ${thirdPerson(present[1])}${rest.slice(present[1].length)}`;
  return `${name} ${verb ? `${AGREE[verb]} ` : ''}${verb ? rest : agreed(rest)}`;
}

// "Ana Ruiz said: “We will reopen the bridge”", "She added: “I expect ...”": the speaker a
// lead-in names before its colon says the first person's words (`speaker` as the lead-in wrote
// it; a title goes, a he or she is left for pronoun.ts); "we" is the body the speaker is named
// for nearby, if any. `at`: where the sentence starts. Null when no name is left.
export function spokenInThirdPerson(text: string, at: number, speaker: string, rest: string): string | null {
  const m = FIRST_PERSON.exec(rest);
  if (!m) return null;
  const name = /^(?:He|She)$/.test(speaker) ? speaker : speakerName(speaker) ?? (/^(?:The|A|An)\s/.test(speaker) ? speaker : null);
  if (!name) return null;
  const who = /^We\b/.test(rest) ? speakerOrganisation(text, at, name) ?? name : name;
  const verb = m[1] ?? m[2];
  const after = rest.slice(m[0].length);
  const present = verb ? null : NARRATOR_PRESENT.exec(after);
  if (present) return `${who} ${thirdPerson(present[1])}${after.slice(present[1].length)}`;
  return `${who} ${verb ? `${AGREE[verb]} ` : ''}${verb ? after : agreed(after)}`;
}

// "Acme vowed to cooperate. ¶ “We are committed to ...,” a spokesperson said": a spokesperson
// or an official not said to be of a body speaks for the body the sentence before has as its
// subject; "a police spokesman", "a government official" for the police or the government.
const BODY_WORD = /\b(police|government|army|military|ministry|council|company|club|team|party|union|airline|hospital|court|embassy)\b/i;
function bodyBefore(text: string, who: string, words: readonly Word[] | null): string | null {
  const own = BODY_WORD.exec(who);
  if (own) return /^police$/i.test(own[1]) ? 'Police' : `The ${own[1].toLowerCase()}`;
  if (!/spokes(?:man|woman|person)$/i.test(who) || !words) return null;
  const body = subject(text, real(words), 'one');
  // (a name, every word capitalised: "Microsoft", "Home Depot"; not "The company" or a pronoun)
  return body && /^\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}$/u.test(body) && !/^(?:He|She|It|They|We|I|The|This|That|These|Those)\b/.test(body) ? body : null;
}

// "Ana Ruiz told reporters: “We will reopen the bridge”": a sentence that opens on its saying and
// announces its quote with a colon; a label lifted from the quote alone is spoken by the one the
// lead-in names.
const COLON_QUOTE = /^[^“”"\n.!?]{2,200}?:\s*[“"]/;
function colonQuoteSpeaker(text: string, at: number): string | null {
  const m = COLON_QUOTE.exec(text.slice(at, at + 240));
  return m ? quoteSpeaker(text, at + m[0].length - 1) : null;
}

// "Curie, 21, came second. ¶ She said: “I've always enjoyed spicy foods. But it hurt. ¶ “I first
// went to hospital at 4pm”": a quote run on from a "she said:" is spoken by the person the
// sentence before that attribution names, however many of the quote's sentences came between.
function introducedBefore(text: string, previous: readonly Word[] | null, earlier: readonly (readonly Word[])[]): string | null {
  const sentences = [previous, ...earlier].filter((w): w is readonly Word[] => !!w && w.length > 0);
  const said = sentences.findIndex((w) => /^(?:he|she)$/i.test(openingSpeaker(text.slice(w[0].start, w[w.length - 1].end)) ?? ''));
  const before = said >= 0 ? sentences[said + 1] : undefined;
  return before ? person(text, real(before)) : null;
}

const thirdPerson = (verb: string) => (/[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|[^aeiou]o)$/.test(verb) ? `${verb}es` : `${verb}s`);

// "I echo the president's comments" -> "Rubio echoes ...", "We hold the line" -> "NATO holds
// ...": whatever the verb, a plain present after "I" or "we" agrees with the one name put in
// their place (an adverb may stand between: "I also urge"). A verb whose past is written as its
// present ("I put", "we cut", "I read") is left as it is: in a dated statement it is most often
// the past. Read by the tagger, so a noun or an adjective is never given an -s.
const SAME_IN_PAST = /^(?:put|cut|hit|set|let|read|shut|quit|spread|cost|hurt|beat|bet|split|burst|cast|broadcast|upset|bid|rid|shed|thrust|forecast|fit|wed)$/;
const BETWEEN = /^(?:also|still|just|now|only|never|always|often|really|too|then|even|[a-z]+ly)$/;
function agreed(rest: string): string {
  // (read after "I", as the sentence wrote it: "interview nurses" alone reads as a noun)
  const said = `I ${rest}`;
  const words = readWords(said, 0, said.length).filter((w) => w.end > w.start).slice(1).map((w) => ({ ...w, start: w.start - 2, end: w.end - 2 }));
  const k = words[0] && BETWEEN.test(words[0].text) && words[0].pos === 'adverb' ? 1 : 0;
  const w = words[k];
  if (!w || w.pos !== 'verb' || (w.form !== 'infinitive' && w.form !== 'present') || !/^\p{Ll}+$/u.test(w.text) || /s$/.test(w.text) || SAME_IN_PAST.test(w.text) || w.copula) return rest;
  return `${rest.slice(0, w.start)}${thirdPerson(w.text)}${rest.slice(w.end)}`;
}
const NARRATOR_PRESENT = /^(remember|think|know|believe|feel|want|hope|see|say|love|like|wish|fear|doubt|suspect|recall|wonder|expect|worry|guess|mean|need)\b/;

// "Over the past two months, I interviewed 18 women": outside any quotation, "I" is the one who
// wrote the article; on a timeline that stands alone the label says so.
export function writerLabel(text: string, label: string, at: number): string | null {
  const m = /^I(?:\s+(am|have|was|do|don['’]t)(?![\w'’])|(['’](?:m|ve|d|ll)\b))?\s+/.exec(label);
  if (!m) return null;
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const open = leavesQuoteOpen(paragraph);
  const end = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  const sentence = text.slice(at, end ? at + end.index : text.length);
  // a quote later in the sentence ("I got a reply from Ann Lee, who confirmed it was “hers”")
  // is someone else's words; "I" inside one opened before it is the speaker's
  const self = /\bI\b/.exec(sentence);
  const lead = sentence.slice(0, self ? self.index : sentence.length);
  if (open || !self || /[“"”]/.test(lead)) return null;
  const verb = m[1] ?? m[2];
  const rest = label.slice(m[0].length);
  // "I remember we had a night out" -> "The writer remembers ...": a narrator's present verb
  // agrees with its new third person
  const present = verb ? null : NARRATOR_PRESENT.exec(rest);
  if (present) return `The writer ${thirdPerson(present[1])}${rest.slice(present[1].length)}`;
  return `The writer ${verb ? `${AGREE[verb]} ` : ''}${verb ? rest : agreed(rest)}`;
}

// "At Acme Foods, we opened our second plant in 2017", "Here at the Leeds Trust we ...", "We at
// Acme believe ...": a column an executive writes for a company, or a body's own page, speaks as
// that body; outside any quotation its "we" is the body it names so, in that sentence or one
// before, and the label names the body in the third person ("Acme Foods opened its second
// plant"). (A plain "we" with no body named is left as it is: an op-ed's "we" is its side.)
const BODY = "((?:the\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+(?:of\\s+|&\\s+|and\\s+)?\\p{Lu}[\\p{L}\\d&.'’-]*){0,3})";
const OWN_BODY = new RegExp(`(?:^|[.!?]["”]?\\s+|\\n\\s*)(?:(?:Here|Over)\\s+)?[Aa]t\\s+${BODY},?\\s+we\\b|\\b[Ww]e\\s+(?:here\\s+)?at\\s+${BODY}(?=[\\s,])`, 'gu');
const OWN_WE = /^We(?:\s+(are|have|were|do|don['’]t)(?![\w'’])|(['’](?:re|ve|d|ll)\b))?\s+/;
export function ownBodyLabel(text: string, label: string, at: number): string | null {
  const m = OWN_WE.exec(label);
  if (!m) return null;
  const end = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  const upTo = end ? at + end.index : text.length;
  let body: string | null = null;
  for (const b of text.slice(0, upTo).matchAll(OWN_BODY)) {
    const from = b.index + b[0].search(/\S/);
    const paragraph = text.slice(text.lastIndexOf('\n', from - 1) + 1, from);
    if (!leavesQuoteOpen(paragraph)) body = (b[1] ?? b[2]).replace(/[.'’-]+$/, '');
  }
  if (!body) return null;
  // the statement's own sentence must not be inside a quotation
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const sentence = text.slice(at, upTo);
  const self = /\bwe\b/i.exec(sentence);
  if (!self || leavesQuoteOpen(paragraph) || /[“"”]/.test(sentence.slice(0, self.index))) return null;
  const name = body.replace(/^the\s/, 'The ');
  const verb = m[1] ?? m[2];
  const rest = itsOwn(label.slice(m[0].length));
  return `${name} ${verb ? `${AGREE[verb]} ` : ''}${verb ? rest : agreed(rest)}`;
}

// The body's other first persons in its label go to the third person with it ("realized we
// needed" -> "realized it needed", "our page" -> "its page").
const WE_AGREED: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does', "don't": "doesn't", 'don’t': 'doesn’t' };
const itsOwn = (rest: string) =>
  rest
    .replace(/\bwe\s+(are|were|have|do|don['’]t)\b/g, (_, v: string) => `it ${WE_AGREED[v]}`)
    .replace(/\bwe['’](?:re|ve)\b/g, (w) => (/re$/.test(w) ? 'it is' : 'it has'))
    .replace(/\bwe\b/g, 'it')
    .replace(/\bours\b/g, 'its')
    .replace(/\bour\b/g, 'its')
    .replace(/\bourselves\b/g, 'itself')
    .replace(/\bus\b/g, 'it');

// "We told you last week about the new model", "We've reached out to the company": outside any
// quotation a page's "we" is the newsroom that publishes it; on a timeline that stands alone the
// label names the publisher. The verb must show it agrees with one: a past, a modal or an
// auxiliary that is made to agree ("We are" -> "Autoweek is"); a plain present is left as it is.
const PUBLISHER_WE = /^We(?:\s+(are|have|were|do|don['’]t)(?![\w'’])|(['’](?:re|ve|d|ll)\b))?\s+/;
const AGREES_WITH_ONE = /^(?:[a-z]{2,}ed|told|saw|had|made|took|got|went|came|found|gave|heard|met|won|lost|began|wrote|spoke|did|didn['’]t|said|thought|knew|left|sent|kept|brought|bought|ran|spent|reported|will|would|could|can|may|might|must|should|won['’]t|can['’]t|couldn['’]t|wouldn['’]t)\b/;

// Only a newsroom's own acts make the "we" the newsroom's: an op-ed's "Last year we won the open
// internet back" is the writer's side, not the publisher ("The Verge won ..." is false).
const NEWSROOM_ACT = /^(?:(?:will|would|shall|also|first|then|have|has|had|already)\s+)*(?:report|reported|reporting|ask|asked|asking|reach|reached|reaching|contact|contacted|contacting|told|wrote|written|reveal|revealed|obtain|obtained|learn|learned|learnt|request|requested|confirm|confirmed|spoke|spoken|interview|interviewed|publish|published|broke|call|called|email|emailed|e-mailed|sent|visit|visited|examine|examined|analy[sz]ed|review|reviewed|reviewing|test|tested|testing|investigate|investigated|cover|covered|preview|previewed|check|checked|update|updated|track|tracked|tracking|sue|sued|file|filed|survey|surveyed|poll|polled)\b/i;

export function publisherLabel(text: string, label: string, at: number, publisher: string | null): string | null {
  const name = publisher?.trim();
  const m = PUBLISHER_WE.exec(label);
  if (!name || !m) return null;
  const verb = m[1] ?? m[2];
  const rest = label.slice(m[0].length);
  if (!verb && !AGREES_WITH_ONE.test(rest)) return null;
  if (!NEWSROOM_ACT.test(rest)) return null;
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const end = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  const sentence = text.slice(at, end ? at + end.index : text.length);
  // the "we" is the page's own only with no quote open before it, in its paragraph or its sentence
  const self = /\bwe\b/i.exec(sentence);
  if (!self || leavesQuoteOpen(paragraph) || /[“"”]/.test(sentence.slice(0, self.index))) return null;
  return `${name} ${verb ? `${AGREE[verb]} ` : ''}${rest}`;
}
