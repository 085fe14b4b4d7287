// A long label cut to a reader's glance: at most MAX_WORDS words, cut where a phrase ends, so
// what is left reads whole ("Choe met with Putin to discuss bilateral trade" rather than
// "... and North Korea’s participation…"). Must not know about dates, clauses or statuses.

export const MAX_WORDS = 12;
export const MAX_LABEL = 80;

// A word that opens a new phrase: a clause ("who", "while", "after"), an adjunct ("in", "on",
// "with") or a coordinated part ("and", "but"). Cutting before one leaves the phrases before it
// whole. Clause openers are preferred to prepositions: they end the statement, not a detail.
const CLAUSE = /^(?:if|unless|once|who|whom|whose|which|while|whereas|although|though|because|after|before|as|when|where|since|until|despite|amid|following|including|but|and|or|so|saying|according)$/i;
const PHRASE = /^(?:in|on|at|for|from|by|during|over|under|into|through|between|among|across|against|with|without|within|toward|towards|near|after|before|of|to|than|like|about|around|outside|inside|beyond)$/i;
// A label must not end on a word that needs what follows it ("so", of "so that"); degree words ("just", "shortly",
// "only") modify the phrase after them ("just before the start"), so they go with it.
const NEEDS_MORE = /^(?:just|shortly|only|even|never|almost|nearly|immediately|exactly|precisely|roughly|approximately|the|a|an|its|his|her|their|our|this|that|these|those|to|of|and|or|but|so|is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|might|can|very|more|most|no|not|along|prior|due|according|together|compared|he|she|they|we|i|[A-Z][\w’'.-]*['’]s|\w+['’](?:d|ll|re|ve|m))$/i;

// A head worth keeping has a verb: a past in -ed (and "died", "sued": not "used", a participle as often), an auxiliary or modal, a common irregular
// past (results and weddings too: "beat", "wed", "hurt", "sprang a leak"), or a present in -s after the first word. Rough on purpose: it only vetoes a cut that
// would keep a bare noun phrase ("The Ford Motor Company, the second-largest car maker").
const VERB_LIKE = /^(?:[a-z]{3,}ed|died|sued|owed|lied|tied|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|isn[’']t|wasn[’']t|didn[’']t|won[’']t|said|says|told|met|began|won|lost|fell|rose|took|made|gave|got|went|came|saw|left|led|held|kept|set|put|cut|hit|sold|bought|paid|ran|shot|spent|sent|built|became|brought|struck|fled|wrote|spoke|found|threw|tore|drove|flew|grew|knew|chose|broke|stood|fought|caught|thought|sought|felt|dealt|sank|swore|wore|drew|heard|rode|froze|stole|hung|dug|meant|taught|blew|hid|shook|woke|withdrew|overtook|arose|beat|wed|hurt|sprang|overcame|underwent|upheld|undertook|overthrew|slid|spun|stuck|swung|wept|shrank|fed|lent|slept|swept|sat|forgot|began|rang|sang|swam|won|quit|shut|spread|lay|let|read|bet|split|[a-z]{2,}[^s'’u]s)$/;
// "She’ll participate ...", "They’re moving ...": a pronoun's contracted auxiliary is the verb
// ("There's live commentary of the match": an existential "there" and its "is" are the clause)
const CONTRACTED = /^(?:I|you|he|she|it|we|they|there|here)[’'](?:ll|d|re|ve|s|m)$/i;
// "They also play in the cup": the word after a subject pronoun (and an adverb) is its verb
const AFTER_PRONOUN = (words: string[], i: number) => /^[a-z]{2,}$/.test(words[i]) && !/ly$/.test(words[i]) && (/^(?:they|we|I|you)$/i.test(words[i - 1] ?? '') || (/^(?:they|we|I|you)$/i.test(words[i - 2] ?? '') && /^(?:also|still|now|then|often|never|always|[a-z]+ly)$/.test(words[i - 1])));
// (`tagged`: words the article's reading tags as finite verbs, for those the pattern does not
// know: "Russia used the missile", "the bill Obama signed")
const NONE: ReadonlySet<string> = new Set();
// ("A building located near the mosque", "a charity based in Leeds": a participle of place right
// after its noun, before its preposition, says where the noun is; it is no verb of the clause)
const PLACED = /^(?:located|based|situated|headquartered|housed|stationed|parked|moored)$/;
const placedParticiple = (words: string[], i: number) => PLACED.test(words[i]) && /^[a-z][a-z-]+$/.test(words[i - 1] ?? '') && !/^(?:is|are|was|were|be|been|being|am|has|have|had)$/.test(words[i - 1]) && (i + 1 === words.length || PHRASE.test(words[i + 1]));
const hasVerb = (words: string[], tagged = NONE) => words.some((w, i) => (i > 0 && !placedParticiple(words, i) && (VERB_LIKE.test(w.replace(/[^\p{L}’']/gu, '')) || tagged.has(w.replace(/[^\p{L}’']/gu, '')))) || (i === 0 && CONTRACTED.test(w)) || (i > 0 && AFTER_PRONOUN(words, i)));
// "warned his colleagues | that they are wasting ...": "that" before a subject opens a clause
// (after a verb it is the verb's object: "confirmed | that ..." would leave it without one; a
// plural noun ending in -s is no verb here: "colleagues | that")
const takesThat = (w: string) => {
  const bare = w.replace(/[^\p{L}’']/gu, '');
  return (VERB_LIKE.test(bare) && !/[^s]s$/.test(bare)) || /^(?:says|tells|adds|notes|warns|argues|claims|insists|believes|thinks|knows|hopes|fears)$/i.test(bare);
};
const THAT_CLAUSE = /^(?:they|he|she|it|we|i|you|the|a|an|its|his|her|their|this|these|those|there|[A-Z][\w’'-]*)$/;

// "walked into a police station, saying: I think ...": cut after the colon, what is left of the
// quote's lead-in ("saying") has nothing said
const LEAD_IN = /,\s+(?:saying|adding|writing|noting|declaring|explaining|warning|telling\s+\S+)$/;

const COORDINATOR = /^(?:and|but|or)$/i;
// the finite verb (or auxiliary) of a predicate that follows "and": a plain past or an auxiliary,
// no word in -s (a plural noun reads as one: "and troops")
const SECOND_PREDICATE = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|[a-z]{3,}ed)$/;
// "flights between Lisbon | and Oslo", "both the union | and the board": the "and" of a pair
// named after "between" or "both" joins its two parts, which a cut would part
const PAIR_OPENER = /^(?:between|both)$/i;
function insidePair(words: string[], i: number): boolean {
  if (!/^and$/i.test(words[i])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (PAIR_OPENER.test(words[k])) return true;
    if (/[,;:]$/.test(words[k]) || COORDINATOR.test(words[k]) || VERB_LIKE.test(words[k])) return false;
  }
  return false;
}
// "a depot adjacent | to the rail yard", "a ruling contrary | to the treaty": an adjective that
// takes "to" keeps it (and its noun), as "due to" and "prior to" do
const TAKES_TO = /^(?:adjacent|akin|contrary|similar|equivalent|identical|next|close|owing|thanks|subject|prior|due|according)$/i;
// ("turned water cannons on protesters to try | to break up the march": a verb that takes an
// infinitive says nothing until it is told; the label is not cut between them. Forms that are
// as often nouns, "a plan to", "an attempt to", "a vow to", are left out)
const INFINITIVE_VERB = /^(?:try|tries|tried|trying|want|wants|wanted|seek|seeks|sought|seeking|attempted|planned|planning|hoped|hoping|aimed|aiming|vowed|promised|agree|agrees|agreed|decide|decides|decided|refuse|refuses|refused|fail|fails|failed|threaten|threatens|threatened|intend|intends|intended|able|unable|going|managed|struggled|struggling|helped)$/i;
// "had long served | as the town's court", "is known | as the Iron Lady", "such | as": an "as" after
// a verb of role or naming says what the subject was, no clause of time or reason
const ROLE_AS = /^(?:serve|serves|served|serving|act|acts|acted|acting|work|works|worked|working|known|regarded|seen|viewed|described|named|appointed|elected|re-elected|hired|chosen|installed|sworn|listed|ranked|classified|designated|identified|billed|touted|hailed|branded|labelled|labeled|remembered|used|returned|stepped|such)$/i;
const SUBORDINATOR = /^(?:when|while|as|because|although|though|if|unless|after|before|since|until|where|whereas|which|who|that)$/i;
const NUMBER = /^[$€£]?\d[\d.,]*%?$/;

/** Whether cutting before word `i` would keep the subject of a coordinated clause without its
 *  verb ("streets were locked down and a tip | to 911 led police"): the words after the last
 *  "and" have no verb, and the verb comes after the cut, before the next comma. */
function splitsCoordinatedClause(words: string[], i: number, tagged: ReadonlySet<string>): boolean {
  // ("has been split between Peru and Chile | and is claimed by both": an "and" before a verb
  // opens a second predicate of the same subject; the verb after the cut is its own)
  if (COORDINATOR.test(words[i]) && SECOND_PREDICATE.test(words[i + 1] ?? '')) return false;
  let last = -1;
  for (let k = i - 1; k > 0; k--) if (COORDINATOR.test(words[k])) { last = k; break; }
  // (nor the "and" of a pair: "a link between the port and the city | that was built ...")
  if (last < 0 || /[,;:]$/.test(words[last - 1]) || insidePair(words, last)) return false;
  if (hasVerb(['', ...words.slice(last + 1, i)], tagged)) return false;
  const rest: string[] = [];
  for (const w of words.slice(i)) {
    rest.push(w);
    if (/[,;:]$/.test(w) || rest.length >= 6) break;
  }
  return hasVerb(['', ...rest], tagged);
}

const RUN_IN = /^(?:The|A|An|Some|Many|Most|He|She|They|It|We|His|Her|Their|Its|This|These|Those|But|Officials|Residents|Police)$/;
const ADJECTIVE = /^[a-z-]{3,}(?:ist|ic|al|ive|ous|ful|ent|ant|less|able|ible|ish)$/;
const PARTICIPLE_NEXT = /^(?:a|an|the|that|this|these|those|his|her|its|their|our|out|up|off|down|back|away|to|in|on|for|from|with|at|by|about|into|over|against|through|more|less|some|all|\d[\d,.]*%?)$/i;
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|this|that|these|those|another|each|every|some|no|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/i;
// verbs whose object is a doing ("kept trying", "began drilling", "risk losing")
const TAKES_DOING = /^(?:keep|keeps|kept|stop|stops|stopped|start|starts|started|begin|begins|began|continue|continues|continued|avoid|avoids|avoided|enjoy|enjoys|enjoyed|finish|finishes|finished|risk|risks|risked|consider|considers|considered|quit|quits|resume|resumes|resumed|try|tries|tried|like|likes|liked|love|loves|loved|hate|hates|hated|prefer|prefers|preferred|deny|denies|denied|admit|admits|admitted|recall|recalls|recalled|mention|mentions|mentioned|suggest|suggests|suggested|recommend|recommends|recommended|go|goes|went|gone|spend|spends|spent|be|been|being|is|are|was|were|am|mind|miss|missed)$/i;
const SEES = /^(?:see|sees|saw|seen|watch|watches|watched|hear|hears|heard|find|finds|found|catch|catches|caught|spot|spots|spotted|notice|notices|noticed|leave|leaves|left|keep|keeps|kept|get|gets|got|have|has|had|set|sets|send|sends|sent|imagine|imagines|imagined|feel|feels|felt|picture|pictured)$/i;

/** Whether word `i` follows a noun phrase ("a report"): a plain lower-case word, no verb, opened
 *  by a determiner within three words, with nothing but words between. */
function endsNounPhrase(words: string[], i: number): boolean {
  const noun = words[i - 1];
  if (!/^[a-z][a-z-]*$/.test(noun) || VERB_LIKE.test(noun) || TAKES_DOING.test(noun) || NEEDS_MORE.test(noun) || PHRASE.test(noun) || CLAUSE.test(noun) || /(?:ly|ing)$/.test(noun)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    if (DETERMINER.test(words[k])) return true;
    if (!/^[\p{L}$€£\d][\p{L}\d.,’'-]*$/u.test(words[k]) || /[,;:]$/.test(words[k]) || VERB_LIKE.test(words[k]) || PHRASE.test(words[k]) || CLAUSE.test(words[k])) return false;
  }
  return false;
}

// "released a document | that shows the leak is larger", "put forward an account | that
// contradicted the police": a relative clause whose verb is a plain present or past, on a noun a
// determiner opened, says more about the noun; what stands before it is the clause whole. Only
// where no phrase ends later in the room: the relative is then kept ("a system that focuses on
// threats | in ..."), and only instead of a cut between words.
function beforeRelative(words: string[], maxChars: number): string | null {
  for (let i = Math.min(MAX_WORDS + 2, words.length - 1); i >= Math.ceil(MAX_WORDS / 2); i--) {
    if (words.slice(0, i).join(' ').length > maxChars || !/^(?:that|which)$/i.test(words[i])) continue;
    const verb = words[i + 1] ?? '';
    if (/^(?:[a-z]{3,}ed|[a-z]{2,}[^s'’u]s)$/.test(verb) && !/^(?:[a-z]+ss|news|series)$/.test(verb) && objectNoun(words, i) && hasVerb(words.slice(0, i))) return words.slice(0, i).join(' ');
  }
  return null;
}

/** Whether word `i` follows a noun a determiner opened within four words, with only plain
 *  lower-case words between ("a leaked planning memo": an -ed or -ing word after the determiner
 *  describes the noun). */
function objectNoun(words: string[], i: number): boolean {
  const noun = words[i - 1];
  if (!/^[a-z][a-z-]*$/.test(noun) || VERB_LIKE.test(noun) || NEEDS_MORE.test(noun) || PHRASE.test(noun) || CLAUSE.test(noun) || /(?:ly|ing)$/.test(noun)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    // (not an apposition: "suffered a stinger, an injury | that causes ..." says what it is)
    if (DETERMINER.test(words[k])) return !/[,;:—–]$/.test(words[k - 1] ?? '');
    if (!/^[a-z][a-z-]*$/.test(words[k]) || PHRASE.test(words[k]) || CLAUSE.test(words[k]) || NEEDS_MORE.test(words[k]) || (VERB_LIKE.test(words[k]) && !/(?:ed|ing)$/.test(words[k]))) return false;
  }
  return false;
}

/** Whether word `i` follows a pronoun object of a verb that is no seeing or keeping ("heckle them"). */
function objectBefore(words: string[], i: number): boolean {
  return /^(?:them|him|us|me)$/.test(words[i - 1]) && i >= 2 && !SEES.test(words[i - 2]) && !TAKES_DOING.test(words[i - 2]);
}

const PLAIN = /^[a-z][a-z-]+$/;
const NOT_MODIFIER_WORD = /^(?:he|she|it|they|we|you|him|her|them|us|me|i)$|(?:ing|ly)$/;
const modifierWord = (w = '') => PLAIN.test(w) && !NOT_MODIFIER_WORD.test(w) && !VERB_LIKE.test(w) && !DETERMINER.test(w) && !PHRASE.test(w) && !CLAUSE.test(w);
function adjectivesJoined(words: string[], i: number): boolean {
  if (!/^and$/i.test(words[i]) || !/^(?:a|an|the)$/i.test(words[i - 2] ?? '') || !modifierWord(words[i - 1]) || !modifierWord(words[i + 1])) return false;
  const noun = words[i + 2] ?? '';
  const after = words[i + 3];
  if (!modifierWord(noun.replace(/[,.;:]$/, ''))) return false;
  return /[,.;:]$/.test(noun) || after === undefined || PHRASE.test(after) || CLAUSE.test(after) || /^\d/.test(after);
}

/** Whether cutting before word `i` leaves phrases whole. */
function cutsBetweenPhrases(words: string[], i: number, clauseOnly: boolean, tagged: ReadonlySet<string>): boolean {
  if (!hasVerb(words.slice(0, i), tagged)) return false;
  // ("The Ohio native, who oversaw the fund, | talked about ...": a word tagged as the verb is
  // never cut from its subject)
  if (tagged.has(words[i].replace(/[^\p{L}’']/gu, ''))) return false;
  // "had 557 cases (and remember | that ...)": a bracket left open is an aside cut in two
  // (a label that opens on its bracket is a caption set in one, not an aside)
  const head = words.slice(1, i).join(' ');
  if ((head.match(/[([]/g)?.length ?? 0) > (head.match(/[)\]]/g)?.length ?? 0)) return false;
  if (splitsCoordinatedClause(words, i, tagged)) return false;
  // "blew apart a trash can | just before the start": a degree word and its "before" open a
  // clause (the word before is then a noun: a modal "can" would need its verb)
  if (/^(?:just|shortly|soon|right|only|even|long|well)$/i.test(words[i]) && /^(?:before|after|since|until|when)$/i.test(words[i + 1] ?? '') && !/^(?:the|a|an|to|of|and|or|but|is|are|was|were|be|been)$/i.test(words[i - 1]) && !PHRASE.test(words[i - 1])) return true;
  if (NEEDS_MORE.test(words[i - 1]) || PHRASE.test(words[i - 1])) return false;
  if (insidePair(words, i)) return false;
  if (/^to$/i.test(words[i]) && (TAKES_TO.test(words[i - 1]) || INFINITIVE_VERB.test(words[i - 1]))) return false;
  if (/^as$/i.test(words[i]) && ROLE_AS.test(words[i - 1])) return false;
  // "rolled out messaging, intended | to foster ...": a participle just after a comma opens a
  // phrase that needs what follows it
  // "between 100 | and 150 vehicles": an "and" between two numbers joins a range
  if (/^(?:and|or|to)$/i.test(words[i]) && NUMBER.test(words[i - 1]) && NUMBER.test(words[i + 1] ?? '')) return false;
  // "program, and," (a dropped date left its comma): a joining word still needs what follows
  if (/^(?:and|or|but|nor|so|yet|while|as|because|after|before|when|where|which|who|that|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might)[,;:—–]+$/i.test(words[i - 1])) return false;
  // "pushed up when, on the afternoon, | Carlson was called ...": a subordinator interrupted by
  // an aside ("when," "because,") still needs its clause after the aside
  let opener = i - 1;
  // (a coordinator too: "a mug's game - but, on BBC TV | and radio, I said ...")
  while (opener >= 0 && !(/,$/.test(words[opener]) && (SUBORDINATOR.test(words[opener].slice(0, -1)) || COORDINATOR.test(words[opener].slice(0, -1))))) opener--;
  if (opener > 0 && !hasVerb(['', ...words.slice(opener + 1, i)], tagged)) return false;
  // "signed a $124 million, | 13-year contract": a comma between two figures that describe the
  // same noun joins them
  if (/^[$€£¥]?\d[\d.,]*\s*(?:million|billion|bn|m)?,$|^(?:million|billion|bn),$/i.test(words[i - 1]) && /^(?:\d[\w.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-(?:year|month|week|day|game|match|man|point|yard|page|story|seat)s?\b/i.test(words[i])) return false;
  // ("beat an unorthodox | and awkward opponent 6-2", "backs an orderly | and genuine transition to
  // ..."): an "and" between two words after an article, before the noun they describe and the
  // phrase's end, joins two adjectives of one noun
  if (adjectivesJoined(words, i)) return false;
  // ("won 6-3, | 6-4": a comma between a match's set or game scores joins one result)
  if (/^\d{1,2}-\d{1,2},$/.test(words[i - 1]) && /^\d{1,2}-\d{1,2}\b/.test(words[i])) return false;
  // ("using racist, | misogynistic speech": a comma between two adjectives of one noun joins them)
  if (/,$/.test(words[i - 1]) && ADJECTIVE.test(words[i - 1].slice(0, -1)) && ADJECTIVE.test(words[i].replace(/[,;:]$/, ''))) return false;
  if (/[,;:—–]$/.test(words[i - 1])) return true;
  // "had 557 cases | (and remember that ...)": a bracket opens an aside
  if (/^[([]\p{L}/u.test(words[i])) return true;
  // "will take as long as 18 months", "as well | as the staff": a comparison's two "as" stay
  // together, with the figure they compare ("as soon as the talks end" is a clause of time)
  if (/^as$/i.test(words[i]) && (/^as$/i.test(words[i - 2] ?? '') || (/^as$/i.test(words[i + 2] ?? '') && /^[$€£]?\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)$/i.test(words[i + 3] ?? '')))) return false;
  // "the army began a bombardment | Some accounts say ...": a capitalised opener after a word with
  // no stop is the next sentence run in (a page's list or caption lost its full stops)
  if (/^[\p{Ll}\d%’'”")]+$/u.test(words[i - 1]) && RUN_IN.test(words[i]) && /^\p{Ll}/u.test(words[i + 1] ?? '')) return true;
  // ("became all | but certain": "all but" is "nearly")
  if (/^but$/i.test(words[i]) && /^all$/i.test(words[i - 1])) return false;
  // "The bombing killed 270 people | - most of them Americans": a dash opens an aside
  if (/^(?:-|--|—|–)$/.test(words[i])) return true;
  const w = words[i].replace(/^[“"(]/, '');
  if (clauseOnly && /^that$/i.test(w) && i + 1 < words.length && THAT_CLAUSE.test(words[i + 1]) && !takesThat(words[i - 1])) return true;
  // "sealed a cap | that had been installed on top of the well": a relative clause on a noun
  // ("its future, one | that ..." would leave the pronoun without what it stands for)
  // ("a seminary | that once served as ...": an adverb of time may stand before the relative's verb)
  const relativeVerb = /^(?:once|formerly|previously|later|still|long|also|now|then|first)$/i.test(words[i + 1] ?? '') ? words[i + 2] ?? '' : words[i + 1] ?? '';
  const relativeAdverb = relativeVerb !== (words[i + 1] ?? '') && SECOND_PREDICATE.test(relativeVerb);
  if (clauseOnly && /^(?:that|which|who)$/i.test(w) && (/^(?:had|has|have|was|were|is|are|will|would|could|can)$/i.test(words[i + 1] ?? '') || relativeAdverb) && !takesThat(words[i - 1]) && !/^(?:one|ones|those|some|many|any|all|each|none)$/i.test(words[i - 1])) return true;
  // "is releasing a report | showing that dispersants sank oil", "will receive a letter | laying
  // out the charges": a participle straight after a noun phrase says more about the noun (a
  // relative clause without its "which is"); "will heckle them | using slurs" says how it was
  // done. What stands before it is whole. (Not after a verb that takes a doing, "kept | trying",
  // nor after one who is seen doing it, "saw them | leaving".)
  // (a detail, as a preposition's phrase is: a later preposition is cut at first)
  // ("a government | restructuring plan" is a noun's compound: a participle takes its object or
  // its particle, "showing that ...", "laying out ...")
  if (/^[a-z]{3,}ing$/.test(w) && PARTICIPLE_NEXT.test(words[i + 1] ?? '') && ((!clauseOnly && endsNounPhrase(words, i)) || objectBefore(words, i))) return true;
  // "tore | into the businessman", "ran | into trouble": a verb's own "into" goes with it
  if (/^(?:into|onto)$/i.test(w) && takesThat(words[i - 1])) return false;
  return CLAUSE.test(w.replace(/^(\w+),$/, '$1')) || (!clauseOnly && PHRASE.test(w));
}

// A head that is a whole clause before its first comma: a verb that is no present in -s (a
// plural noun reads as one: "troops", "attacks"), and after its last subordinator a verb too.
const PLAIN_VERB = (w: string) => VERB_LIKE.test(w) && (!/[^s'’u]s$/.test(w) || /^(?:is|was|has|does)$/.test(w));
function wholeClause(words: string[]): boolean {
  const first = words.findIndex((w) => /[,;:]$/.test(w));
  const lead = (first < 0 ? words : words.slice(0, first + 1)).map((w) => w.replace(/[^\p{L}’']/gu, ''));
  if (!lead.some((w, k) => k > 0 && PLAIN_VERB(w))) return false;
  let sub = words.length - 1;
  while (sub >= 0 && !SUBORDINATOR.test(words[sub].replace(/[^\p{L}’']/gu, ''))) sub--;
  return sub < 0 || words.slice(sub + 1).some((w) => PLAIN_VERB(w.replace(/[^\p{L}’']/gu, '')));
}

// "rebuilt its bridge, financed partly | from a grant": a participle phrase after a comma cut
// down to its participle (and adverbs) says nothing; the clause before the comma stands alone
const LONE_PARTICIPLE = /^((?:\S+\s+){2,}\S+),\s+[a-z]{3,}(?:ed|ing)(?:\s+[a-z]{2,}ly)*$/;
// (the clause before must have its verb: "Acme, the chip maker, promised" is one clause)
const withoutLoneParticiple = (head: string) => {
  const m = LONE_PARTICIPLE.exec(head);
  return m && wholeClause(m[1].split(' ')) ? m[1] : head;
};

/** `s` when short enough, else its longest head of whole phrases within MAX_WORDS words
 * (else within a third more room; falling back to a cut between words marked "…" only when
 * no phrase ends early enough even then). */
export function shorten(s: string, max = MAX_LABEL, tagged: ReadonlySet<string> = NONE): string {
  // (the article's tagging is read only where the patterns find no phrase to cut after: the
  // tagger's "like" or a participle read as a past would move cuts the patterns place well)
  const cut = shortenWith(s, max, NONE);
  if (!tagged.size || !cut.endsWith('…')) return cut;
  const again = shortenWith(s, max, tagged);
  return readsWhole(again, tagged) ? again : cut;
}

// A cut found with the tagger's verbs is taken only where it surely ends a phrase: not on a verb
// with nothing after it ("talk with Egyptians, vow"), a particle or preposition ("out like a
// lion, out"), or an article and one word ("overcame an unorthodox | and awkward opponent").
function readsWhole(cut: string, tagged: ReadonlySet<string>): boolean {
  const words = cut.split(' ');
  const last = words[words.length - 1].replace(/[^\p{L}’'-]/gu, '');
  if (cut.endsWith('…') || tagged.has(last) || PHRASE.test(last) || /^(?:out|up|off|down|away|back|over)$/i.test(last) || /^(?:a|an)$/i.test(words[words.length - 2] ?? '')) return false;
  return hasVerb(words) || words.some((w, k) => k > 0 && tagged.has(w.replace(/[^\p{L}’']/gu, '')));
}

function shortenWith(s: string, max: number, tagged: ReadonlySet<string>): string {
  const words = s.split(' ');
  if (words.length <= MAX_WORDS && s.length <= max) return s;
  // "Haley would resign, | marking the departure of one of the few ...": a participle after a
  // comma adds a comment to a whole clause, which may stand alone however short
  // ("angered the board when, | during an interview, he ...": a subordinator before the comma
  // still needs its clause)
  for (let i = Math.min(MAX_WORDS, words.length - 1); i >= 3; i--) {
    // (or a participle of purpose or means after a whole clause: "rolled out messaging, | intended
    // to foster ..."; not after a subject with an aside, "Air strikes, alleged to ...", nor a
    // subordinate clause's subject, "began when protesters, | inspired by ...")
    if (/,$/.test(words[i - 1]) && /^[a-z]{3,}ed$/.test(words[i]) && /^(?:to|by|at|as)$/.test(words[i + 1] ?? '') && wholeClause(words.slice(0, i))) return words.slice(0, i).join(' ').replace(/,$/, '');
    if (/,$/.test(words[i - 1]) && /^[a-z]+ing$/.test(words[i]) && hasVerb(words.slice(0, i)) && !NEEDS_MORE.test(words[i - 1].slice(0, -1)) && !SUBORDINATOR.test(words[i - 1].slice(0, -1))) return words.slice(0, i).join(' ').replace(/,$/, '');
  }
  // "About twelve words": a whole phrase a few words over reads better than a cut one, so the
  // room widens once (by a third) before a label is cut between words.
  for (const [maxWords, maxChars] of [[MAX_WORDS, max], [MAX_WORDS + 2, Math.round(max * 4 / 3)]]) {
    const fits = (i: number) => i >= 3 && words.slice(0, i).join(' ').length <= maxChars;
    const widened = maxWords > MAX_WORDS;
    // "All 120 economists in a recent Reuters poll had expected a rate hike": thirteen words
    // whole read better than three ("All 120 economists"); the widened room is tried first
    if (widened && words.length <= maxWords && s.length <= maxChars) return s;
    for (const clauseOnly of [true, false]) {
      // cuts keep at least half the room; in the widened room, prepositions anywhere from 3 words
      const floor = clauseOnly || !widened ? Math.ceil(MAX_WORDS / 2) : 3;
      for (let i = Math.min(maxWords, words.length - 1); i >= floor; i--) {
        if (fits(i) && cutsBetweenPhrases(words, i, clauseOnly, tagged)) return withoutLoneParticiple(words.slice(0, i).join(' ').replace(/[\s,;:—–-]+$/, '').replace(LEAD_IN, ''));
      }
    }
    if (words.length <= maxWords && s.length <= maxChars) return s;
  }
  const relative = beforeRelative(words, Math.round(max * 4 / 3));
  if (relative) return relative;
  let n = Math.min(MAX_WORDS, words.length);
  while (n > 1 && words.slice(0, n).join(' ').length > max - 1) n--;
  const head = n > 1 || words[0].length < max ? words.slice(0, n).join(' ') : s.slice(0, max - 1);
  return `${head.replace(/[\s,;:.—–-]+$/, '').replace(/\s+(?:and|or|but|the|a|an|of|to|in|on|for|with|by|at|that)$/i, '')}…`;
}
