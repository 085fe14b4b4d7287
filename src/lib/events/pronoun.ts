// "He fought pancreatic cancer", "It expects 1% growth": a label opening on a pronoun names no
// one once it stands alone on the timeline. News names the actor in the sentence before and
// goes on with the pronoun, so that name stands in for it: for "he"/"she" the person named
// there (or, failing a person, the one other proper name), for "it"/"they" the subject of that
// sentence ("In its estimates, the IMF slashed ..." -> "The IMF"). An "it" that stands for
// nothing ("It is expected that the jet will ...") is dropped with its frame. Must not know
// about dates.
import type { Word } from '../analysis';
import { quoteSpeaker } from './speaker';

const PERSONAL = /^(?:He|She)\s+/;
const POSSESSIVE = /^(?:His|Her)\s+(?=\p{Ll})/u;
// "After Rosetta collides with the comet, its systems will go dark": a thing's "its"
const POSSESSIVE_NEUTER = /^(?:Its|Their)\s+(?=\p{Ll})/u;
// "It is expected that ..." and "It was a shame" stand for nothing; "It is on track to close"
// and "It was, after all, the team's home" stand for the thing just named.
// "They were also working to trace ...": a progressive is an action, not a copula
// "It was founded by ...", "They were arrested": a passive tells what was done to the thing
// named before, as an action does.
const NEUTER = /^(?:It|They)\s+(?!(?:is|was|are|were|has been|have been)\b(?!\s*,|\s+(?:on|in|at|under|near|behind|inside|within|among|set|due|slated|scheduled|poised|located|home)\b|\s+(?:also\s+|still\s+|first\s+|later\s+)?(?:\w+ing|\w{3,}ed|built|made|held|taken|given|sold|bought|written|shown|seen|found|won|beaten|struck|shut|hit|chosen|driven|stolen|sent|brought|caught|thrown|begun|run)\b))/;
// "BP announced it was back in profit": after a saying verb, "it"/"they" is the one who says,
// whatever its verb.
const SAYING_VERB = /^(?:said|says|announced|announces|reported|reports|added|confirmed|confirms|admitted|denied|insisted|warned|stated|declared|acknowledged|disclosed|revealed)$/i;
const REPORTED = /^(?:It|They)\s+/;
const EMPTY_IT =
  /^It (?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:expected|likely|unlikely|possible|probable|clear|unclear|understood|believed|thought|reported|said|feared|hoped|known|certain)\s+(?:that\s+)?/;
const TITLE = /^(?:Sen|Rep|Mr|Mrs|Ms|Mx|Dr|Gov|Gen|Prof|Rev|Sgt|Lt|Col|Capt)\.?$/i;
const VERBAL = new Set(['verb', 'auxiliary', 'modal']);

const real = (words: readonly Word[]) => words.filter((w) => w.end > w.start);
const nameOf = (text: string, from: Word, to: Word) => text.slice(from.start, to.end).replace(/['’]s$/, '');

/** The first person named, title dropped ("Sen. Ruth Okafor" -> "Ruth Okafor"). */
type Gender = 'he' | 'she' | null;
// A title says who a "he" or a "she" cannot be.
const TITLED = { he: /\b(?:Mrs|Ms|Miss|Mme|Lady|Queen|Princess)\.?\s+$/, she: /\b(?:Mr|Sir|Lord|King|Prince)\.?\s+$/ };

/** The first person named, title dropped ("Sen. Ruth Okafor" -> "Ruth Okafor"), who may be the
 * one `gender` stands for. An owner named in passing ("President Trump’s ambassador, Nikki
 * Haley, said") is taken only when no one else is named. */
function personName(text: string, words: readonly Word[], gender: Gender = null): string | null {
  let owner: string | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].person || TITLE.test(words[i].text) || !/^\p{Lu}/u.test(words[i].text)) continue;
    let j = i;
    // a name is one run of words: a comma or a title ends it ("Mr. Hale, Ms. Okoro")
    while (j + 1 < words.length && words[j + 1].person && j - i < 3 && !TITLE.test(words[j + 1].text) && !/[,;:(]/.test(text.slice(words[j].end, words[j + 1].start))) j++;
    const from = i;
    i = j;
    if (gender && TITLED[gender].test(text.slice(Math.max(0, words[from].start - 8), words[from].start))) continue;
    const name = nameOf(text, words[from], words[j]);
    if (!words[j].possessive && !/['’]s$/.test(text.slice(words[j].start, words[j].end + 2))) return name;
    owner ??= name;
  }
  return owner;
}

// A body the language model may not know for one: never a "he" or a "she".
const INSTITUTION = /^(?:Congress|Parliament|Senate|House|Pentagon|Kremlin|Commission|Council|Assembly|Government|Cabinet|Court|Police|Army|Navy|Treasury|Fed|Reuters|AP)$/;

/** The first person named, else the one proper name that is no place or body. */
function person(text: string, words: readonly Word[], gender: Gender = null): string | null {
  const named = personName(text, words, gender);
  if (named) return named;
  const others = words.filter((w, k) => k > 0 && w.proper && !w.placeOrOrganization && !w.date && /^\p{Lu}/u.test(w.text) && !INSTITUTION.test(w.text));
  if (others.length === 1) return nameOf(text, others[0], others[0]);
  // "Icahn, a billionaire investor, will ...": news introduces a person by name and apposition.
  const first = words[0];
  if (first && first.pos === 'noun' && !first.date && /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^,\s+(?:a|an)\s/.test(text.slice(first.end, first.end + 5))) return first.text;
  return null;
}

// "After Luhn left Fox, Ailes took measures": a fronted clause or phrase sets the scene; the
// name the next sentence's "he" goes on with is the main clause's subject, after its comma.
const FRONTED = /^(?:after|when|while|as|because|if|although|though|since|before|once|until|despite|in|on|at|during|by|for|with|following|like|unlike)$/i;

// "the president will tour ...": a person named by office is the one a next "he" goes on with
const OFFICE = /^(?:the|a)\s+(?:[\w-]+\s+)?(?:president|president-elect|vice president|prime minister|premier|minister|chancellor|governor|senator|congressman|congresswoman|mayor|chairman|chairwoman|chief executive|executive|ceo|director|spokesman|spokeswoman|spokesperson|secretary|king|queen|prince|princess|pope|coach|manager|judge|commander|general|leader|ambassador|envoy|captain|founder|owner|sheriff|prosecutor|singer|actor|actress|player|striker|quarterback|pitcher)$/i;
function officeHolder(text: string, words: readonly Word[]): string | null {
  const phrase = subject(text, words);
  return phrase && OFFICE.test(phrase) ? phrase : null;
}

/** The main clause's subject when it is a name directly followed by its verb, else null. */
function namedSubject(text: string, words: readonly Word[]): string | null {
  let from = 0;
  if (words.length && FRONTED.test(words[0].text)) {
    const comma = words.findIndex((w, k) => k + 1 < words.length && /^\s*,/.test(text.slice(w.end, words[k + 1].start)));
    if (comma < 0) return null;
    from = comma + 1;
  }
  const first = words[from];
  if (!first || !first.proper || first.date || first.placeOrOrganization || !/^\p{Lu}\p{Ll}/u.test(first.text)) return null;
  let j = from;
  while (j + 1 < words.length && words[j + 1].proper && !words[j + 1].date && j - from < 2) j++;
  return j + 1 < words.length && VERBAL.has(words[j + 1].pos) ? nameOf(text, first, words[j]) : null;
}

/** The first noun phrase directly followed by a verb: the subject of the sentence's clause. */
function subject(text: string, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    // "While investigators have been focused ...": a bare plural opening a fronted clause
    const barePlural = words[i].pos === 'noun' && /^\p{Ll}+s$/u.test(words[i].text) && (i === 0 || FRONTED.test(words[i - 1].text));
    // (a pronoun is what is being resolved, never the name it stands for)
    const opensPhrase = ((words[i].pos === 'determiner' && /^the$/i.test(words[i].text)) || words[i].proper || words[i].placeOrOrganization || barePlural) && !/^(?:I|you|he|she|it|we|they)$/i.test(words[i].text);
    if (!opensPhrase) continue;
    let j = i;
    // a phrase ends at a comma: "in the end, Texas Stadium held" has two
    const joined = (k: number) => !/[,;:—–()]/.test(text.slice(words[k].end, words[k + 1].start));
    // ("The other four companies said ...": a count belongs to the phrase)
    while (j + 1 < words.length && (words[j + 1].pos === 'noun' || words[j + 1].pos === 'adjective' || (words[j + 1].pos === 'number' && words[j + 2]?.pos !== 'verb')) && !words[j + 1].date && joined(j)) j++;
    if (j > i || words[i].pos !== 'determiner') {
      // "BP today started drilling": a date or an adverb of time may stand before the verb
      let v = j + 1;
      while (v < words.length && v - j <= 2 && (words[v].date || /^(?:also|still|now|then|today|yesterday|first|later|earlier)$/i.test(words[v].text))) v++;
      if (v < words.length && VERBAL.has(words[v].pos) && joined(j)) {
        const phrase = nameOf(text, words[i], words[j]);
        return phrase.charAt(0).toUpperCase() + phrase.slice(1);
      }
    }
    i = j;
  }
  return null;
}

// "I"/"we" inside a quote is its speaker; the verb then agrees with a third person.
const FIRST_PERSON = /^(?:I|We)(?:\s+(am|are|have|were)\b|(['’](?:m|re|ve|d|ll)\b))?\s*/;
const AGREE: Record<string, string> = { am: 'is', are: 'is', have: 'has', were: 'was', '’m': 'is', "'m": 'is', '’re': 'is', "'re": 'is', '’ve': 'has', "'ve": 'has', '’d': 'would', "'d": 'would', '’ll': 'will', "'ll": 'will' };

// "BOEHNER: I sent her a card": a transcript names its speaker in capitals before a colon.
const TRANSCRIPT_SPEAKER = /^((?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+):\s/;
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

function speakerLabel(text: string, label: string, at: number, previous: () => readonly Word[] | null): string | null {
  const m = FIRST_PERSON.exec(label);
  if (!m || !/^(?:I|We)\b/.test(label)) return null;
  const tag = TRANSCRIPT_SPEAKER.exec(text.slice(at, at + 40));
  let name = tag ? titleCase(tag[1]) : quoteSpeaker(text, at);
  if (name && /^(?:he|she)$/i.test(name)) {
    const words = previous();
    name = words ? person(text, real(words)) : null;
  }
  if (!name) return null;
  const verb = m[1] ?? m[2];
  const rest = label.slice(m[0].length);
  // "We wish you ..." -> "The First Lady wishes you ...": a plain present agrees with one speaker
  const present = verb ? null : NARRATOR_PRESENT.exec(rest);
  if (present) return `${name} ${thirdPerson(present[1])}${rest.slice(present[1].length)}`;
  return `${name} ${verb ? `${AGREE[verb]} ` : ''}${rest}`;
}

const thirdPerson = (verb: string) => (/[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`);
const NARRATOR_PRESENT = /^(remember|think|know|believe|feel|want|hope|see|say|love|like|wish|fear|doubt|suspect|recall|wonder|expect|worry|guess|mean|need)\b/;

// "Over the past two months, I interviewed 18 women": outside any quotation, "I" is the one who
// wrote the article; on a timeline that stands alone the label says so.
function writerLabel(text: string, label: string, at: number): string | null {
  const m = /^I(?:\s+(am|have|was)\b|(['’](?:m|ve|d|ll)\b))?\s+/.exec(label);
  if (!m) return null;
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const open = (paragraph.match(/“/g)?.length ?? 0) > (paragraph.match(/”/g)?.length ?? 0) || (paragraph.match(/"/g)?.length ?? 0) % 2 === 1;
  const end = /[.!?](?:\s|$)|\n/.exec(text.slice(at));
  const sentence = text.slice(at, end ? at + end.index : text.length);
  // a quote later in the sentence ("I got a reply from Ann Lee, who confirmed it was “hers”")
  // is someone else's words; "I" inside one opened before it is the speaker's
  const self = /\bI\b/.exec(sentence);
  const lead = sentence.slice(0, self ? self.index : sentence.length);
  if (open || !self || /[“"”]/.test(lead)) return null;
  const verb = m[1] ?? m[2];
  const agreed: Record<string, string> = { am: 'is', have: 'has', was: 'was', '’m': 'is', "'m": 'is', '’ve': 'has', "'ve": 'has', '’d': 'would', "'d": 'would', '’ll': 'will', "'ll": 'will' };
  const rest = label.slice(m[0].length);
  // "I remember we had a night out" -> "The writer remembers ...": a narrator's present verb
  // agrees with its new third person
  const present = verb ? null : NARRATOR_PRESENT.exec(rest);
  if (present) return `The writer ${thirdPerson(present[1])}${rest.slice(present[1].length)}`;
  return `The writer ${verb ? `${agreed[verb]} ` : ''}${rest}`;
}

// "This is a letter Ana Ruiz mailed to the board": a caption or a pointer names what is shown by
// who made it; the reader's sentence is "Ana Ruiz mailed a letter to the board" (regular past
// verbs only: an -ed word after a name is safely its verb).
const SHOWN = /^(?:This|That|Here) is (?=an?\s|another\s|the\s)((?:an?|another|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+((?:\p{Lu}[\w'’.-]*\s+){0,2}\p{Lu}[\w'’-]*)\s+([a-z]+ed)\b(.*)$/u;

/** The label with an opening pronoun replaced by the name it stands for, where one is found
 * (`at`: where its sentence starts, to find the quote it may lie in; `earlier`: the sentences
 * before the previous one, nearest first, for a "he" that goes on from one of them). */
export function withNamedActor(text: string, label: string, previous: () => readonly Word[] | null, at = -1, earlier: () => readonly (readonly Word[])[] = () => []): string {
  const shown = SHOWN.exec(label);
  if (shown) return `${shown[2]} ${shown[3]} ${shown[1]}${shown[4]}`;
  const spoken = at >= 0 ? speakerLabel(text, label, at, previous) : null;
  if (spoken) return spoken;
  const writer = at >= 0 ? writerLabel(text, label, at) : null;
  if (writer) return writer;
  const empty = EMPTY_IT.exec(label);
  if (empty && label.length - empty[0].length > 12) {
    const rest = label.slice(empty[0].length);
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  // "His parents divorced": the possessive stands for the same person a "he" would
  const thingOwner = POSSESSIVE_NEUTER.exec(label);
  const owner = POSSESSIVE.exec(label) ?? thingOwner;
  const words = previous();
  // (only in the statement's own sentence: a sentence before may end on "…, he said.")
  const last = words?.at(-1);
  const said = !!last && last.start >= at && SAYING_VERB.test(last.text);
  const m = owner ?? PERSONAL.exec(label) ?? NEUTER.exec(label) ?? (said ? REPORTED.exec(label) : null);
  if (!m) return demonstrativeAsArticle(label);
  if (!words) return label;
  const personal = (owner && !thingOwner) || PERSONAL.test(label);
  const gender: Gender = /^(?:He|His)\b/.test(label) ? 'he' : /^(?:She|Her)\b/.test(label) ? 'she' : null;
  const name = personal ? personNamed(text, real(words), earlier, gender) : subject(text, real(words));
  if (!name) return label;
  // "they" is no one person ("President Obama ... They will be compensated")
  if (/^They\b/.test(label) && personName(text, real(words)) !== null && name.includes(personName(text, real(words))!)) return label;
  // "their" stands for people or things in the plural: "when students returned, their breakfast"
  // (not "The plan" for a team's "their timetable")
  if (thingOwner && /^Their/.test(label) && !/s$/.test(name)) return label;
  const owns = owner ? (/s$/.test(name) && !personal ? '’' : '’s') : '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}${owns} ${label.slice(m[0].length)}`;
}

const HE_OR_SHE = /^(?:he|she|his|her|him)$/i;

/** The person a "he"/"she" goes on with: named in the sentence before, or by office there
 * ("the president will tour ..."); where that sentence only goes on with its own "he", the
 * one before it, and so back by at most two more. */
function personNamed(text: string, words: readonly Word[], earlier: () => readonly (readonly Word[])[], gender: Gender): string | null {
  const name = person(text, words, gender) ?? namedSubject(text, words) ?? officeHolder(text, words);
  if (name) return name;
  // further back only a person's own name or office will do, not any lone proper name
  let chain = words;
  for (const before of earlier().slice(0, 2)) {
    if (!chain.some((w) => HE_OR_SHE.test(w.text))) return null;
    chain = real(before);
    // (the subject first: "Yellen is set to host Sergii Marchenko. ... She will also meet ...")
    const further = namedSubject(text, chain) ?? personName(text, chain, gender) ?? officeHolder(text, chain);
    if (further) return further;
  }
  return null;
}

// "These reports have helped ...", "This new agency will ...": a demonstrative points back into
// an article the timeline does not show; on its own the noun phrase reads with "the". A
// demonstrative before a verb ("This amounts to ...", "This is ...") stays: there is no noun.
const DEMONSTRATIVE = /^(This|That|These|Those)\s+(?=(\p{Ll}[\p{Ll}-]*)\s+\S)/u;
const NOT_A_NOUN = /^(?:who|whom|which|that|whose|of|in|at|on|with|for|from|by|to|and|or|but|not|is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|shall|does|did|do|means|meant|comes|came|was|includes|included|remains|seems|appears|marks|makes|made|led|leads|follows|followed|puts|gives|gave|shows|showed|happened|happens|occurred|year|week|month|morning|afternoon|evening|weekend|summer|spring|winter|autumn|fall|season|time)$/;
function demonstrativeAsArticle(label: string): string {
  const m = DEMONSTRATIVE.exec(label);
  if (!m || NOT_A_NOUN.test(m[2])) return label;
  // after "This"/"That" a word in -s is a verb ("This amounts to"); after "These" a plural noun
  if (/^Th(?:is|at)$/.test(m[1]) && /[^s]s$/.test(m[2])) return label;
  return `The ${label.slice(m[0].length)}`;
}
