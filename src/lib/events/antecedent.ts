// Who an opening pronoun stands for, looked for in the words before it: a person named (title
// dropped, an owner named in passing only when no one else is), a person named by office ("the
// president"), a name that opens its clause, or the clause's subject noun phrase; for "he" and
// "she", back through sentences that only go on with the pronoun. Must not know about labels
// or dates.
import { isVerbal, type Word } from '../analysis';
import { leavesQuoteOpen } from './speaker';

const TITLE = /^(?:Sen|Rep|Mr|Mrs|Ms|Mx|Dr|Gov|Gen|Prof|Rev|Sgt|Lt|Col|Capt)\.?$/i;

export const real = (words: readonly Word[]) => words.filter((w) => w.end > w.start);
const nameOf = (text: string, from: Word, to: Word) => text.slice(from.start, to.end).replace(/['’]s$/, '');

export type Gender = 'he' | 'she' | null;
// A title says who a "he" or a "she" cannot be.
const TITLED = { he: /\b(?:Mrs|Ms|Miss|Mme|Lady|Queen|Princess)\.?\s+$/, she: /\b(?:Mr|Sir|Lord|King|Prince)\.?\s+$/ };

/** The first person named, title dropped ("Sen. Ruth Okafor" -> "Ruth Okafor"), who may be the
 * one `gender` stands for. An owner named in passing ("President Trump’s ambassador, Nikki
 * Haley, said") is taken only when no one else is named. */
const opensName = (w: Word) => w.person && !TITLE.test(w.text) && /^\p{Lu}/u.test(w.text);

/** The last word of the name that opens at word `i`: a name is one run of words, which a comma or
 *  a title ends ("Mr. Hale, Ms. Okoro"), written in capitals ("Margaret Thatcher rose to speak"
 *  ends before "rose"), at most four words. */
function nameRunEnd(text: string, words: readonly Word[], i: number): number {
  let j = i;
  while (j + 1 < words.length && words[j + 1].person && /^\p{Lu}/u.test(words[j + 1].text) && j - i < 3 && !TITLE.test(words[j + 1].text) && !/[,;:(]/.test(text.slice(words[j].end, words[j + 1].start))) j++;
  return j;
}

export function personName(text: string, words: readonly Word[], gender: Gender = null): string | null {
  let owner: string | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!opensName(words[i])) continue;
    const j = nameRunEnd(text, words, i);
    const from = i;
    i = j;
    if (gender && TITLED[gender].test(text.slice(Math.max(0, words[from].start - 8), words[from].start))) continue;
    const name = nameOf(text, words[from], words[j]);
    if (!words[j].possessive && !/['’]s$/.test(text.slice(words[j].start, words[j].end + 2))) return name;
    owner ??= name;
  }
  return owner;
}

const surname = (name: string) => name.split(/\s+/).at(-1)!;
/** "Cooke" is "Dan Cooke" written again; "Marta Vilks" and "Janis Vilks" are two people. */
export const samePerson = (a: string, b: string) => a === b || (surname(a) === surname(b) && (!/\s/.test(a) || !/\s/.test(b)));

/** Everyone the words name, each once, in order, title dropped: a surname written again alone
 *  ("Dan Cooke ... Cooke") is the same person. An owner named in passing before someone else's
 *  name ("Lee's lawyer, Ann Roe") is not counted. */
export function peopleNamed(text: string, words: readonly Word[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!opensName(words[i])) continue;
    const j = nameRunEnd(text, words, i);
    const from = i;
    i = j;
    // ("in Santa Domingo": one word after a place's is the place's name)
    if (from === j && from > 0 && words[from - 1].placeOrOrganization && capitalised(words[from - 1]) && /^\s+$/.test(text.slice(words[from - 1].end, words[from].start))) continue;
    const owner = words[j].possessive || /^['’]s\b/.test(text.slice(words[j].end, words[j].end + 3));
    if (owner && words.slice(j + 1, j + 5).some((w) => w.person && /^\p{Lu}/u.test(w.text))) continue;
    const name = nameOf(text, words[from], words[j]);
    const same = names.findIndex((n) => samePerson(n, name));
    if (same < 0) names.push(name);
    else if (name.length > names[same].length) names[same] = name;
  }
  return names;
}

// A body the language model may not know for one: never a "he" or a "she".
const INSTITUTION = /^(?:Congress|Parliament|Senate|House|Pentagon|Kremlin|Commission|Council|Assembly|Government|Cabinet|Court|Police|Army|Navy|Treasury|Fed|Reuters|AP)$/;

// "Icahn, a billionaire investor, will ...": news introduces a person by name and apposition,
// or by name and age ("Curie, 21, came second"), the apposition perhaps dated ("Okoro, now a
// ruling party senator, ...", "Lind, currently an adviser, ..."). So introduced, the name is the
// sentence's subject, and a person named after it ("Roe, 58, is tipped to succeed Ann Lee") is in
// what is said of it: the next "he" or "she" goes on with the subject.
function introduced(text: string, words: readonly Word[]): string | null {
  const first = words[0];
  // ("Katjavivi, one of Geingob's friends, was ...": one of a group is an apposition too; a place
  // or a body introduced so, "Paris, a city of ...", is no "he")
  return first && (first.pos === 'noun' || namedElsewhere(text, first.text)) && !first.date && !first.placeOrOrganization && /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^,\s+(?:(?:now|currently|then|once|formerly|still)\s+)?(?:(?:a|an|one of)\s|\d{1,3},\s)/.test(text.slice(first.end, first.end + 20)) ? first.text : null;
}

/** The first person named, else the one proper name that is no place or body. */
export function person(text: string, words: readonly Word[], gender: Gender = null): string | null {
  const named = introduced(text, words) ?? personName(text, words, gender);
  if (named) return named;
  const speaker = closingSpeaker(text, words);
  if (speaker) return speaker;
  // ("According to Kern's Facebook page, he ...": a name right after an owner's is the owned
  // thing's, a brand or a service, no one a pronoun may stand for)
  // (the whole run of capitalised words after the owner: "CNN's Wolf Blitzer" is neither's "he")
  const owns = (w: Word) => w.proper && (/['’]s$/.test(w.text) || /^['’]s\b/.test(text.slice(w.end, w.end + 3)));
  const owned = (k: number): boolean => k > 0 && (owns(words[k - 1]) || (words[k - 1].proper && /^\p{Lu}/u.test(words[k - 1].text) && /^\s+$/.test(text.slice(words[k - 1].end, words[k].start)) && owned(k - 1)));
  const others = words.filter((w, k) => k > 0 && w.proper && !w.placeOrOrganization && !w.date && /^\p{Lu}/u.test(w.text) && !INSTITUTION.test(w.text) && !owned(k));
  if (others.length === 1) return nameOf(text, others[0], others[0]);
  return null;
}

// "“Regulators are demanding more insurance,” said Hiscox. He was confident ...": a name after the
// saying verb that closes a quote's sentence is its speaker, a person, whom the tagger may not know.
const SAID = /^(?:said|says|added|adds|explained|insisted|warned|recalled)$/i;
function closingSpeaker(text: string, words: readonly Word[]): string | null {
  const end = words.length;
  let from = end - 1;
  while (from > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[from].text) && !TITLE.test(words[from].text) && end - from <= 3) from--;
  if (from === end - 1 || !SAID.test(words[from].text) && !(TITLE.test(words[from].text) && SAID.test(words[from - 1]?.text ?? ''))) return null;
  if (!/[”"],?\s*$/.test(text.slice(Math.max(0, words[from].start - 4), words[from].start)) && !(TITLE.test(words[from].text) && /[”"],?\s*$/.test(text.slice(Math.max(0, words[from - 1].start - 4), words[from - 1].start)))) return null;
  return text.slice(words[from + 1].start, words[end - 1].end);
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

// "Gramm orchestrated the act. He also pushed ...": a surname opening a sentence may be unknown
// to the language model, and a capital there proves nothing; the article itself tells a name by
// writing it capitalised where no sentence starts ("Sen. Phil Gramm", "said Gramm", "Phil M. Gramm") and never
// in lower case, as it would a common noun ("Officials said ...", "... the officials").
export function namedElsewhere(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text)) return false;
  // (after a middle initial too: "Israel G. Grossman")
  return new RegExp(`(?:[\\p{Ll},]|(?<![\\p{L}.])\\p{Lu}\\.)\\s+${word}\\b`, 'u').test(text);
}

// "Raptors guard T.J. Ford was cleared ... Ford was sidelined by a stinger. He missed six games":
// news names a person in full once and by surname after; a surname the language model reads as a
// company or a place is the person's where the article writes it after initials or a courtesy
// title ("T.J. Ford", "Mr. Ford"), which no company or place takes.
function personsSurname(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  return new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+|(?<![\\p{L}.])(?:\\p{Lu}\\.\\s?){1,3})${word}\\b`, 'u').test(text);
}

/** The main clause's subject when it is a name directly followed by its verb, else null. */
// ("But in lieu of a hit movie, Munn effectively has conjured ...": a joining word may open the
// sentence before its fronted phrase, and an adverb in -ly stand between the name and its verb)
// (a fronted phrase may hold a list with commas of its own: "In lieu of a hit movie, hit song, or
// any of the vehicles of stardom, Munn has ...": the name is after one of them)
// ("A committed Darfur activist, Farrow has led ...", "A judge on the court until 2006, Al-Araby
// joined ...": news may front the apposition that says who the subject is; the name follows its
// comma and is the sentence's subject)
const FRONTED_APPOSITION = /^(?:a|an)$/i;

function namedSubject(text: string, words: readonly Word[]): string | null {
  const from = words.length > 1 && JOINING.test(words[0].text) && FRONTED.test(words[1].text) ? 1 : 0;
  if (words.length > from && (FRONTED.test(words[from].text) || FRONTED_APPOSITION.test(words[from].text))) {
    for (let k = from; k + 1 < words.length; k++) {
      if (!/^\s*,/.test(text.slice(words[k].end, words[k + 1].start))) continue;
      const name = namedSubjectAt(text, words, k + 1);
      if (name) return name;
    }
    return null;
  }
  return namedSubjectAt(text, words, from);
}

const SEQUENCE = /^(?:then|also|later|first|still|now|again|just|never|already|since|once|finally|soon|even|often)$/;

function namedSubjectAt(text: string, words: readonly Word[], from: number): string | null {
  const first = words[from];
  if (!first || first.date || !/^\p{Lu}\p{Ll}/u.test(first.text) || /^['’]/.test(text.slice(first.end, first.end + 1))) return null;
  if (first.placeOrOrganization && !personsSurname(text, first.text)) return null;
  // (the language model may read a surname opening the sentence as a verb, "Hitzfeld said ...";
  // the article writing it capitalised where no sentence starts, never in lower case, tells the name)
  if (!first.proper && !((first.pos === 'noun' || first.pos === 'verb') && namedElsewhere(text, first.text))) return null;
  let j = from;
  while (j + 1 < words.length && words[j + 1].proper && !words[j + 1].date && j - from < 2) j++;
  // ("Ghonim then got up and walked out": an adverb of sequence too)
  const verb = j + 2 < words.length && (/^\p{Ll}+ly$/u.test(words[j + 1].text) || SEQUENCE.test(words[j + 1].text)) ? j + 2 : j + 1;
  return verb < words.length && isVerbal(words[verb]) ? nameOf(text, first, words[j]) : null;
}

// "A 20-year-old woman has died in Madrid. ... She had an emergency Caesarean section ...": wire
// copy often never names the person it is about, and goes on with "he" or "she" after a noun
// that says who it is ("the woman", "a 19-year-old man"); that noun, with "the", is the label's
// subject. Only nouns that tell the person's sex, so a "she" never becomes "the driver" of
// another sentence's "he".
const DESCRIBED_PERSON = {
  she: /^(?:woman|girl|mother|wife|daughter|sister|grandmother|widow|actress|businesswoman|policewoman|schoolgirl|teenage girl|lady|bride|mum|mom)$/i,
  he: /^(?:man|boy|father|husband|son|brother|grandfather|widower|businessman|policeman|schoolboy|gentleman|groom|dad)$/i,
};
export function describedPerson(words: readonly Word[], gender: Gender): string | null {
  if (!gender) return null;
  // (the sentence's subject, opening it: "which ranked her the 96th hottest woman" is no one's)
  const i = words.length > 1 && JOINING.test(words[0].text) ? 1 : 0;
  {
    if (!/^(?:the|a|an)$/i.test(words[i]?.text ?? '')) return null;
    // the noun after up to three words that describe it ("a 20-year-old Moroccan woman")
    for (let k = i + 1; k < words.length && k - i <= 4; k++) {
      if (DESCRIBED_PERSON[gender].test(words[k].text)) return `The ${words[k].text.toLowerCase()}`;
      if (!/^(?:adjective|noun|number)$/.test(words[k].pos) || words[k].person || words[k].possessive) break;
    }
  }
  return null;
}

const JOINING = /^(?:but|and|yet|so|still|now)$/i;

/** The first noun phrase directly followed by a verb: the subject of the sentence's clause.
 *  `number`, for an "it" (one) or a "they" (many), lets a bare noun opening the sentence be
 *  the subject too when it agrees ("Cement began ..." for an "it", "Shares closed ..." for a
 *  "they"). */
const verbAfterAdverbs = (words: readonly Word[]) => {
  let k = 1;
  while (k < 3 && words[k]?.pos === 'adverb') k++;
  return k > 1 && !!words[k] && isVerbal(words[k]);
};

export function subject(text: string, words: readonly Word[], number: 'one' | 'many' | null = null): string | null {
  for (let i = 0; i < words.length; i++) {
    // "While investigators have been focused ...": a bare plural opening a fronted clause
    const barePlural = words[i].pos === 'noun' && /^\p{Ll}+s$/u.test(words[i].text) && (i === 0 || FRONTED.test(words[i - 1].text));
    // (a pronoun is what is being resolved, never the name it stands for)
    // (a name the language model does not know, introduced by an aside, opens the sentence too:
    // "Apache, worth $29 billion, is ...")
    // ("Apple went even further.": or its verb straight after it)
    // ("HackerRank also recently partnered ...": adverbs may stand between it and its verb, and a
    // word with a capital inside, "HackerRank", "PayPal", is a brand's name by its form)
    const unknownName = i === 0 && words[i].pos === 'noun' && words.length > 1 && (namedElsewhere(text, words[i].text) || (number !== 'many' && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(words[i].text))) && (asideVerb(text, words, 0) || isVerbal(words[1]) || verbAfterAdverbs(words));
    // "Cement began flowing at noon. It was expected to ...", "But shares have steadied. They
    // closed ...": a noun with no article that opens the sentence (after a joining word) is its
    // subject when its verb follows
    // (the tagger may read a plural noun before its auxiliary as a verb: "But shares have steadied")
    const pluralBeforeAux = words[i].pos === 'verb' && /^\p{Ll}{3,}s$/u.test(words[i].text) && !/(?:ss|us|is)$/.test(words[i].text) && /^(?:auxiliary|modal)$/.test(words[i + 1]?.pos ?? '');
    const bareSubject = number !== null && (words[i].pos === 'noun' || pluralBeforeAux) && !words[i].proper && !words[i].possessive && !words[i].date && (i === 0 || (i === 1 && JOINING.test(words[0].text)));
    // ("When that spill occurred, it swamped the crews": a demonstrative opening a fronted
    // clause points back as "the" does, and the pronoun after the clause's comma goes on with
    // it; the label says "The spill". Only after the clause's conjunction, and in the pronoun's
    // number: "This uncertainty is slowing the program. It may not launch" means the program.)
    const demonstrative = number !== null && words[i].pos === 'determiner' && (number === 'many' ? /^(?:these|those)$/i : /^(?:this|that)$/i).test(words[i].text) && i > 0 && FRONTED.test(words[i - 1].text) && words[i + 1]?.pos === 'noun' && !words[i + 1].date && !words[i + 1].proper;
    const opensPhrase = ((words[i].pos === 'determiner' && /^the$/i.test(words[i].text)) || demonstrative || words[i].proper || words[i].placeOrOrganization || barePlural || unknownName || bareSubject) && !/^(?:I|you|he|she|it|we|they)$/i.test(words[i].text);
    if (!opensPhrase) continue;
    let j = i;
    // a phrase ends at a comma: "in the end, Texas Stadium held" has two
    const joined = (k: number) => !/[,;:—–()]/.test(text.slice(words[k].end, words[k + 1].start));
    // ("The other four companies said ...": a count belongs to the phrase)
    while (j + 1 < words.length && (words[j + 1].pos === 'noun' || words[j + 1].pos === 'adjective' || (words[j + 1].pos === 'number' && words[j + 2]?.pos !== 'verb')) && !words[j + 1].date && joined(j)) j++;
    // ("The Committee to Protect Journalists": a small word between capitalised words is the name's)
    while (j + 2 < words.length && capitalised(words[j]) && /^(?:to|of|for|and|on)$/.test(words[j + 1].text) && capitalised(words[j + 2]) && joined(j) && joined(j + 1)) {
      j += 2;
      while (j + 1 < words.length && capitalised(words[j + 1]) && words[j + 1].pos === 'noun' && joined(j)) j++;
    }
    if (j > i && number !== null && words[i].pos === 'determiner') {
      const described = describedSubject(text, words, i, j, number, joined);
      if (described) return described;
    }
    if (j > i || words[i].pos !== 'determiner') {
      // "BP today started drilling": a date or an adverb of time may stand before the verb
      let v = j + 1;
      // (and an adverb in -ly: "HackerRank also recently partnered with ...")
      while (v < words.length && v - j <= 2 && (words[v].date || /^(?:also|still|now|then|today|yesterday|first|later|earlier)$/i.test(words[v].text) || (words[v].pos === 'adverb' && /^\p{Ll}{3,}ly$/u.test(words[v].text)))) v++;
      // (a bare noun must agree with the pronoun: "Automobile sales fell" is no "it")
      // (and be a common noun, as the article writes it in lower case elsewhere: "Shell hired a
      // firm" and "Radio 1 Stories heads ..." name things, which a pronoun far off may not mean)
      const agrees =
        !bareSubject || unknownName || words[i].proper || words[i].placeOrOrganization ||
        ((number === 'many') === /\p{Ll}s$/u.test(([...words.slice(i, j + 1)].reverse().find((w) => w.pos === 'noun') ?? words[j]).text) &&
          words.slice(i + 1, j + 1).every((w) => /^\p{Ll}/u.test(w.text)) &&
          new RegExp(`\\b${words[i].text.toLowerCase()}\\b`).test(text));
      if (v < words.length && isVerbal(words[v]) && joined(j) && agrees) {
        const phrase = demonstrative ? `the ${nameOf(text, words[i + 1], words[j])}` : nameOf(text, words[i], words[j]);
        return phrase.charAt(0).toUpperCase() + phrase.slice(1);
      }
      // "Apache, worth $29 billion, is ...", "The union, which represents nurses, said ...": the
      // sentence's opening phrase may meet its verb after an aside between commas
      // (not a person's: an "it" or a "they" is no person, and "he" and "she" are named elsewhere)
      if (i === 0 && j + 1 < words.length && !joined(j) && !words.slice(i, j + 1).some((w) => w.person)) {
        const after = asideVerb(text, words, j);
        if (after) return nameOf(text, words[i], words[j]).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      }
    }
    i = j;
  }
  return null;
}

const capitalised = (w: Word) => /^\p{Lu}/u.test(w.text);

const DESCRIBING = /^(?:of|from|at|in|on|for)$/i;
const INSIDE = /^(?:of|from|at|in|on|for|near|across|along|around|between|over|under|off|outside|inside)$/i;

/** "The surprise escalation of attacks on oil depots broke a lull. It also followed ...", "The
 *  geologists from Leeds came late. They were the first to ...": a noun phrase described by a
 *  phrase after it, then the verb, is the subject an "it" or a "they" goes on with when its head
 *  agrees with the pronoun. A short description stays ("The geologists from Leeds"), a long one
 *  goes ("The surprise escalation"). For an "it", a name in the description is left to be the
 *  subject itself, as before ("The chairman of Acme said ... It ..." is Acme's). */
function describedSubject(text: string, words: readonly Word[], i: number, j: number, number: 'one' | 'many', joined: (k: number) => boolean): string | null {
  if (j + 2 >= words.length || !DESCRIBING.test(words[j + 1].text) || !joined(j) || words[j].pos !== 'noun') return null;
  const plural = /\p{Ll}s$/u.test(words[j].text) && !/ss$/.test(words[j].text);
  if (plural !== (number === 'many')) return null;
  let k = j + 2;
  while (k < words.length && k - j <= 8 && joined(k - 1) && !words[k].date && (['noun', 'adjective', 'determiner', 'number'].includes(words[k].pos) || words[k].proper || INSIDE.test(words[k].text))) k++;
  // the description ends on a noun or a name, and the verb follows at once
  if (k >= words.length || k - j > 8 || !joined(k - 1) || !isVerbal(words[k]) || words[k].form === 'gerund' || words[k].form === 'participle' || INSIDE.test(words[k - 1].text) || words[k - 1].pos === 'determiner') return null;
  if (number === 'one' && words.slice(j + 2, k).some((w) => w.proper || w.placeOrOrganization)) return null;
  const phrase = nameOf(text, words[i], words[k - j <= 4 ? k - 1 : j]);
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

const ASIDE_START = /^(?:a|an|the|which|who|whose|worth|one|its|his|her|their|now|once|also|based|owned|founded|\d[\d,.]*)$/i;

/** Whether the words after `j` are an aside between commas and then a finite verb (within a
 *  sentence's reach: an aside of at most 25 words). */
function asideVerb(text: string, words: readonly Word[], j: number): boolean {
  // (an aside says what the phrase is: "a ...", "which ...", "worth ..."; a name after the comma
  // opens a list or another phrase)
  // ("Ecuador, squeezed by the slide in oil prices, had ...": a participle's phrase says what
  // befell it)
  const participle = words[j + 1].pos === 'verb' && (words[j + 1].form === 'past' || words[j + 1].form === 'participle');
  if (!/^\s*,/.test(text.slice(words[j].end, words[j + 1].start)) || (!ASIDE_START.test(words[j + 1].text) && !participle)) return false;
  for (let k = j + 2; k < words.length && k - j <= 25; k++) {
    if (!/,\s*$/.test(text.slice(words[k - 1].end, words[k].start))) continue;
    const w = words[k];
    if (isVerbal(w) && w.form !== 'gerund' && w.form !== 'infinitive' && w.form !== 'participle') return true;
  }
  return false;
}

const HE_OR_SHE = /^(?:he|she|his|her|him)$/i;
const PRONOUN = /^(?:it|its|they|this|that|we|i|you|he|she)\b/i;

/** The person a "he"/"she" goes on with: named in the sentence before, or by office there
 * ("the president will tour ..."); where that sentence only goes on with its own "he", the
 * one before it, and so back by at most two more. */
export function personNamed(text: string, words: readonly Word[], earlier: () => readonly (readonly Word[])[], gender: Gender): string | null {
  // ("Roe joined in 2001. He replaced Ann Lee as coach. In his first spell he won ...": a sentence
  // that itself goes on with the same "he" as its subject names others only in what it says of
  // him; the "he" after it is still the one named before)
  const goesOnWith = opensOnPersonal(words, gender);
  const name = goesOnWith ? null : person(text, words, gender) ?? namedSubject(text, words) ?? officeHolder(text, words);
  if (name) return name;
  // further back only a person's own name or office will do, not any lone proper name
  // ("Mr Annan said: “... ¶ “There is a democracy deficit ...” ¶ His plan is ...": a quote
  // that names no one is the speaker's words, passed over as one that goes on with "he" is)
  let chain = words;
  const described = goesOnWith ? null : describedPerson(words, gender);
  if (described) return described;
  // (a quote of several sentences is passed over whole: "“Efficiency is a big thing for me,” Kupp
  // said. “... Don't do more than you have to. That's the mantra I live by.” ¶ In turn, he
  // hopes ...": two steps back that are not quoted words, four in all)
  let steps = 0;
  let quoted = false;
  for (const before of earlier().slice(0, 4)) {
    // (its own "we", "I" or "it" are the speaker's words too: "“It is vital that we settle the
    // issues this week.” He said he will start talks at once" goes on from the speaker)
    if (!chain.some((w) => HE_OR_SHE.test(w.text)) && !quoted && !quoteOnly(text, chain)) return null;
    if (!quoted && ++steps > 2) return null;
    chain = real(before);
    // (a quote's later sentences name no one the "he" goes on with: the speaker is named further back)
    quoted = quoteOnly(text, chain) && !/[“"]\s*$/.test(text.slice(Math.max(0, chain[0].start - 2), chain[0].start));
    if (quoted) continue;
    // (the subject first: "Yellen is set to host Sergii Marchenko. ... She will also meet ...")
    // (or the speaker a quote's sentence names after it: "“...,” Kupp said.")
    const further = introduced(text, chain) ?? namedSubject(text, chain) ?? personName(text, chain, gender) ?? closingSpeaker(text, chain) ?? speakerAfterQuote(text, chain) ?? officeHolder(text, chain) ?? describedPerson(chain, gender);
    if (further && !PRONOUN.test(further)) return further;
  }
  return null;
}

/** Whether the sentence opens on "he" or "she" (the one `gender` says, after a joining word at
 *  most) as the subject of its verb. */
function opensOnPersonal(words: readonly Word[], gender: Gender): boolean {
  const k = words.length > 1 && JOINING.test(words[0].text) ? 1 : 0;
  return !!gender && words[k]?.text.toLowerCase() === gender && !!words[k + 1] && (isVerbal(words[k + 1]) || (words[k + 1].pos === 'adverb' && !!words[k + 2] && isVerbal(words[k + 2])));
}

// ("“Efficiency is a big thing for me,” Kupp said.": the speaker named before the saying verb
// that follows a quote)
const NAME_SAID = /[”"]\s*,?\s+((?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+)\s+(?:said|says|added|adds|explained|insisted|recalled)\b/u;
function speakerAfterQuote(text: string, words: readonly Word[]): string | null {
  if (!words.length) return null;
  const said = NAME_SAID.exec(text.slice(words[0].start, words[words.length - 1].end + 1));
  return said && !/^(?:He|She|It|They|We|I|The|A|An|This|That)\b/.test(said[1]) ? said[1] : null;
}

/** Whether the sentence is a quote only, opened before it or at its start, with no attribution
 *  after it ("“...,” says Ann Lee" names its speaker) and no third person of its own. */
function quoteOnly(text: string, words: readonly Word[]): boolean {
  if (!words.length) return false;
  const from = words[0].start;
  const opens = /[“"]\s*$/.test(text.slice(Math.max(0, from - 2), from)) || leavesQuoteOpen(text.slice(text.lastIndexOf('\n', from - 1) + 1, from));
  return opens && !/[”"]\s*,?\s*\p{L}/u.test(text.slice(from, words[words.length - 1].end)) && !words.some((w) => w.person || (w.pos === 'pronoun' && !/^(?:I|me|my|mine|myself|we|us|our|it|its|you|your|that|this)$/i.test(w.text)));
}
