// "He fought pancreatic cancer", "It expects 1% growth": a label opening on a pronoun names no
// one once it stands alone on the timeline. News names the actor in the sentence before and
// goes on with the pronoun, so that name stands in for it: for "he"/"she" the person named
// there (or, failing a person, the one other proper name), for "it"/"they" the subject of that
// sentence ("In its estimates, the IMF slashed ..." -> "The IMF"). An "it" that stands for
// nothing ("It is expected that the jet will ...") is dropped with its frame. Must not know
// about dates.
import type { Word } from '../analysis';
import { namedElsewhere, peopleNamed, personName, personNamed, real, samePerson, subject, type Gender } from './antecedent';
import { isVerbal, readWords } from '../analysis/words';
import { ownBodyLabel, speakerLabel, writerLabel } from './firstPerson';
import { MAX_WORDS, shorten } from './shorten';
import { leavesQuoteOpen } from './speaker';
import { EVENT_NOUN } from './nameYear';

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
// "They were the first crew to reach ...": unlike an "it", a "they" is never empty, so before a
// copula too it stands for the people or things just named (when they agree: a plural or two
// people).
const THEY_COPULA = /^They\s+(?=(?:is|was|are|were|has been|have been)\b)/;
// ("It was striking that the mayor ...", "It is no surprise that ...": a judgement of the writer's
// frames a fact, which a "that" clause states whole)
// ("It was announced that her son had died", "It has emerged that the firm knew", "It appears
// that the talks failed": what was made known is the news)
const EMPTY_IT =
  /^It (?:(?:has|had) emerged that\s+|(?:appears|appeared|seems|seemed) that\s+|(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:(?:expected|likely|unlikely|possible|probable|clear|unclear|understood|believed|thought|reported|said|feared|hoped|known|certain|announced|revealed|confirmed|disclosed)\s+(?:that\s+)?|(?:striking|notable|remarkable|surprising|telling|ironic|odd|strange|interesting|fitting|significant|obvious|evident|apparent|true|no surprise|no secret|no coincidence|no accident|a shame|a pity)\s+that\s+))(?!(?:whether|what|how|why|when|who|which|if|to)\b)/;
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
  const spoken = at >= 0 ? speakerLabel(text, label, at, previous, earlier) : null;
  if (spoken) return spoken;
  const writer = at >= 0 ? writerLabel(text, label, at) : null;
  if (writer) return writer;
  const own = at >= 0 ? ownBodyLabel(text, label, at) : null;
  if (own) return own;
  const conjunct = conjunctOwner(text, label, at);
  if (conjunct) return `${conjunct} ${label.slice(label.indexOf(' ') + 1)}`;
  const held = HELD.exec(label) ? happeningNamed(text, previous()) : null;
  if (held) return `${held} ${label.slice(label.indexOf(' ') + 1)}`;
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
  const copula = !owner && !PERSONAL.test(label) && !NEUTER.test(label) && !said ? THEY_COPULA.exec(label) : null;
  const m = owner ?? PERSONAL.exec(label) ?? NEUTER.exec(label) ?? (said ? REPORTED.exec(label) : null) ?? copula;
  if (!m) return demonstrativeAsArticle(label);
  if (!words) return unowned(label, owner);
  const personal = (owner && !thingOwner) || PERSONAL.test(label);
  const gender: Gender = /^(?:He|His)\b/.test(label) ? 'he' : /^(?:She|Her)\b/.test(label) ? 'she' : null;
  let name = personal ? personNamed(text, real(words), earlier, gender) : subject(text, real(words), /^(?:They|Their)\b/.test(label) ? 'many' : 'one') ?? goesOn(text, label, real(words), earlier);
  // "they" is no one person ("President Obama ... They will be compensated"); it may be two
  // named apart
  const one = /^They\b/.test(label) ? personName(text, real(words)) : null;
  if (/^They\b/.test(label) && (!name || (one !== null && name.includes(one)))) name = quoted(text, at, words) ? null : twoNamed(text, real(words), earlier);
  if (!name) return unowned(label, owner);
  // (the head of "the geologists from Leeds" is plural)
  if (copula && !/\p{Ll}s(?:\s+(?:of|from|at|in|on|for)\s.*)?$|\sand\s/u.test(name)) return label;
  // "their" stands for people or things in the plural: "when students returned, their breakfast"
  // (not "The plan" for a team's "their timetable")
  if (thingOwner && /^Their/.test(label) && !/s$/.test(name)) return unowned(label, owner);
  const owns = owner ? (/s$/.test(name) && !personal ? '’' : '’s') : '';
  // (a name longer than its pronoun may take the label past a glance: it is cut again, at a phrase)
  const named = `${name.charAt(0).toUpperCase()}${name.slice(1)}${owns} ${label.slice(m[0].length)}`;
  // (but a label cut between words reads worse than a long one)
  const short = named.split(' ').length > MAX_WORDS + 2 ? shorten(named) : named;
  return /…$/.test(short) ? named : short;
}

// "Apple announced a special event to be held on October 12. It is to be held at the California
// Theater": news names a happening, then says where and how it takes place with "it"; the "it"
// is that happening, wherever it stood in the sentence before (often its object), not the
// sentence's subject.
const HELD = /^It\s+(?:is|was|will|would|has|had)\s+(?:(?:to|due to|expected to|set to|also|now|then|being)\s+)?(?:be\s+|been\s+)?(?:held|staged|hosted|broadcast|televised|screened|played|chaired|attended|opened|streamed|moderated)\b/;
const HAPPENING = /^(?:event|ceremony|concert|show|match|game|festival|exhibition|auction|funeral|wedding|memorial|vigil|parade|celebration|screening|debate|gala|rally|summit|conference|meeting|election|referendum|vote|hearing|trial|tournament|final|race|launch|premiere|service|session|forum|talks)$/i;
function happeningNamed(text: string, words: readonly Word[] | null): string | null {
  if (!words) return null;
  const ws = real(words);
  // the nearest happening the sentence names, with "the" and the words that describe it
  for (let k = ws.length - 1; k > 0; k--) {
    if (!(HAPPENING.test(ws[k].text) || EVENT_NOUN.test(ws[k].text)) || ws[k].pos !== 'noun' || /s$/i.test(ws[k].text) && !/^(?:talks|games|series)$/i.test(ws[k].text)) continue;
    let i = k;
    while (i > 0 && i > k - 3 && (ws[i - 1].pos === 'adjective' || (ws[i - 1].pos === 'noun' && !ws[i - 1].date))) i--;
    if (i === 0 || !/^(?:the|a|an|another|its|their|this|that)$/i.test(ws[i - 1].text)) return null;
    return `The ${text.slice(ws[i].start, ws[k].end)}`;
  }
  return null;
}

// "Her arrest", "Its collapse": a happening's label that keeps whose it was (statementLabel.ts),
// where no owner is found, is the happening alone ("The arrest"), as a reader takes it.
// ("His announcement of an aid package": the happening may be told with its phrase)
function unowned(label: string, owner: RegExpExecArray | null): string {
  const rest = owner ? label.slice(owner[0].length) : '';
  const words = rest.split(' ');
  const noun = words.slice(0, 4).findIndex((w) => EVENT_NOUN.test(w));
  const alone = noun >= 0 && (noun === words.length - 1 || /^(?:of|on|at|in|against|between|over|by)$/.test(words[noun + 1]));
  return owner && alone ? `The ${rest}` : label;
}

// "Ines Roa flew in first. Her colleague Tom Hale followed, and by night the two were together.
// They reached the camp ...": news names two people apart and goes on with "they" for both; the
// label joins the names. The sentence before names both, or names one and the sentence before
// it the other; never when more are named, since "they" could then be any of them.
// (nor in or after a quote: a speaker's "they" is others, whom the speaker need not name)
function quoted(text: string, at: number, words: readonly Word[]): boolean {
  if (at < 0 || /^[“"]/.test(text.slice(at, at + 1)) || leavesQuoteOpen(text.slice(text.lastIndexOf('\n', at - 1) + 1, at))) return true;
  return words.length > 0 && /[“”"]/.test(text.slice(words[0].start, words[words.length - 1].end + 1));
}

// (nor when the sentence before has a plural a "they" may stand for: "Ann Lee met the rebels.")
const KIN = /\bwith\s+((?:his|her)\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|brother|sister|son|daughter|mother|father))\b(?!\s*,?\s*\p{Lu})(?![’']s)(?!\s+(?:and|&)\s)/u;
function twoNamed(text: string, words: readonly Word[], earlier: () => readonly (readonly Word[])[]): string | null {
  let named = peopleNamed(text, words);
  // "Ana Ruiz, a nurse, lives in Tulsa with her husband. They moved there ...": one person and a
  // relative the sentence names by kinship are the two
  const kin = named.length === 1 ? KIN.exec(text.slice(words[0].start, words[words.length - 1].end)) : null;
  if (kin) return `${named[0]} and ${kin[1].toLowerCase()}`;
  if (words.some((w) => w.pos === 'noun' && !w.proper && !w.person && /^\p{Ll}+s$/u.test(w.text) && !/(?:ss|us|is)$/.test(w.text))) return null;
  let sentences = [words];
  if (named.length === 1) {
    const before = earlier()[0];
    if (!before) return null;
    sentences = [real(before), words];
    named = peopleNamed(text, sentences[0]);
    for (const n of peopleNamed(text, words)) if (!named.some((m) => samePerson(m, n))) named.push(n);
  }
  if (named.length !== 2) return null;
  // (a name the tagger does not know for a person's may be a third: "Vilks, Ozols and Kalns")
  const unknown = sentences.some((ws) => ws.some((w, k) => k > 0 && w.proper && !w.person && !w.placeOrOrganization && !w.date && w.pos !== 'pronoun' && /^\p{Lu}/u.test(w.text) && !named.some((n) => n.split(/\s+/).includes(w.text.replace(/['’]s$/, '')))));
  return unknown ? null : `${named[0]} and ${named[1]}`;
}

// "Apache is one of America's largest oil groups. It has a history of deals with BP. In 2003 it
// paid ...": where the sentence before only goes on with the same "it" or "they" doing something
// (not "It was the largest pool ...", which may be any "it"), the one it goes on from is the
// subject of the sentence before that.
// ("Apache is one of America's largest oil groups. It has a history of deals with BP. In 2003 it
// paid ... Three years later it struck ...": the sentence before may open on a phrase of time
// and then go on with the pronoun, and so may the one before it: the chain is followed back, at
// most three sentences, to the first that names its subject)
function goesOn(text: string, label: string, words: readonly Word[], earlier: () => readonly (readonly Word[])[]): string | null {
  const pronoun = /^(?:It|They)\b/.exec(label)?.[0];
  if (!pronoun || !opensOn(text, words, pronoun)) return null;
  const chain = earlier().slice(0, 3);
  for (let k = 0; k < chain.length; k++) {
    const before = real(chain[k]);
    const name = subject(text, before);
    if (!name) {
      if (opensOn(text, before, pronoun)) continue;
      return null;
    }
    // ("they" goes on from a plural, "it" from no person: "the 68-year-old ruler" is neither's)
    if ((pronoun === 'They') !== /s$/.test(name) || personName(text, before)?.includes(name) || name.includes(personName(text, before) ?? '\u0000')) return null;
    return name;
  }
  return null;
}

// A sentence that opens on the pronoun as its subject (after a phrase of time or place at most:
// "In 2003 it paid ..."), doing something (no copula, which any "it" may open).
const FRONTED_TIME = /^(?:in|on|at|by|during|after|before|since|last|this|next|earlier|later|then|three|two|four|five|six|a|an|one|the|years?|months?|weeks?|days?|ago|\d+|[\p{Lu}][\p{Ll}]+day|January|February|March|April|May|June|July|August|September|October|November|December)$/iu;
function opensOn(text: string, words: readonly Word[], pronoun: string): boolean {
  const k = words.findIndex((w) => w.text.toLowerCase() === pronoun.toLowerCase());
  if (k < 0 || k > 4 || !words.slice(0, k).every((w) => FRONTED_TIME.test(w.text) || w.date) || !words[k + 1] || !isVerbal(words[k + 1])) return false;
  return NEUTER.test(`${pronoun}${text.slice(words[k].end, words[words.length - 1].end)}`);
}

// "These reports have helped ...", "This new agency will ...": a demonstrative points back into
// an article the timeline does not show; on its own the noun phrase reads with "the". A
// demonstrative before a verb ("This amounts to ...", "This is ...") stays: there is no noun.
const DEMONSTRATIVE = /^(This|That|These|Those)\s+(?=(\p{Ll}[\p{Ll}-]*)\s+\S)/u;
const NOT_A_NOUN = /^(?:who|whom|which|that|whose|of|in|at|on|with|for|from|by|to|and|or|but|not|is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|shall|does|did|do|means|meant|comes|came|was|includes|included|remains|seems|appears|marks|makes|made|led|leads|follows|followed|puts|gives|gave|shows|showed|happened|happens|occurred|year|week|month|morning|afternoon|evening|weekend|summer|spring|winter|autumn|fall|season|time)$/;
// ("This Harbour Lights festival opens ...": a name before the noun the demonstrative points with)
const DEMONSTRATIVE_NAME = /^(This|That|These|Those)\s+(?=(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(\p{Ll}[\p{Ll}-]*)\s+\S)/u;
const IRREGULAR_PARTICIPLE = /^(?:left|hit|hurt|caught|held|kept|known|seen|taken|given|born|found|lost|sent|brought|told|shown|driven|chosen|struck|stuck|shot|led|fed|spent|won|beaten|hidden|stolen|thrown|drawn|sworn|bitten)$/;
function demonstrativeAsArticle(label: string): string {
  const named = DEMONSTRATIVE_NAME.exec(label);
  // (a show's name that runs into its verb stays: "This Just In aired ...")
  if (named && !NOT_A_NOUN.test(named[2]) && !/ed$|ing$/.test(named[2]) && !(/^Th(?:is|at)$/.test(named[1]) && /[^s]s$/.test(named[2]))) return `The ${label.slice(named[0].length)}`;
  const m = DEMONSTRATIVE.exec(label);
  if (!m || NOT_A_NOUN.test(m[2])) return label;
  // "Those hoping for a change include ...", "Those affected will be paid": a participle after
  // the demonstrative makes it a pronoun ("those who hope"), with no noun to take "the"
  // (irregular participles too: "Those left homeless ...", "Those hurt in the crash ...")
  if (/^Th(?:ose|ese)$/.test(m[1]) && (/[^s]ing$|ed$/.test(m[2]) || IRREGULAR_PARTICIPLE.test(m[2]))) return label;
  // after "This"/"That" a word in -s is a verb ("This amounts to"); after "These" a plural noun
  if (/^Th(?:is|at)$/.test(m[1]) && /[^s]s$/.test(m[2])) return label;
  return `The ${label.slice(m[0].length)}`;
}

// "Heidfeld finished fifth last year and he insists this year's goal is a win", "Crowds will be
// large, say police, but they expect a calm night": a "he", "she" or "they" that opens a conjunct
// after "and" or "but" goes on with the first conjunct of its own sentence: the name that opens
// it (the one person it names), or the speaker a saying just before the joining word puts after
// its verb. The sentence before is not read: its subject is another's.
const INVERTED_SPEAKER = /,\s+(?:say|says|said)\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2})\s*,?\s*$/u;
const PLURAL_SPEAKER = /(?:\p{Ll}s|police|people|staff|officials)$/u;
function conjunctOwner(text: string, label: string, at: number): string | null {
  const m = /^(He|She|They)\s+([\p{Ll}’'-]+)/u.exec(label);
  if (!m || at < 0) return null;
  const end = /[.!?](?=\s|$)|\n/.exec(text.slice(at));
  const sentence = text.slice(at, end ? at + end.index : text.length);
  const verb = m[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const joint = new RegExp(`(?:,\\s*|\\s+)(?:and|but)\\s+${m[1].toLowerCase()}\\s+(?:(?:also|still|now|then|[a-z]+ly)\\s+)?${verb}\\b`).exec(sentence);
  if (!joint || /[“”"]/.test(sentence.slice(0, joint.index))) return null;
  const first = sentence.slice(0, joint.index);
  const said = INVERTED_SPEAKER.exec(first);
  if (said) {
    const speaker = said[1];
    if ((m[1] === 'They') !== PLURAL_SPEAKER.test(speaker) || /^(?:he|she|they|it|we|I)$/i.test(speaker)) return null;
    return speaker.charAt(0).toUpperCase() + speaker.slice(1);
  }
  if (m[1] === 'They') return null;
  const words = real(readWords(text, at, at + joint.index));
  if (!words.length || peopleNamed(text, words).length > 1) return null;
  const named = personName(text, words, m[1] === 'He' ? 'he' : 'she');
  // (a surname the language model misreads, "Heidfeld finished ...", is a name where the article
  // writes it capitalised after a lower-case word: "said Heidfeld")
  // (its verb straight after it: "Libyan rebels ..." is no name)
  const name = named ?? (namedElsewhere(text, words[0].text) && !!words[1] && /^\p{Ll}/u.test(words[1].text) && isVerbal(words[1]) ? words[0].text : null);
  // (the name must open the sentence: it is then the first conjunct's subject)
  return name && text.slice(words[0].start, words[0].start + name.length) === name ? name : null;
}
