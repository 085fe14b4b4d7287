// A label too long to read whole loses what stands between its subject and its verb before it is
// cut (shorten.ts): the description beside a name, asides between commas, a long subject's titles
// and "of" phrase; and a happening said to be something is the happening itself. Must not know
// about dates or the clause the label came from.
import type { Span, TextAnalysis } from '../analysis';
import { readWords, type Word } from '../analysis/words';
import { labelWordsFrom } from './labelWords';
import { MAX_WORDS, shorten } from './shorten';
import { EVENT_NOUN } from './nameYear';

const VERB_IN_SUBJECT = /\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|said|says|told|met|made|took|went|came|left|won|lost)\b/;
// A title written before a name, after a capitalised party, country or office ("Australian
// Foreign Minister Kevin Rudd"); case-sensitive: "executive vice president" is no name's title.
const TITLE_WORD = "(?:[Ll]eader|[Mm]inister|[Ss]ecretary|[Pp]resident|[Cc]hair(?:man|woman)|[Ss]pokes(?:man|woman|person)|[Cc]hief|[Dd]irector|[Gg]overnor|[Ss]enator|[Mm]ayor|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Aa]dministrator|[Cc]ommander|[Hh]ead)";
// (a title's first word may be in lower case where an opening phrase was cut before it: "In
// addition to the appeal, interior secretary Ken Salazar said ...", "former Defence Minister Ann
// Lee")
const TITLES = new RegExp(`^(?:(?:[A-Z]|(?!(?:and|or|but|that|who|which|the|a|an|its|his|her|their|this|these|those)\\s)[a-z])[\\w.'’-]*\\s+)(?:[A-Z][\\w.'’-]*\\s+){0,3}${TITLE_WORD}\\s+(?=[A-Z][a-z]+\\s+[A-Z])`);
const AND_TITLE = new RegExp(`\\band\\s+(?:[A-Z][\\w.'’-]*\\s+){1,4}${TITLE_WORD}\\s+(?=[A-Z][a-z]+\\s+[A-Z])`, 'g');
// ("Janet Napolitano, Commerce Secretary Gary Locke, NOAA Administrator Jane Lubchenco and ...")
const COMMA_TITLE = new RegExp(`,\\s+(?:[A-Z][\\w.'’-]*\\s+){1,4}${TITLE_WORD}\\s+(?=[A-Z][a-z]+\\s+[A-Z])`, 'g');
const SUBJECT_PHRASE = /^((?:The|A|An)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:of|for|at|from)\s+[^,;]{0,40}?(?:,\s+[^,;]{1,40}?){0,3}\s+(?=(?:[a-z]+ly\s+)?(?:said|says|confirmed|announced|told|warned|added|insisted|denied|admitted|reported|claimed)\b)/;
// "The chief of the coast guard, Admiral Thad Allen, acknowledged ...": a description and the
// name it describes; a long label keeps the name ("Admiral Thad Allen acknowledged ...").
const NAMED_IN_APPOSITION =
  /^(?:The|A|An|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s)\s+[^,;]{3,50}?,\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*(?:\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)?),\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}\b)/;
// (not a happening that does something, told with "is expected to", "was set to" or a participle:
// "The surge of cold air is expected to drive temperatures down" keeps its verb)
const HAPPENING_IS = /^((?:The|A|An)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:of|in|at|on|by)\s+[^,;]{3,70}?)\s+(?:was|is|were|are|has been|had been|became|remains)\s(?!(?:(?:widely\s+|also\s+|now\s+|still\s+)?(?:expected|due|set|likely|unlikely|scheduled|slated|poised|about|going|able|unable|supposed|bound|certain|sure)\s+to|[a-z]{3,}ing|[a-z]{3,}ed)\b)/;
const LONG_ASIDE =
  /^([^,;]{3,60}?),\s+[^;]{2,200}?,\s+(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says)\b)/;

/** Where a label was made from: the clause of `text` its words are (to read their part of speech). */
export interface LabelSource {
  text: string;
  clause: Span;
}

// "Okafor, now a senator for the coast, built the road": who a name is, said beside it between
// commas (an article, an age, "now a ..."), is the article's introduction, not the news; a label
// keeps the name and its verb, whatever its length. Only where a finite verb follows: a list
// ("Paul Roe, 19, and ..."), a relative clause or another aside ("raised in Carlisle, had ...")
// after the commas, or commas inside the apposition ("the epic motorcycle, car and truck race"),
// leave it as it is.
// ("Ana Ruiz, general secretary of the union, welcomed ...": British and wire style write a role
// with no article; "Ana Ruiz, Peru's envoy to the talks, said ...", "Tom Hale, Acme's chief
// executive, told ...": or owned by the country or body the person serves)
const ROLE = '(?:secretary|director|president|chairman|chairwoman|chair|chief|head|spokesman|spokeswoman|spokesperson|leader|minister|executive|founder|co-founder|editor|professor|manager|coach|economist|analyst|lawyer|attorney|officer|commissioner|governor|mayor|senator|ambassador|envoy|adviser|advisor|commander|captain|owner|partner|researcher|scientist|author|principal|superintendent)';
const NAME_AND_WHO = new RegExp(
  String.raw`^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?:(?:now|currently|then|once|formerly|still)\s+)?(?:(?:a|an|the)\s[^,;]{2,60}|\d{1,3}|(?:[a-z-]+\s+){0,3}${ROLE}\b[^,;]{0,60}|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*['’]s\s+(?:[a-z-]+\s+){0,4}${ROLE}\b[^,;]{0,60}),\s+(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|said|says|told|built|won|wrote|took|made|went|came|left|lost|got|gave|led|met|ran|sold|found|held|kept|began|became|bought|brought|beat|broke|caught|drove|fell|fought|flew|grew|hit|paid|quit|rose|saw|sent|set|shot|spent|stood|struck|threw|[a-z]{3,}ed)\b(?!\s+(?:in|at|by|on|from|with|as)\s[^,;]{0,40},))`,
);

// "Toby Odone told Reuters that he did not believe the company had underestimated the spill",
// "Protesters in the square said they were organizing a march": a speaker who reports what they
// themselves did or think says it with a pronoun for themselves; a label with no room for the
// saying gives the speaker doing it ("Toby Odone did not believe ..."). The pronoun must agree:
// "he"/"she" after a name, "they" after a plural, "it" after a body.
const SAID_OF_SELF =
  /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*|(?:The|A|An)\s+[^,;]{2,60}?|\p{Lu}\p{Ll}+(?:s|men|people)(?:\s+[^,;]{2,50}?)?)\s+(?:(?:had\s+)?(?:earlier\s+|also\s+)?(?:said|says|told\s+(?:reporters|journalists|(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*))|stated|announced|confirmed)\s+(?:that\s+)?(he|she|it|they)\s+(?=\p{Ll})/u;
function withoutSayingOfSelf(s: string): string {
  const m = SAID_OF_SELF.exec(s);
  if (!m) return s;
  const [, speaker, pronoun] = m;
  const head = speaker.split(/\s+(?:in|at|from|of|on|gathered|fleeing|outside)\s/)[0];
  const plural = /(?:\p{Ll}s|men|people|police|children)$/u.test(head);
  const named = /^\p{Lu}/u.test(speaker) && !/^(?:The|A|An)\s/.test(speaker) && !plural;
  const agrees = pronoun === 'they' ? plural : pronoun === 'it' ? !named && !plural : named && speaker.split(/\s+/).length >= 2;
  return agrees ? `${speaker} ${s.slice(m[0].length)}` : s;
}

/** `s` with its subject shortened when `s` is over MAX_WORDS words; as it is otherwise (but a
 *  name's apposition always goes). */
export function shortenedSubject(s: string, source?: LabelSource): string {
  s = s.replace(NAME_AND_WHO, '$1 ');
  if (s.split(' ').length > MAX_WORDS) s = withoutSayingOfSelf(s);
  // too long to read whole: asides between the subject and its verb go first, however many
  // commas they hold ("The statement, coming ahead of the visit, which is expected ..., is a
  // departure from ..."), when what stands before them is a subject, not a clause of its own
  if (s.split(' ').length > MAX_WORDS) s = s.replace(NAMED_IN_APPOSITION, '$1 ');
  if (s.split(' ').length > MAX_WORDS) s = s.replace(LONG_ASIDE, (all, subject: string) => (VERB_IN_SUBJECT.test(subject) ? all : `${subject} `));
  // ... then a long subject's titles and its "of"/"for" phrase: "British Labour Party leader Ed
  // Miliband and ..." -> "Ed Miliband and ...", "A spokeswoman for the Department for Children,
  // Schools and Families confirmed" -> "A spokeswoman confirmed"
  const titled = s;
  if (s.split(' ').length > MAX_WORDS) s = s.replace(TITLES, '').replace(AND_TITLE, 'and ').replace(COMMA_TITLE, ', ').replace(SUBJECT_PHRASE, '$1 ');
  // (a speaker named once the title before the name has gone: "BP spokesman Ana Ruiz told
  // Reuters that she ...")
  if (s !== titled && TITLES.test(titled) && s.split(' ').length > MAX_WORDS) s = withoutSayingOfSelf(s);
  // ... and a happening said to be something ("The death of a man in Costa Rica was the first
  // outside North America") is the happening itself
  const happening = s.split(' ').length > MAX_WORDS ? HAPPENING_IS.exec(s) : null;
  if (happening && EVENT_NOUN.test(happening[2])) s = happening[1];
  if (s.split(' ').length > MAX_WORDS) s = withSubjectHead(s, source);
  return s;
}

// "The best hope for quickly stemming the flow of oil gushing into the Gulf of Mexico dimmed when
// ...", "Officials at the rebel council's military headquarters told ...": a long subject is a head
// noun and the phrases that narrow it, each one further from the news; a label with no room for
// them all keeps the head and the phrases nearest it, and then the verb, rather than being cut
// before its verb. The words are read by the tagger: a subject is told from its verb by part of
// speech, not by a list. An "of" phrase is the head's own ("a pair of relief wells", "the
// condition of the well": the head alone says nothing), and so is a first phrase on "for",
// "from", "to" ("the timeline for the relief well", "results from the tests").
const FINITE_FORMS = new Set(['past', 'present']);
// ("an explosion on a rig owned by the energy giant killed ...": a past before "by" is a participle)
// ("the flooded tunnels": a past between an article and a noun describes the noun)
const ARTICLE = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)$/i;
// ("a building located near the mosque", "a charity based in Leeds": a participle of place after
// its noun and before its preposition says where the noun is)
const PLACED = /^(?:located|based|situated|headquartered|housed|stationed)$/i;
const isFinite = (w: Word, next: Word | undefined, before: Word | undefined) =>
  w.pos === 'modal' ||
  w.pos === 'auxiliary' ||
  (w.pos === 'verb' && (w.form === undefined || FINITE_FORMS.has(w.form)) && !(w.form === 'past' && (/^by$/i.test(next?.text ?? '') || (ARTICLE.test(before?.text ?? '') && next?.pos === 'noun') || (PLACED.test(w.text) && before?.pos === 'noun' && next?.pos === 'preposition'))));
const OPENS_SUBJECT = new Set(['determiner', 'noun', 'number', 'adjective']);
// a quantity is no head: "Six of the eight segments", "Thousands of workers", "Some of the officers"
const QUANTITY = /^(?:some|many|most|all|any|none|one|each|both|few|several|half|part|rest|majority|number|pair|couple|series|set|lot|lots|dozens|hundreds|thousands|millions|billions|tens|scores|group|kind|type|sort|share|amount)$/i;
// the words of a clause inside the subject: what follows is not the subject's verb
const CLAUSE_WORD = /^(?:as|when|while|because|if|since|after|before|until|though|although|where|whether|why|how|what|here's|there's)$/i;
const FIRST_PHRASE_STAYS = /^(?:of|for|from|to|with|about|against|over|between|by)$/i;
const capitalised = (w: Word | undefined) => !!w && /^\p{Lu}/u.test(w.text);

/** Where the long subject of `words` may be cut before its verb (word `verb`), nearest first. */
function subjectCuts(words: readonly Word[], verb: number): number[] {
  const cuts: number[] = [];
  let phrases = 0;
  for (let k = 1; k < verb - 1; k++) {
    const w = words[k];
    const participle = w.pos === 'verb' && (w.form === 'gerund' || w.form === 'participle' || (w.form === 'past' && (/^by$/i.test(words[k + 1]?.text ?? '') || (PLACED.test(w.text) && words[k + 1]?.pos === 'preposition'))));
    const opens = w.pos === 'preposition' || /^(?:who|that|which)$/i.test(w.text) || (/^to$/i.test(w.text) && words[k + 1]?.pos === 'verb') || (participle && words[k + 1]?.pos !== 'noun');
    if (!opens) continue;
    phrases++;
    if (/^of$/i.test(w.text) || (phrases === 1 && FIRST_PHRASE_STAYS.test(w.text))) continue;
    if (words[k - 1].pos !== 'noun' || QUANTITY.test(words[k - 1].text)) continue;
    // ("Secretary of State Hillary Clinton", "the Bureau of Ocean Energy Management": a small word
    // between capitalised words is inside a name)
    if (capitalised(words[k - 1]) && capitalised(words[k + 1]) && /^\p{Ll}/u.test(w.text)) continue;
    cuts.push(k);
  }
  return cuts;
}

// A verb among a label's first five words: its subject is short, and no words need reading.
const SHORT_SUBJECT_VERB = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says|told|did|does)$/i;

/** `s` with its subject cut to its head and the phrases nearest it, when the subject is long and
 *  the label cannot otherwise keep its verb whole; `s` as it is otherwise. */
function withSubjectHead(s: string, source: LabelSource | undefined): string {
  if (/^\W/u.test(s)) return s;
  // (the whole label fits once shortened, or a verb stands among its first five words: reading
  // the words, the costly part, is left out)
  if (shorten(s) === s || s.split(' ').slice(1, 5).some((w) => SHORT_SUBJECT_VERB.test(w))) return s;
  return subjectHeadOf(s, source);
}

// The article being labelled (buildEvents names it before its first label): the text analysed
// once for every stage, from which a label's words are read with their part of speech. A label
// made from another text is read on its own.
let article: TextAnalysis | null = null;
export function startArticleLabels(analysis: TextAnalysis | null = null): void {
  article = analysis;
}

/** The words of a long label `s` the article's reading tags as finite verbs (lower case; a
 *  capitalised word is a name's), for shorten.ts to cut after; none for a short label or one
 *  made from other words than its clause's. */
export function taggedVerbs(s: string, source: LabelSource | undefined): ReadonlySet<string> {
  if (!source || shorten(s) === s) return new Set();
  const words = labelWordsFrom(article, source.text, source.clause, s);
  return new Set((words ?? []).filter((w, i) => /^\p{Ll}/u.test(w.text) && w.pos === 'verb' && isFinite(w, words![i + 1], words![i - 1])).map((w) => w.text));
}

function subjectHeadOf(s: string, source: LabelSource | undefined): string {
  // the label's words as the article's analysis read them; a label made from other words than
  // its article's (a head joined to its predicate) is read on its own
  const words = (source && labelWordsFrom(article, source.text, source.clause, s)) || readWords(s, 0, s.length).filter((w) => w.end > w.start);
  if (!words.length || !OPENS_SUBJECT.has(words[0].pos)) return s;
  // the first finite verb is the subject's: one after a word other than a noun is not a
  // subject's verb ("Obama was announcing plans ...", "The rig that had burned ...")
  const verb = words.findIndex((w, i) => isFinite(w, words[i + 1], words[i - 1]));
  if (verb < 5 || !/^(?:noun|number)$/.test(words[verb - 1].pos)) return s;
  const subject = words.slice(0, verb);
  // (an aside between commas, a quote, a colon, a headline in capitals or a clause in the subject
  // is another rule's, or no subject)
  // (two sentences run together, "... in Haiti 2207 The Wall Street Journal says", are no subject)
  if (/[,;:()“”"—–]|\s-\s/.test(s.slice(0, words[verb].start)) || subject.some((w, i) => CLAUSE_WORD.test(w.text) || w.pos === 'pronoun' || (w.pos === 'conjunction' && !/^(?:and|or|&|to)$/i.test(w.text)) || /^\p{Lu}{3,}$/u.test(w.text) || (i > 0 && /^(?:The|A|An)$/.test(w.text)))) return s;
  // the label shortened must keep the verb and a word of what it does ("was destroyed")
  const rest = s.slice(words[verb].start);
  if (/^\S+:/.test(rest)) return s;
  // (or the verb alone where a clause of its own follows it: "faded | when a second pump failed")
  const needed = Math.min(2, rest.split(' ').length);
  const keepsVerb = (label: string, from: number) => {
    const short = shorten(label);
    if (/…$/.test(short) || short.length <= from) return false;
    const kept = short.slice(from).split(' ').length;
    return kept >= needed || CLAUSE_WORD.test(label.slice(short.length).trim().split(' ')[0] ?? '');
  };
  if (keepsVerb(s, words[verb].start)) return s;
  for (const k of subjectCuts(words, verb).reverse()) {
    const head = s.slice(0, words[k - 1].end);
    if (keepsVerb(`${head} ${rest}`, head.length + 1)) return `${head} ${rest}`;
  }
  return s;
}
