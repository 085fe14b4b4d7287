// Which way a sentence points in time around a date expression: reported past ("met", "was",
// "said"), projected future ("will", "plans to", "is expected to", "scheduled"), or present.
// The nearest cue wins, cues after the expression counting a little less, so that in
// "said on Tuesday that it will open in March" Tuesday is past and March future.
// Knows nothing of dates; works on one sentence of bounded length.

import { isFuturate } from './futurate';
import { figuresAfter } from './reportingPeriod';
import { FUTURE, PAST, SHORT_PAST, WEAK_FUTURE } from './tenseWords';
import { MONTH_WORD } from './calendar';
import { causedInfinitive, listedAfterTomorrow, ownsPlan } from './sideTold';
import { namesContractByItsGoods, namesContractMonth, quotesContractMonth } from './contractMonth';
import { DECLINED, failedCheck, isParticiple, JUDGED_FROM, namesAccord, namesCause, namesDisaster, reportedPlan } from './verbGroup';

export type Tense = 'past' | 'future' | 'present';

// Verbs whose object is something still to come: one signals, promises or threatens what has not
// happened yet. "signalled another increase in December" dates the increase, not the signal, so
// with words between the verb and the date these look ahead; "signalled on Tuesday" dates the
// signal itself and stays past.
const PROSPECTIVE = new Set([
  'signalled', 'signaled', 'flagged', 'promised', 'pledged', 'vowed', 'threatened', 'foreshadowed',
  'earmarked', 'pencilled', 'penciled', 'floated', 'mooted', 'touted', 'teased',
]);
// a word of urging, pressing or ordering, then the one urged, no clause between: "urged the
// chancellor ", "pressure mounted on Thatcher ", "called on members ", "ordered the agencies "
// (not "had urged them to go in January": a
// plan as it stood, which says nothing sure; "asked", "told", "appealed to" date their own act
// more often than the one asked for)
const URGING_STEM = /urg|press|call|order|direct|instruct|ask|invit|told|summon/i;
// the perfect of asking, inviting or telling: "has asked the unions to attend talks", "have
// invited the growers to meet": the request stands made, so the act asked for is still to come
// (the simple past, "asked them to attend talks on Monday", may tell of talks held since)
const ASKED_BEFORE = /\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:asked|invited|told|summoned)\b(?:\s+(?!to\b)[\w'\u2019.-]+){0,6}\s+$/i;
const URGING_BEFORE = /(?<!\b(?:was|were|had|been)\s+)\b(?:urg(?:e|es|ed|ing)|press(?:es|ed|ing)|pressure\s+(?:(?:is|was|has\s+been|now|already|growing|mounting|building|increasing|up)\s+){0,4}on|call(?:ed|ing|s)?\s+on|order(?:s|ed|ing)?|direct(?:s|ed|ing)?|instruct(?:s|ed|ing)?)\b(?:\s+(?!to\b)[\w'\u2019.-]+){0,6}\s+$/i;
// a decision or a pledge that has its own day, then the infinitive: "agreed Tuesday to not seek
// re-election in September", "voted Monday to close the plant in March": the act agreed lies after
// the agreeing, so its date looks ahead of the story ("agreed to pay $5 million in March", with
// no day of its own, may be dating the agreement, and is left alone)
// the perfect of ordering or asking with a long object, commas and all: "I have ordered the
// Secretaries of Interior and Homeland Security, as well as the EPA chief to visit the site":
// the order stands given, so the act ordered is still to come (the simple past, "ordered the
// agencies to inspect the site on Friday", may tell of a visit made since)
const ORDERED_BEFORE = /\b(?:has|have|'ve)\s+(?:\w+ly\s+)?(?:ordered|directed|instructed|asked|invited|told|summoned|urged)\s+(?:(?!to\b)[\w'\u2019.-]+,?\s+){1,24}$/i;
// "there are no plans for the minister to meet the bankers during his trip on Friday", "a plan
// for the two leaders to meet in March": a plan's infinitive with a subject of its own is the act
// planned, still to come whatever the tense of the telling
const PLAN_FOR_BEFORE = /\bplans?\s+for\s+(?:(?!to\b)[\w'\u2019.-]+\s+){1,6}$/i;
const ORDER_WORDS = ['ordered', 'directed', 'instructed', 'asked', 'invited', 'told', 'summoned', 'urged', 'plan'];
/** Whether the "to" at `index` is the infinitive of an order given in the perfect or of a plan with its own subject (read only where "ha"/"'ve" or "plan" stands before it). */
function orderedOrPlanned(sentence: string, index: number): boolean {
  const lead = sentence.slice(Math.max(0, index - 180), index);
  if ((lead.includes(' ha') || lead.includes('ve ')) && ORDERED_BEFORE.test(lead)) return true;
  return lead.includes('plan') && PLAN_FOR_BEFORE.test(lead.slice(-80));
}
const COMMITTED_BEFORE =
  /\b(?:agreed|decided|voted|resolved|pledged|promised|vowed|planned|opted|chose|offered|threatened)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+$/i;
// a request to come, told in the passive, then a calendar date: "was asked to meet with committee
// staff Jan. 31", "was invited to testify Feb. 6" ("was asked to resign on Monday", "was ordered
// to pay on Tuesday" are dated by the asking and the order, as news writes them)
const ASKED_TO_COME_BEFORE = /\b(?:was|were|been)\s+(?:asked|invited|summoned|called)\s+$/i;
const CALENDAR_DATE = new RegExp(`^${MONTH_WORD}\\s+\\d`, 'i');
// the infinitive's verb, then no clause boundary before the date: "to call a ", "to hold a vote in "
// (not a possessive date, the name of a thing: "to help the survivors of Tuesday's earthquake")
const URGED_ACT = /^\s+(?!(?:the|a|an|his|her|its|their|date|day|mid|early|late|end|this|that|next|last|fellow)\b)[a-z]+\b[^,;:.!?"\u201c\u201d]*$/;
// ("won an extension of the deadline to December 31": the noun moves a date as the verb does)
// ("the hearing has been put back to June 8", British for postponed; "brought forward to May 2")
const DELAY = /\b(?:delay|postpone|push(?:es|ed|ing)?\s+back|reschedul|defer|put\s+off|puts\s+off|extend|extension|slip|moves?\s+back|moved\s+back|chang(?:e|es|ed|ing)\s+(?:the\s+)?date|put(?:s|ting)?\s+back|(?:brought|bring(?:s|ing)?)\s+forward)/i;
// the verb right after "since <date>" that makes "since" a conjunction of cause: the date's own
// clause in the present or with a modal ("since Easter falls", "since May is", "since June will")
// (after a comma or at the clause's start: "the first speech since January might" is a noun's
// "since", the modal the main clause's)
const CAUSAL_SINCE_BEFORE = /(?:^\s*|[,;]\s*|\b(?:and|but)\s+)since\s+(?:the\s+|this\s+)?$/i;
const CAUSAL_SINCE_VERB = /^\s+(?:is|are|will|would|can|could|may|might|should|falls|comes|begins|starts|ends|occurs|arrives|lands)\b/;
const DATE_PREPOSITION = new Set(['on', 'in', 'at', 'last', 'this', 'early', 'late', 'during', 'earlier']);
const LINKING = new Set(['be', 'being', 'is', 'are', 'stay', 'stays', 'remain', 'remains', 'get', 'gets', 'become', 'becomes', 'seem', 'seems', 'look', 'looks']);
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', "'s", 'now', 'currently', 'today', 'remains', 'says']);

// a decision against an act, the act, then the date's preposition: "decided against touring in",
// "opted not to attend the summit on"
const GIVEN_UP = /^(?:decided|opted|chose|elected)\s+(?:against\s+[a-z]+ing|not\s+to\s+[a-z]+)\b[^,;:.()]*\s(?:on|in|at|for)\s+(?:the\s+)?$/i;

const SCHEDULED_FOR = /(?<!\bhad\s+(?:\w+ly\s+)?)\b(?:set|scheduled|called|fixed|slated|booked|rescheduled)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}for\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+|(?:midnight|noon)\s+)?$/i;
// (and the appointment told in the passive perfect: "A hearing has been set for 5 April", "the
// vote has been scheduled for Thursday"; not "had been set for", which may have come and gone)
const SET_FOR_PASSIVE = /(?<!\bhad\s+)\b(?:has|have)\s+(?:now\s+|also\s+|since\s+)?been\s+(?:set|scheduled|fixed|slated|booked|rescheduled|pencill?ed\s+in)\s+for\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
// (and a forecaster's notice for its day: "issued a flood warning for Saturday", "put out a
// tornado watch for Sunday night": a warning is given ahead of the weather it is for)
const FORECAST_FOR = /(?<!\bhad\s+(?:\w+ly\s+)?)\b(?:issued|posted|put\s+out|extended|upgraded|raised|declared|issues|posts|extends|upgrades|raises|declares)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:warning|watch|alert|advisory)s?\s+for\s+(?:(?:early|late)\s+)?$/i;
// an appointment made, in any of the three forms above: its day lies ahead of the making
const APPOINTED_FOR = [SCHEDULED_FOR, SET_FOR_PASSIVE, FORECAST_FOR];
// "the strike calendar had been set for April 2", "the vote was scheduled for March 3": an
// appointment told in the past tells the plan as it stood, and news names its day from where the
// story stands, the nearest one, whether the day has come since or not (a day a year back would
// be written with its year); only a calendar day or a month, which the nearest reading spreads
// over a year (a weekday's nearest is too short a reach to be trusted)
const SET_FOR_PAST = /\b(?:had\s+been|was|were)\s+(?:(?:\w+ly|also|already|first)\s+)?(?:set|scheduled|fixed|slated|booked|rescheduled|timed|pencill?ed\s+in)\s+for\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

// "bought two cargoes for April/May shipment", "sold wheat for March delivery": a commodity
// deal names the months of a forward shipment, which lie ahead of the deal reported, whatever
// its tense ("for May/June loading", "for nearby October arrival")
// (and a sentence may open with it, "For June shipment, the board bought"; and the windows may be a
// list, "for April, May and June shipment", each of its months a shipment month)
const FOR_SHIPMENT_BEFORE = /\b[Ff]or\s+(?:(?:nearby|early|mid|late|end|first\s+half|second\s+half)[\s-]+)?(?:[A-Z][a-z]+\.?(?:\s*[/-]\s*|,\s*|\s+(?:and|or)\s+)){0,3}$/;
const FOR_SHIPMENT_AFTER = /^(?:\s*[/-]\s*[A-Z][a-z]+\.?|,\s*[A-Z][a-z]+\.?|,?\s+(?:and|or)\s+[A-Z][a-z]+\.?){0,3}\s+(?:shipments?|delivery|deliveries|loading|arrivals?|shipping)\b/i;
// ("for May and June shipments": two months joined by "and" or "or" before the noun, as by a slash)
// "for shipment May 1-30, May 10-June 10, and May 25-June 25", "for delivery in March": the
// noun first, then the windows, up to three before the one read
const SHIPMENT_THEN_MONTHS = /\bfor\s+(?:shipment|delivery|loading|arrival)\s+(?:in\s+|during\s+|between\s+|from\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:\s?[-\u2013]\s?(?:[A-Z][a-z]+\.?\s+)?\d{1,2})?,?\s+(?:and\s+)?){0,3}$/;

// a month's futures contract: "the June contract", "the March soybean contract", "the December
// delivery", "June futures" (a month's figures or deliveries are no contract: "March deliveries")
const CONTRACT_AFTER = /^(?:\s+[a-z]+(?:-[a-z]+)?)?\s+(?:contracts?|futures|delivery\s+(?:month|position))\b/i;
// "basis the May position", "valued against the September position": the trade's word for a
// contract month's standing in the market, after "the" and a month with no day ("the pre-August 5
// position" is a stance held before a day)
const POSITION_AFTER = /^\s+position\b/;
// (the far end of a run of maturities as well: "maturing from May through September 24")
const MATURING_BEFORE = /\bmatur(?:e|es|ing)\s+(?:(?:in|on|from|by|between|through|until)\s+)?(?:[\w ]{3,20}\s(?:through|to|and|until)\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
// "the June bond", "June T-bonds", "the September notes", read as contracts only where the
// sentence quotes futures: a price in 32nds ("100-10/32") or the word itself
const DEBT_AFTER = /^\s+(?:T-)?(?:bonds?|notes?|bills?)\b/i;
const FUTURES_QUOTE = /\d-\d{1,2}\/32\b|\bfutures\b|\bcontracts?\b/i;

// a determiner, up to three words of the noun and what it holds, the noun, then "for" (not a verb's
// "for": "asked for", "waiting for", "bid for"; nor a figure's, "rose 5 pct for March")
const NOUN_FOR_MONTH = /\b(?:the|an?|its|their|his|her|this|next|each)\s+(?:(?!(?:for|to|is|are|was|were|has|have|had)\b)[\w-]+\s+){0,3}(?:issue|issues|coupon|rate|rates|price|prices|quota|quotas|target|targets|auction|tender|offering|allocation|allocations|programme|program|schedule|budget|plan|contract|talks|meeting|session|visit|deadline|date|payment|dividend|delivery|deliveries)\s+for\s+(?:(?:early|mid|late)[\s-]+)?$/i;
// the noun of a figure's change and its preposition, then the month; a modal right after the month
const FIGURE_CHANGE_IN = /\b(?:surge|jump|rise|increase|drop|fall|decline|slump|gain|rebound|dip|plunge|spike|slowdown|contraction|growth|pickup|upturn|downturn)\s+(?:in\s+[a-z]+\s+)?(?:in|during)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const MODAL_AFTER = /^\s+(?:should|will|would|could|may|might|must|can)\b/i;
// (the date's own words after the \u0000: "for \u0000April/May", "for April/\u0000May")
const FOR_MONTH_PAIR = new RegExp(`\\bfor\\s+(?:\\u0000${MONTH_WORD}\\s*/\\s*${MONTH_WORD}|${MONTH_WORD}\\s*/\\s*\\u0000${MONTH_WORD})(?![\\w/])`);

// a saying right before a period that names figures: "said fourth-quarter earnings", "says its
// January sales"
const SAID_BEFORE = /\b(?:said|says|say|added|adds)\s+(?:(?:its|their|the|his|her)\s+)?$/i;

// A cue further than this (in weighted characters) governs another part of a long sentence:
// reading no tense is then safer than borrowing a distant one.
const FARTHEST_CUE = 120;
// A figure is a word of its own, so that what stands next to it is not read as next to the
// word before it ("a high of $816,720 reached in February"), and its comma ends no clause.
const WORD = /[A-Za-z]+(?:['\u2019][a-z]+)?|\d+(?:[.,]\d+)*|[,;:()"\u201c\u201d]/g;
// "he'll" and "won't" give their auxiliaries as words of their own ("'ll", "wo"), with the
// typographic apostrophe as well as the straight one; other contractions stay whole words.
const WILL = /^([A-Za-z]+)['\u2019](ll)$|^(wo)(n['\u2019]t)$/i;

// Words and marks that end a clause: a verb on the far side of one governs another clause.
// (not the brackets of a short aside, "420,000 barrels per day (bpd) from May 1", "the foreign
// trade department (CACEX)": an abbreviation or a gloss of three words or fewer ends no clause)
function shortAside(words: readonly { word: string; index: number }[], j: number): boolean {
  const mark = words[j].word;
  if (mark === '"' || mark === '\u201c' || mark === '\u201d') return shortQuote(words, j);
  if (mark !== '(' && mark !== ')') return false;
  const [step, other] = mark === '(' ? [1, ')'] : [-1, '('];
  for (let k = j + step, n = 0; k >= 0 && k < words.length && n <= 3; k += step, n++) if (words[k].word === other) return n > 0;
  return false;
}
// (nor the marks of a short quoted phrase, "for \"a group performance\" as part of", a name or a
// term quoted inside the clause: four words or fewer between the marks, none of them a mark)
function shortQuote(words: readonly { word: string; index: number }[], j: number): boolean {
  // (a straight mark opens when the word after it stands against it, "\"a group", and closes when
  // the word before it does, "performance\""; one touching both, or neither, is left a boundary)
  const mark = words[j];
  const before = words[j - 1];
  const touchesBefore = before !== undefined && before.index + before.word.length === mark.index;
  const touchesAfter = words[j + 1]?.index === mark.index + 1 && /^[A-Za-z0-9]/.test(words[j + 1].word);
  if (mark.word === '"' && touchesBefore === touchesAfter) return false;
  const opening = mark.word === '\u201c' || (mark.word === '"' && touchesAfter);
  const step = opening ? 1 : -1;
  for (let k = j + step, n = 0; k >= 0 && k < words.length && n <= 4; k += step, n++) {
    const w = words[k].word;
    if (w === '"' || w === (opening ? '\u201d' : '\u201c')) return n > 0;
    if (/^[,;:()\u201c\u201d]$/.test(w)) return false;
  }
  return false;
}
const BOUNDARY = new Set([',', ';', ':', '(', ')', '"', '\u201c', '\u201d', 'that', 'which', 'who', 'because', 'but', 'while', 'when', 'although', 'whereas', 'and']);
const COMING_NOUN = /^(?:days?|weeks?|months?|years?|decades?|hours?|season|seasons|winter|spring|summer|autumn|fall|weekend|session|election|elections|sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;
// a past auxiliary denied, then the act: "didn't search the station", "had not paid" (no clause
// boundary between it and the "until" that follows)
const NOT_DONE_BEFORE = /\b(?:did|had|was|were|could)\s*(?:n't|not)\s+(?:(?!until\b|till\b)[a-z']+\s+)*$|\bnever\s+(?:[a-z']+\s+){0,6}$/;
// a past of being or staying, up to three words of the state, then "until" (no clause between)
const PAST_STATE_UNTIL = /\b(?:was|were|remained|stayed|had\s+been)\s+(?:(?!(?:to|and|but|that|which|who)\b)[\w-]+\s+){0,3}(?:until|till)$/i;
// the words of a suspension, whose end a "until" sets ahead (tenseDirection.ts's SUSPENSION_END)
const SUSPENSION_WORDS = /\b(?:cancel|suspend|ground|halt|freez|froze|clos|shut|ban|extend|delay|postpone|pause|block|bar|defer|restrict)\w*/i;
const OPENS_CLAUSE = /^(?:after|before|until|till|if|once|unless|whether|where)$/;
// what follows "after", "before", "until" when they are prepositions of a noun phrase ("after his
// April 2 victory"), not conjunctions of a clause ("after lawmakers voted")
const PREPOSITION_OF_NOUN = /^(?:the|a|an|his|her|its|their|our|my|your)$/;
// "will strike on Thursday unless it has reached a settlement", "meets Friday if the talks go well":
// a condition opened after the date has the tense a condition takes (the present for what is still
// to come), no tense of the date's own clause; its cues count as past a clause boundary
const CONDITION_AFTER = new Set(['if', 'unless', 'once', 'provided']);
// "will be named at a party convention on October 30 and elected prime minister by parliament on
// November 6": a second participle after "and"/"or", with no subject of its own, shares the first
// one's passive and the modal or "to" that places it, whatever place or date stands between; news
// drops the repeated "will be" ("was named ... and elected" keeps its past: only a modal's is shared)
const SHARED_AUXILIARY = /^(?:will|'ll|shall|would|to)$/;
/** Whether the participle at word `i`, after "and"/"or", continues a passive of a modal or "to" earlier in its clause ("will be named ... and elected"). */
function sharesModalPassive(lower: readonly string[], cues: readonly ({ tense: Tense } | null)[], i: number): boolean {
  for (let j = i - 2; j >= 2 && j >= i - 16; j--) {
    if (BOUNDARY.has(lower[j]) || OPENS_CLAUSE.test(lower[j])) return false;
    if (!cues[j]) continue;
    if (cues[j]!.tense !== 'past' || !lower[j].endsWith('ed')) return false;
    // the first participle, right after "be" (an adverb may stand between: "be formally named")
    const be = lower[j - 1].length > 4 && lower[j - 1].endsWith('ly') ? j - 2 : j - 1;
    return lower[be] === 'be' && SHARED_AUXILIARY.test(lower[be - 1] ?? '');
  }
  return false;
}
// words of quantity a participle may follow before its noun ("some experienced depth")
const QUANTITY = /^(?:some|many|more|most|few|fewer|several|no|any|all|much|less|enough)$/;
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose']);
// A cause reported done: what it made happen happened ("forced the airport to be closed").
const CAUSED = new Set(['caused', 'forced', 'prompted', 'led', 'obliged', 'compelled']);
// Future cues that are nouns or past unless followed by "to" ("announced plans Friday").
const NEEDS_TO = new Set(['plans', 'plan', 'planning', 'set', 'going', 'due', 'aims', 'hopes', 'intends', 'intend', 'hoping', 'aiming', 'seeking', 'intending']);

const FORECAST_PAST = /^(?:predicted|projected|anticipated|forecasted)$/;
// the participles of forecasting after the figure forecast, and the figure or its noun before them
const PROJECTED_IN = /^(?:predicted|projected|forecast|forecasted|estimated)$/;
const FIGURE_BEFORE = /(?:\b(?:dlrs|dollars|pct|percent|billion|mln|million|rate|growth|deficit|surplus|level|figure|target)|\d|%)\s+(?:[A-Z][\w.]*\s+){0,4}$/;
const BE_OR_HAVE = /^(?:is|are|was|were|be|been|being|am|has|have|had|'s|'re)$/;

// "the expected gain the company predicted in February", "as he projected in January": the verb
// of forecasting right after its subject (a pronoun, a noun after its determiner, a name) and
// right before "in" and the month is the act of forecasting, dated by that month, as "projected
// in January" after the figure is (what is forecast would stand between: "predicted a gain in May")
const FORECASTER = /^(?:he|she|it|they|we|i|company|firm|group|bank|government|ministry|analysts?|economists?)$/;
function forecasterBefore(sentence: string, words: { word: string; index: number }[], i: number): boolean {
  const subject = words[i - 1];
  if (!subject) return false;
  return FORECASTER.test(subject.word) || /^[A-Z][a-z]/.test(sentence.slice(subject.index, subject.index + 2)) || (DETERMINER.has(words[i - 2]?.word ?? '') && /^[a-z]{3,}$/.test(subject.word) && !cueOf(subject.word));
}

// the words of the past list that are no participle a modal could stand before
const NOT_PARTICIPLE = /^(?:was|were|had|did|said|ago|last|earlier|previous|previously|yesterday|since|originally|initially)$/;
const HEARSAY = /^(?:rumou?red|tipped|believed|thought|reputed|poised)$/;
const FORECAST_MOVE = /^(?:ris|fall|climb|gain|drop|slipp|eas|extend|cutt|rais|hik|lower|keep|hold|boost|slow|accelerat|expand|shrink|widen|narrow|hitt|reach|topp|edg|return|resum|paus|stay|remain)ing$/;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

// before a noun "plans": a determiner, a possessive, a describing word or a verb's particle
const BEFORE_NOUN_PLAN = /^(?:no|any|new|fresh|detailed|ambitious|firm|concrete|out|up|forward|down|['\u2019]s|.*['\u2019]s)$/;

/** Whether "plans"/"plan" at word `i` is a noun (the object of a verb), not the clause's verb. */
function nounPlan(sentence: string, words: { word: string; index: number }[], i: number): boolean {
  const prev = words[i - 1];
  if (!prev) return false;
  // ("the owners' plans": the plural possessive's mark stands outside the word)
  if (DETERMINER.has(prev.word) || BEFORE_NOUN_PLAN.test(prev.word) || /['\u2019]/.test(sentence[prev.index + prev.word.length] ?? '')) return true;
  return cueOf(sentence.slice(prev.index, prev.index + prev.word.length))?.tense === 'past';
}

// "due to" names a cause when a noun phrase follows it: a determiner, a figure, a word in -ing
// or a participle before its noun ("due to rising costs", "due to increased imports"; a plain
// verb in -eed stays a plan: "due to proceed"), or when an adverb of degree stands before it
// ("largely due to", "partly due to"), which no plan takes
const CAUSE_AFTER_DUE_TO = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|lower|higher|weak|weaker|strong|stronger|poor|bad|heavy|cold|severe|continued|\d[\d.,]*|[a-z]{3,}ing|[a-z]{3,}(?<!e)ed)$/;
const DEGREE_BEFORE_DUE = /^(?:largely|partly|mainly|mostly|partially|primarily|chiefly|entirely|solely|wholly|probably|possibly|apparently|presumably|also|not)$/;

function dueToCause(lower: string[], i: number): boolean {
  if (lower[i + 1] !== 'to') return false;
  return CAUSE_AFTER_DUE_TO.test(lower[i + 2] ?? '') || DEGREE_BEFORE_DUE.test(lower[i - 1] ?? '');
}

// what follows a verb, not a describing participle
// (a figure, an adverb or a preposition of place or time: "climbed 4.1 billion", "rose
// sharply", "the uprising erupted in March"; "for" and "to" open a participle's appointment
// more often, "a meeting called for April 27", and leave it describing)
const VERB_GOES_ON = /^(?:\d.*|by|from|in|on|at|during|after|before|since|over|about|nearly|almost|some|the|a|an|its|their|his|her|[a-z]+ly)$/;
const GOVERNS_PLAIN_VERB = /^(?:to|will|'ll|would|should|could|can|may|might|must|shall)$/;

/** Whether the participle at word `i` follows (past one adverb) a plain verb that a modal or "to" governs: "will report improved", "to post sharply reduced". */
function objectDescribed(lower: string[], i: number): boolean {
  let j = i - 1;
  if (j >= 0 && lower[j].length > 4 && lower[j].endsWith('ly')) j--;
  const verb = lower[j];
  if (verb === undefined) return false;
  // ("to remain closed through Wednesday": a state after a linking verb, read below)
  if (/^(?:have|has|had|be|been|being|get|got|not|never)$/.test(verb) || LINKING.has(verb) || verb.endsWith('ed') || verb.endsWith('ing') || GOVERNS_PLAIN_VERB.test(verb)) return false;
  return GOVERNS_PLAIN_VERB.test(lower[j - 1] ?? '');
}

// a participle's compound ("top-seeded", "state-owned") standing where no verb does: the
// words that may come before a noun phrase's describing words
const BEFORE_DESCRIBED = /^(?:[,;:(\u201c"]|with|of|for|from|by|on|in|at|to|into|after|before|against|among|as|like)$/;

/** Whether the compound adjective whose first part is word `first` stands before a noun: at the sentence's start, after a mark, a determiner or a preposition, and with no verb's object (a determiner, a figure) right after it. */
function compoundDescribes(lower: string[], first: number): boolean {
  const before = lower[first - 1];
  const after = lower[first + 2];
  if (after === undefined || VERB_GOES_ON.test(after) || GOVERNS_PLAIN_VERB.test(after)) return false;
  return before === undefined || (DETERMINER.has(before) && before !== 'that') || BEFORE_DESCRIBED.test(before);
}

// "would often visit in May": the past's habit, no plan
const HABIT = /^(?:often|usually|always|sometimes|regularly|never|typically|routinely|normally|occasionally|frequently)$/;
const ATTRIBUTING = /^(?:said|says|added|adds|told|tells|noted|notes|reported|announced|stated|explained|predicted|warned)$/;

/** The word index of a saying that closes the sentence after `end` (", Lusinchi said.", ", the ministry said in a statement."), -1 when none: a comma, at most six words with no cue of their own, the saying, and no clause after it. */
function closingAttribution(words: { word: string; index: number }[], cues: ({ tense: Tense; weight: number } | null)[], end: number): number {
  for (let i = words.length - 1; i >= 0 && i >= words.length - 8; i--) {
    if (!ATTRIBUTING.test(words[i].word) || words[i].index < end) continue;
    // (only a few words of where or how may follow it, "said in a statement", no clause of what
    // was said: "BP said it would waive the cap")
    if (words.length - i > 6 || words.slice(i + 1).some((w, k) => (BOUNDARY.has(w.word) && w.word !== '"' && w.word !== '\u201d') || cues[i + 1 + k] !== null || /^(?:it|he|she|they|we|i|there|this)$/.test(w.word))) return -1;
    let j = i - 1;
    while (j >= 0 && i - j <= 6 && words[j].word !== ',' && !cues[j] && /^[a-z]/.test(words[j].word)) j--;
    return j >= 0 && j < i - 1 && words[j].word === ',' && words[j].index >= end ? i : -1;
  }
  return -1;
}

// "after Alabama's killer tornadoes in April", "since the deadly earthquake in January": a
// disaster told with its date, after "after" or "since" and with no verb of its own, is one that
// has struck, whatever the clause around it says is still to do (a forecast's "after the storm on
// Friday" is left: storms are forecast, and a sentence that forecasts is left whole)
const DISASTER_THEN_DATE = /\b(?:after|since|following)\s+((?:[\w'\u2019-]+\s+){0,4})(?:earthquakes?|quakes?|tsunami|tornado(?:e?s)?|twisters?|blasts?|explosions?|bombings?|shootings?|massacre|killings|crash|derailment|spill|blowout|wildfires?|landslides?|mudslides?|eruption|attacks?|riots?)\s+(?:in|on|of|last)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
const FORECASTING = /\b(?:will|shall|would|could|might|should|may|expected|forecasts?|predicted|likely)\b|['\u2019]ll\b/i;

/** Whether the date at `start` dates a disaster named after "after"/"since"/"following" with no verb between (DISASTER_THEN_DATE). */
function disasterAfter(sentence: string, start: number): boolean {
  const m = DISASTER_THEN_DATE.exec(sentence.slice(Math.max(0, start - 80), start));
  if (!m || FORECASTING.test(sentence)) return false;
  return m[1].split(/\s+/).filter(Boolean).every((w) => cueOf(w) === null && !/ing$/i.test(w));
}

// a plan's noun, "that"/"which" and the verb of what it holds, then the date in that clause
const PLAN_HOLDS = /\b(?:schedule|timetable|plan|proposal|agenda|road\s?map|blueprint)\s+(?:that|which)\s+(?:included|includes|include|called\s+for|calls\s+for|envisaged|envisages|foresaw|foresees|set\s+out|sets\s+out|provided\s+for|provides\s+for)\s+[^,;:.]*\s(?:in|on|by|for)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

// the pasts that end in -eed (cueOf: "succeed", "proceed", "need" are none)
const EED_PAST = /(?:agreed|freed|decreed|guaranteed|refereed|emceed)$/;

// "its Oak Brook Hills Hotel and Conference Center in suburban Chicago will open": an "and" between
// two capitalised words is inside a name (a firm's, a building's), and joins no clauses
const CAPITAL = /[A-Z]/;
function namesAnd(sentence: string, words: readonly { word: string; index: number }[], i: number): boolean {
  const [before, after] = [words[i - 1], words[i + 1]];
  return before !== undefined && after !== undefined && CAPITAL.test(sentence[before.index]) && CAPITAL.test(sentence[after.index]) && /^[a-z]/.test(before.word) && /^[a-z]/.test(after.word);
}

/** The index of the last word before `start`, -1 when none. */
function lastBeforeIndex(words: { index: number }[], start: number): number {
  let i = words.length - 1;
  while (i >= 0 && words[i].index >= start) i--;
  return i;
}

/** `word` in lower case with the typographic apostrophe straight, as the word lists hold words. */
function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

const DENIED_PAST = /^(?:did|was|were|had)n't$/;
// "it's possible to be ready between July 20 and July 27": a present written short is a present
const CONTRACTED_PRESENT = /^(?:it|that|there|here|he|she|what|who|where)'s$|^(?:we|they|you)'re$/;
function cueOf(word: string, w = lowerWord(word)): { tense: Tense; weight: number } | null {
  // "peaked in May and October": a capitalised "May" is the month (or a name), not the modal
  // that would send the next date ahead (news opens no sentence on a modal "May")
  if (word === 'May') return null;
  if (FUTURE.has(w)) return { tense: 'future', weight: 1 };
  if (WEAK_FUTURE.has(w)) return { tense: 'future', weight: 1.6 };
  if (PAST.has(w)) return { tense: 'past', weight: 1 };
  // "didn't", "wasn't": a past denied is a past ("the FBI didn't search the station until October")
  if (DENIED_PAST.test(w)) return { tense: 'past', weight: 1 };
  if (PRESENT.has(w) || CONTRACTED_PRESENT.test(w)) return { tense: 'present', weight: 1.3 };
  // Regular past tense and participles ("announced", "has launched"); capitalised words are
  // mostly names ("United"), so only lower-case ones count. ("succeed", "proceed", "exceed",
  // "need" end in -eed without being pasts: of those, only "agreed", "freed" and the like are.)
  if (w === word && ((w.length > 4 && w.endsWith('ed') && (!w.endsWith('eed') || EED_PAST.test(w))) || SHORT_PAST.has(w))) return { tense: 'past', weight: 1.2 };
  return null;
}

/** A sentence's words (lower case, "'ll" and "n't" apart), where each stands, and each one's own cue (cueOf). */
interface Reading {
  sentence: string;
  words: { word: string; index: number }[];
  lower: string[];
  cues: ({ tense: Tense; weight: number } | null)[];
}

// The sentence read last: a sentence's tense is asked once for each of its dates and again by
// the refiners and the reported-figures test, and reading its words was most of an answer's
// cost. (Nothing reading it changes it.)
let lastReading: Reading | null = null;

function readingOf(sentence: string): Reading {
  if (lastReading !== null && lastReading.sentence === sentence) return lastReading;
  const words: { word: string; index: number }[] = [];
  // (each list built by push, not by words.map: the arrays map() returns differ in their hidden
  // class from one call to the next, and each new one threw V8's optimised code for
  // tenseAround away, to be compiled again at a cost of 100-250 ms of CPU each time)
  const lower: string[] = [];
  const cues: ({ tense: Tense; weight: number } | null)[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const token = tokenReading(m[0]);
    for (let k = 0; k < token.words.length; k++) {
      words.push({ word: token.words[k], index: m.index + token.offsets[k] });
      lower.push(token.words[k]);
      cues.push(token.cues[k]);
    }
  }
  lastReading = { sentence, words, lower, cues };
  return lastReading;
}

/** One token of WORD as written, read: its words in lower case ("'ll" and "n't" apart), where each starts in it, and each one's cue. */
interface TokenReading {
  words: string[];
  offsets: number[];
  cues: ({ tense: Tense; weight: number } | null)[];
}

// Tokens read so far (a story's words recur, "the", "said", "will": reading each afresh was most
// of a sentence's reading), forgotten all at once past TOKENS_KEPT so that a long run's memory
// stays bounded. (Nothing reading a token changes what it holds.)
const tokensRead = new Map<string, TokenReading>();
const TOKENS_KEPT = 20_000;

function tokenReading(token: string): TokenReading {
  const known = tokensRead.get(token);
  if (known !== undefined) return known;
  let reading: TokenReading;
  const will = token.length > 3 && WILL.exec(token);
  if (will) {
    const head = will[1] ?? will[3];
    reading = { words: [head.toLowerCase(), will[2] ? "'ll" : "n't"], offsets: [0, head.length], cues: [cueOf(head), cueOf(token.slice(head.length))] };
  } else {
    // (each word's cue read from the word as written: its case tells a name from a verb)
    const word = lowerWord(token);
    reading = { words: [word], offsets: [0], cues: [cueOf(token, word)] };
  }
  if (tokensRead.size >= TOKENS_KEPT) tokensRead.clear();
  tokensRead.set(token, reading);
  return reading;
}

// "led Christie to suggest, in a hot-mic moment on Wednesday evening, \u201cShe\u2019s going to get
// smoked\u201d", "\u201cWe will appeal,\u201d the lawyer said on Friday": a quotation holds another
// speaker's words, told in the speaker's own tense; a verb inside a quotation that the date stands
// outside of is no verb of the date's clause. (A quoted phrase of four words or fewer is part of
// the clause around it, "the firm \"will reconsider\" on Monday": shortQuote.)
// Each word's quotation (its first word's index) or -1, and each quotation's length in words;
// read only for a sentence holding a mark.
const quoteMemo = new WeakMap<Reading, { of: Int32Array; length: Map<number, number> }>();
function quotationsOf(reading: Reading): { of: Int32Array; length: Map<number, number> } {
  let memo = quoteMemo.get(reading);
  if (memo) return memo;
  const { words } = reading;
  const of = new Int32Array(words.length).fill(-1);
  const length = new Map<number, number>();
  let open = -1;
  for (let j = 0; j < words.length; j++) {
    const w = words[j].word;
    if (w === '\u201c' || w === '\u201d' || w === '"') {
      const before = words[j - 1];
      const touchesBefore = before !== undefined && before.index + before.word.length === words[j].index;
      const touchesAfter = words[j + 1]?.index === words[j].index + 1 && /^[A-Za-z0-9]/.test(words[j + 1].word);
      const opening = w === '\u201c' || (w === '"' && (touchesAfter && !touchesBefore ? true : touchesBefore && !touchesAfter ? false : open < 0));
      if (opening && open < 0) open = j + 1;
      else if (!opening && open >= 0) {
        length.set(open, j - open);
        open = -1;
      }
      continue;
    }
    if (open >= 0) of[j] = open;
  }
  if (open >= 0) length.set(open, words.length - open);
  memo = { of, length };
  quoteMemo.set(reading, memo);
  return memo;
}

// A date set before its clause: "By Sunday, the police were watching the house", "Later on
// Sunday night, officers found a second device", "Until March, the road was closed". Only words
// that place the clause against the date ("by", "until", "later", "late", "on") stand before it,
// and a comma closes it (after a part of day, if the span left one out).
// A forecast's "For Thursday night into Friday morning, ..." fronts a stretch of days as well:
// both its days are the clause's, after the span's second day.
// (the deadline opens its sentence or a clause joined to it, not an "if" clause's; the verb is
// the clause's act, no reporting verb: "If talks are not done by the end of the quarter, the
// company estimated ..." still looks ahead)
// "by", a deadline's own words, and the date after them ("by the end of ", "by early ")
const BY_DEADLINE = String.raw`by\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of)[\s-]+)?$`;
// participles that tell a plan as it stood, no act done ("was expected to", "were due to")
const PLAN_STOOD_WORDS = 'expected|scheduled|supposed|slated|planned|set|due|likely|hoped|intended|required|needed';
const DONE_BY = new RegExp(String.raw`^(?![^]*\b(?:will|would|shall|to|could|should|may|might|must|can|expects?|expected|plans?|planned|aims?|aimed|hopes?|hoped|intends?|intended|set|due|going|wants?|wanted|needs?|needed|until|unless|if)\b)[^]*\b(?<!\b(?:not|be|been|being|are|is|was|were|get|gets|got)\s)(?:completed|finished|ended|closed|repaid|paid|delivered|reached|sold|signed|approved|met|hit|achieved|wrapped\s+up|filed|submitted|released)\s+(?:\S+\s+){0,6}${BY_DEADLINE}`, 'i');
// a figure's change told in a plain past up to a deadline: "the number of cases soared to 498 by
// the weekend", "sales rose 5 pct by March": the tally stood there by then, no look ahead (a
// modal, "expected" or an infinitive before it keeps the deadline ahead)
const FIGURE_BY = new RegExp(String.raw`^(?![^]*\b(?:will|would|shall|could|should|may|might|must|can|expects?|expected|forecasts?|forecast|projected|seen|to\s+(?:rise|fall|reach|climb|grow))\b)[^]*\b(?<!\b(?:to|not|will|would)\s)(?:rose|fell|soared|climbed|jumped|grew|dropped|doubled|tripled|surged|swelled|plunged|slumped|increased|declined)\s+(?:(?:to|by)\s+)?[$\d][^\s]*\s+(?:\S+\s+){0,3}${BY_DEADLINE}`, 'i');
const FRONTED_BY_OPENS = new RegExp(String.raw`(?:^|[,;:]\s*(?:but|and|yet|so|then)?\s*|\b(?:but|and|yet|so|then)\s+)${BY_DEADLINE}`, 'i');
const FRONTED_BY_PAST = new RegExp(String.raw`^\s*,\s*(?:(?!(?:will|would|shall|could|should|may|might|must|to|is|are|has|have)\b)[\w'\u2019-]+\s+){1,5}(?!(?:${PLAN_STOOD_WORDS}|estimated|reported|added|noted|warned|stated|forecasted|predicted|projected|calculated|claimed|argued|insisted|explained|announced|confirmed|revealed|indicated|suggested)\b)[a-z]{3,}ed\b(?!\s+to\b)`, 'i');
// a plain past passive after the date: "by Thursday night the pair were reunited"
const BY_DAY_PASSIVE = new RegExp(String.raw`^[^.;:,]{0,50}?\b(?:was|were)\s+(?:\w+ly\s+)?(?!(?:${PLAN_STOOD_WORDS}|going|about|asked|told|urged|ordered)\b)[a-z]{3,}ed\b(?!\s+to\b)`, 'i');
const BY_DAY = new RegExp(String.raw`\b${BY_DEADLINE}`, 'i');
const BY_DAY_TALLY = /^[^.;:,]{0,50}?\b(?:had|stood|numbered|totalled|totaled|reached|topped|passed)\s+(?:at\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:\d|a\s+(?:total|tally|record)\b)/i;
const FRONTED_PREPOSITIONS = '(?:(?:by|until|till|later|earlier|early|late|on|in|at|around|about|for|as\\s+of)\\s+)+';
// (a sentence may open on the date itself: "July 21, the day after the plan was announced, the
// stock rose 27 points")
// a linking word a sentence may open on before its date ("And this weekend, ...", "Meanwhile, on Monday")
const OPENING_LINK = '(?:(?:and|but|then|so|yet|still|also|meanwhile|separately|elsewhere|earlier|later)\\s*,?\\s+)?';
const FRONTED_BEFORE = new RegExp(`^\\s*${OPENING_LINK}(?:${FRONTED_PREPOSITIONS})?$`, 'i');
const OPENS_BARE = new RegExp(`^\\s*${OPENING_LINK}$`, 'i');
const PART_AFTER = '(?:\\s+(?:morning|afternoon|evening|night))?';
const SPAN_ON = '\\s+(?:into|through|and|or|to|until|till)\\s+(?:the\\s+)?(?:early\\s+|late\\s+)?';
const DAY_WORD = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|tonight|tomorrow)';
const FRONTED_AFTER = new RegExp(`^${PART_AFTER}(?:${SPAN_ON}${DAY_WORD}${PART_AFTER})?\\s*,`, 'i');
// the span's second day: "For Thursday night into \u0000Friday morning,"
const FRONTED_SPAN_BEFORE = new RegExp(`^\\s*${FRONTED_PREPOSITIONS}(?:the\\s+)?${DAY_WORD}${PART_AFTER}${SPAN_ON}$`, 'i');
const FRONTED_SPAN_AFTER = new RegExp(`^${PART_AFTER}\\s*,`, 'i');
// "At its April 29 annual meeting, shareholders will vote on ...", "The company said that at the
// May 12 meeting, the board will consider ...": a fronted phrase whose noun the date names (a
// meeting, a session, a hearing) is dated by the clause after its comma, as a fronted date is; the
// clause may open the sentence or the report after "said that"
const FRONTED_NOUN_BEFORE = /^(?:.*\b(?:said|says|added|announced|reported|stated|noted)\s+that\s+)?(?:at|on|in|during|before|after)\s+(?:the|its|their|his|her|this)\s+$/i;
const FRONTED_NOUN_AFTER = /^(?:\s+[a-z][a-z-]*){1,3}\s*,\s*/;
// "The spokesman said that on Thursday and Friday the deputy trade representative would meet ...":
// a date fronted in a reported clause, after "said that" and its preposition, is dated by that
// clause's own verb after its subject, as a date opening the sentence is, not by the saying
const FORECASTER_AFTER = /^\s*,?\s*(?:he|she|it|they|we|the\s+[a-z]+|[A-Z][a-z]+)\s+(?:predicted|projected|anticipated|forecasted|forecast)\b/;
const REPORTED_FRONTED_BEFORE = /\b(?:(?:said|says|added|announced|reported|stated|noted)\s+|told\s+(?:\w+\s+){1,3})that\s+(?:on|in|at|during|from|around)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

// A date joined to the one before it by "and"/"or", with only a preposition or an adverb
// between: "into Friday and further into the weekend", "on Monday or Tuesday". One verb governs
// both, and the first stands nearer to it ("and/or" is a forecast's "or": "Friday and/or Saturday").
const JOINED = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night)\s+(?:and|(?:and\/)?or)\s+(?:(?:then|further|possibly|perhaps|maybe|even|again|also|probably|likely)\s+)?(?:(?:into|on|over|through|throughout|during|until|till|in|at)\s+)?(?:(?:the|this)\s+)?$/i;

// (a month's day: a weekday or a clock opening a line is a schedule's as often)
const CHRONOLOGY_ENTRY = /(?:^|\n)[ \t]*$/;
const MONTH_OPENS = new RegExp(`^${MONTH_WORD}`, 'i');
const EXPECTATION = /^(?:expected|anticipated|forecast|predicted|planned|scheduled|hoped|feared|projected|estimated|intended)$/;
const OVERTAKEN_PLAN = /^(?:planned|scheduled|intended|arranged)$/;
// the participle or adjective of a plan after "was"/"were" and before "to"
const PLAN_STOOD = /^(?:expected|due|scheduled|set|supposed|slated|planned|meant|intended|likely)$/;
// (the plan's participle right after "was"/"were" in what a source said, confirmed or told,
// whose past is the telling's ("A hearing was expected on Friday", told by the story, keeps the
// past); or "was to" and a verb: "was to blame" is no plan, "were to have" a plan undone)
const PLAN_AS_IT_STOOD = new RegExp(String.raw`(?:(?:\b(?:said|says|confirmed|confirms|told|added|stated|announced|reported|indicated|signalled|signaled)\b(?:\s+that)?[^.;!?]{0,60}?|\bthat\s+(?:[\w'’-]+\s+){1,4})\b(?:was|were)\s+(?:${PLAN_STOOD_WORDS})\b|\b(?:was|were)\s+to\s+(?!(?:have|blame)\b)[a-z]+\b)[^.;!?,:]{0,100}$`, 'i');
const FORECAST_NOUN = /\b(?:risk|threat|chance|odds|warning|watch|alert|outlook|forecast)/i;
const WAS_WERE = /\b(?:was|were)\s/i;
const AHEAD_OF = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|its|their|his|her|this)\s+)?$/i;
// ("ahead of his departure on Sunday", "in the run-up to the vote in May": the thing ahead of
// which a clause is done, named by a noun with its own date; not "ahead of schedule in March", a
// manner, nor "ahead of the forecast", a comparison)
const AHEAD_OF_NOUN = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+preparation\s+for)\s+(?:(?:the|a|an|its|their|his|her|this)\s+)?(?!(?:schedule|time|target|plan|expectations?|forecasts?|estimates?|consensus|rivals?|inflation|the\s+curve)\b)(?:[a-z][a-z'\u2019-]*\s+){1,3}(?:on|in|at)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const PERFECT_FORECAST = /\b(?:has|have)\s+(?:(?:now|also|already|just)\s+)?[a-z]{3,}ed\b[^.;!?]{0,60}\b(?:(?:risk|threat|chance|odds)\s+of|(?:warning|watch|alert|outlook|forecast)s?\s+(?:of|for))\b[^.;!?]{0,120}$/i;
const OVERTAKEN_AFTER = /^[^.;]{0,40}\b(?:but|before|until|instead|however|was\s+(?:delayed|postponed|cancell?ed|called\s+off|scrapped))\b/i;
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|noon|midday)\b/i;
const ENTRY_AHEAD = /\b(?:will|shall|is to|are to|to be|due|expected|scheduled|set to|planned|plans?)\b|['’]ll\b/i;

// "will consider the next steps when Gen Mood briefs them on Tuesday", "the ferry will sail once
// the storm passes on Friday": a time clause of a clause that will happen is told in the present
// and lies ahead with it. (A past in the time clause, "will appeal, as it did when the ruling was issued on
// Monday", keeps its own side.)
// (only the conjunctions: "after", "before" and "until" are as often prepositions, "will take the
// preventer apart to learn why it failed after the explosion April 20")
const TIME_CLAUSE_BEFORE = /\b(?:when|once|as\s+soon\s+as)\s+([^,;:()"\u201c\u201d]{1,90})$/i;
const PAST_IN_CLAUSE = /\b(?:was|were|had|did|said|\w{3,}ed)\b/i;
const WILL_IN_CLAUSE = /\b(?:will|shall)\b|\w['\u2019]ll\b/i;
function timedByFutureClause(sentence: string, start: number): boolean {
  const time = TIME_CLAUSE_BEFORE.exec(sentence.slice(Math.max(0, start - 100), start));
  if (!time || PAST_IN_CLAUSE.test(time[1])) return false;
  const before = sentence.slice(0, Math.max(0, start - 100) + time.index);
  // the clause it hangs on: from its last stop or semicolon
  const main = before.split(/[.;:!?]\s/).pop() ?? '';
  return WILL_IN_CLAUSE.test(main) && !/\bwould\b/i.test(main.slice(main.search(WILL_IN_CLAUSE)));
}

// "On May 18, Data General said, it will redeem the debentures": after a fronted date, an
// attribution set off by commas (a name or a pronoun, then "said,") is an aside; the clause after
// it is the one the date opens (not before a quotation, "On Monday, he said, \"...")
const FRONTED_ASIDE = /^\s*(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+|(?:[A-Z][\w.&'\u2019-]*\s+){0,4}[A-Z][\w.&'\u2019-]*|it|he|she|they|officials|analysts|sources)\s+(?:said|says|added|adds|noted|notes),(?!\s*["\u201c])\s*/;

/**
 * The tense governing the expression at [start, end) of `sentence`; null when nothing tells.
 *
 * `perfectPast`: whether a present perfect ("has raised fears", "have varied") reads as the past
 * for this expression. It does for a weekday: a perfect sentence tells what has happened up to
 * now, and a weekday in it is the day of something done in the week just gone ("the release of
 * a video on Saturday has raised fears"). A perfect takes no definite past time of its own
 * ("as of 26 April, the ministry has reported 18 cases" is a state on that day), so a month or a
 * calendar date keeps the nearest reading, where a year back would be far off.
 */
export function tenseAround(sentence: string, start: number, end: number, perfectPast = false, reach = FARTHEST_CUE): Tense | null {
  // A chronology's entry, "Feb. 28 - EU governments approve sanctions", "May 2: Obama visits the
  // Gulf Coast": a date opening its line before a dash or a colon, told in the historical
  // present, is a step of what has happened, unless the line says it is still to come
  if (CHRONOLOGY_ENTRY.test(sentence.slice(Math.max(0, start - 3), start)) && MONTH_OPENS.test(sentence.slice(start, end)) && /^\s*(?:-{1,2}|[—–:])\s/.test(sentence.slice(end, end + 4))) {
    const lineEnd = sentence.indexOf('\n', end);
    const line = sentence.slice(end, lineEnd < 0 ? sentence.length : lineEnd);
    if (!ENTRY_AHEAD.test(line)) return 'past';
  }
  const from = Math.max(0, start - 60);
  const joined = JOINED.exec(sentence.slice(from, start));
  if (joined) {
    const first = from + joined.index;
    const tense = tenseAround(sentence, first, first + /^\w+/.exec(joined[0])![0].length, perfectPast);
    if (tense) return tense;
  }
  // A fronted date is dated by the verb group of the clause it opens, as a date after its verb
  // is by that verb: its preposition says where the clause's act stands against the date ("by
  // Sunday" is no later than Sunday), not where the date stands against publication.
  const opening = sentence.slice(0, start);
  // (a date opening its sentence with no preposition is read so only when its own words tell no
  // side: "And this weekend, forgo the champagne" keeps its "this")
  const bare = OPENS_BARE.test(opening);
  const sided = bare && /^(?:this|last|next|coming|past|previous)\b/i.test(sentence.slice(start, end));
  const after = FRONTED_BEFORE.test(opening) && !sided ? FRONTED_AFTER.exec(sentence.slice(end, end + 48)) : FRONTED_SPAN_BEFORE.test(opening) ? FRONTED_SPAN_AFTER.exec(sentence.slice(end, end + 24)) : null;
  const noun = !after && FRONTED_NOUN_BEFORE.test(opening) ? FRONTED_NOUN_AFTER.exec(sentence.slice(end, end + 48)) : null;
  if (noun) {
    const clause = tenseAround(sentence.slice(end + noun[0].length), 0, 0, perfectPast);
    if (clause) return clause;
  }
  // ("said that in late February she predicted a loss": a forecaster and the past of forecasting
  // right after the date date the forecast by it, below, whatever the forecast's own look ahead)
  if (!after && !noun && REPORTED_FRONTED_BEFORE.test(opening.slice(-60)) && !FORECASTER_AFTER.test(sentence.slice(end, end + 40))) {
    // (past a second date joined to it, "on Thursday and Friday", whose "and" joins no clauses)
    const clause = tenseAround(sentence.slice(end).replace(/^(?:\s*,|\s+(?:and|or)\s+(?:on\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}\b)?)*/, ''), 0, 0, perfectPast, FARTHEST_CUE * 2);
    if (clause) return clause;
  }
  if (after) {
    // (the clause's own verb may stand after a long subject, "In September, the human rights
    // organization Safeguard Defenders identified ...": with nothing before the date to compete,
    // it reaches twice as far)
    const rest = sentence.slice(end + after[0].length);
    const clause = tenseAround(rest.slice(FRONTED_ASIDE.exec(rest)?.[0].length ?? 0), 0, 0, perfectPast, FARTHEST_CUE * 2);
    if (clause) return clause;
  }
  if (JUDGED_FROM.test(sentence.slice(Math.max(0, start - 30), start))) return 'past';
  // (a cause's infinitive, a plan's owner, a list begun by "tomorrow": sideTold.ts)
  if (causedInfinitive(sentence, start)) return 'past';
  if (ownsPlan(sentence, end) || listedAfterTomorrow(sentence, start)) return 'future';
  if (timedByFutureClause(sentence, start)) return 'future';
  // (the cheap word tests first: tenseAround is asked for every date)
  const lead = sentence.slice(Math.max(0, start - 200), start);
  // "the Storm Prediction Center has outlined a Level 3 risk of severe weather ... on Saturday",
  // "forecasters have issued a warning for Sunday": a forecast given in the present perfect; the
  // perfect takes no day of its own ("has outlined on Saturday" is no English), so the day is the
  // forecast's, and a forecast looks ahead
  if (FORECAST_NOUN.test(lead) && PERFECT_FORECAST.test(lead)) return 'future';
  // "the source confirmed the filing was expected on Wednesday", "prisoners were to mark the
  // anniversary ... on Saturday": a plan reported as it stood, its date inside the plan's own
  // clause, is named from where the story stands, the nearest one, whatever the saying around it
  // tells ("said", "confirmed" are the telling's past, not the plan's); a plan said to have been
  // overtaken ("was expected on Monday but was delayed") is left to the other cues
  if (WAS_WERE.test(lead) && PLAN_AS_IT_STOOD.test(lead) && !PART_OF_DAY.test(sentence.slice(start, end)) && !OVERTAKEN_AFTER.test(sentence.slice(end, end + 60))) return 'present';
  // "the leaders met on Saturday ahead of the Oct. 27 general election", "shares slipped on Tuesday
  // ahead of Friday's jobs report": what a clause is done ahead of lies after the clause's own
  // time, which its past puts just before publication; the clause's tense says nothing of which
  // side of publication the date falls, so it is the nearest one
  if (AHEAD_OF.test(sentence.slice(Math.max(0, start - 30), start))) return 'present';
  const aheadLead = sentence.slice(Math.max(0, start - 70), start);
  if ((aheadLead.includes('ahead') || aheadLead.includes('up to') || aheadLead.includes('preparation')) && AHEAD_OF_NOUN.test(aheadLead)) return 'present';
  // "sales may slow, since Easter falls in April this year", "since the holiday comes late":
  // "since" right before a date that its own present or modal verb follows is "because", and
  // that verb dates it, not the clause the cause explains
  if (CAUSAL_SINCE_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) && CAUSAL_SINCE_VERB.test(sentence.slice(end, end + 20))) {
    return tenseAround(sentence.slice(end), 0, 0, perfectPast) ?? 'present';
  }
  // "The company said fourth-quarter earnings will be hurt", "Analysts said January sales would
  // be weak": reported speech without "that", the period naming the figures its own clause is
  // about; that clause's verb places it, not the saying ("said Friday it will" is the saying's day)
  const figures = SAID_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) ? figuresAfter(sentence, end) : null;
  if (figures) {
    const clause = tenseAround(sentence.slice(end + figures.length), 0, 0, perfectPast);
    if (clause) return clause;
  }
  // A deadline ("by early June", "by 2030") looks ahead of whatever reports it, unless the
  // clause it sets is a past perfect: "By Wednesday night scientists had pressed the alarm" is a
  // deadline already passed.
  // "a repeat of the April 20 blast", "since the Oct. 19 crash", "triggered by the April 20
  // explosion": a disaster named by its date has happened, whatever the sentence goes on to plan
  // and whatever preposition stands before it (verbGroup.ts)
  // (and "under the February 27 accord, the country will repay ...": an accord named by its day)
  if (namesDisaster(sentence, start, end) || namesAccord(sentence, start, end) || disasterAfter(sentence, start)) return 'past';
  // "Boosted by Thursday's rate hike": a cause, no deadline (verbGroup.ts)
  if (!namesCause(sentence, start, end) && BY_DAY.test(sentence.slice(Math.max(0, start - 20), start))) {
    // (and a plain past passive: "by Thursday night the pair were reunited"; not a plan told in
    // the past, "were expected to", "was due to")
    return /^[^.;:]{0,60}?\bhad\s+(?:\w+ly\s+)?(?:[a-z]+ed|been|gone|done|seen|taken|given|begun|left|made|become|come|won|lost|sold|built|brought|found|held|kept|met|paid|sent|spent|told|fallen|risen|grown|shown)\b/i.test(sentence.slice(end)) ||
      BY_DAY_PASSIVE.test(sentence.slice(end)) ||
      // (and a tally the clause already gives in a plain past: "By early Tuesday it had 90,000
      // users signed up", "by Friday the toll stood at 40")
      BY_DAY_TALLY.test(sentence.slice(end)) ||
      // (and a fronted deadline whose clause is a plain past: "by fall, the second wave killed
      // many people")
      (FRONTED_BY_OPENS.test(sentence.slice(0, start)) && FRONTED_BY_PAST.test(sentence.slice(end))) ||
      // (and a deadline met, told in a plain past before it: "confirmed it completed the release
      // by the end of January"; "said it would complete it by", "expected to finish by" look ahead)
      DONE_BY.test(sentence.slice(Math.max(0, start - 70), start)) ||
      FIGURE_BY.test(sentence.slice(Math.max(0, start - 70), start))
      ? 'past'
      : 'future';
  }
  // "pushing for an aggressive schedule that included trials on key issues in March", "a
  // timetable that calls for elections in June": what a plan, a schedule or a proposal holds is
  // still to come when the plan is made, whatever the tense the relative clause tells it in
  // (a plan given its year, "a 2009 plan that called for", or one overtaken, "had a plan that",
  // may be long gone)
  const holds = PLAN_HOLDS.exec(sentence.slice(Math.max(0, start - 120), start));
  if (holds && !/\b(?:1[89]|20)\d\d\b|\bhad\b/.test(sentence.slice(Math.max(0, start - 160), start))) return 'future';
  // "delays the test to spring", "postponed until April": the new date a plan moved to
  if (/\b(?:to|until|till)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i.test(sentence.slice(Math.max(0, start - 20), start)) && DELAY.test(sentence.slice(Math.max(0, start - 160), start))) return 'future';
  // "the Fed bought bills maturing from May through September", "notes maturing in June were
  // rolled over": debt is dealt in before it matures, and money-market copy names the near
  // maturities, so the month is the nearest one, whatever the tense of the dealing
  const maturing = sentence.slice(Math.max(0, start - 50), start);
  if (maturing.includes('matur') && MATURING_BEFORE.test(maturing)) return 'present';
  // "set a hearing for Wednesday", "scheduled a vote for Thursday", "called a special meeting for
  // May 3": an appointment made, whose day lies ahead of the making (not after "had", where it
  // may have come and gone)
  const scheduling = sentence.slice(Math.max(0, start - 70), start);
  if (APPOINTED_FOR.some((r) => r.test(scheduling))) return 'future';
  if (MONTH_OPENS.test(sentence.slice(start, end)) && SET_FOR_PAST.test(scheduling)) return 'present';
  // (a month's span may begin with its "for")
  if (FOR_SHIPMENT_AFTER.test(sentence.slice(end, end + 40)) && (/^for\s/i.test(sentence.slice(start, end)) || FOR_SHIPMENT_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)))) return 'future';
  if (MONTH_OPENS.test(sentence.slice(start, end)) && SHIPMENT_THEN_MONTHS.test(sentence.slice(Math.max(0, start - 80), start))) return 'future';
  // "drove the June contract through support", "the June bond closed at 100-10/32", "June
  // bonds should find support": a futures contract named by its delivery month, which is still
  // traded, so this month or one ahead, whatever the tense of the trading
  if (MONTH_OPENS.test(sentence.slice(start, end)) && (CONTRACT_AFTER.test(sentence.slice(end, end + 30)) || namesContractByItsGoods(sentence, end) || quotesContractMonth(sentence, start, end) || (POSITION_AFTER.test(sentence.slice(end, end + 10)) && !/\d/.test(sentence.slice(start, end)) && /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 5), start))) || (DEBT_AFTER.test(sentence.slice(end, end + 12)) && FUTURES_QUOTE.test(sentence)) || namesContractMonth(sentence, start))) return 'future';
  // "has started to consider the coupon of the bond issue for November", "set its output quota for
  // March": a month after "for" that completes a noun names what the thing is for, and the clause's
  // verb dates what was done with the thing, not the month; a thing for a month is reported or
  // planned near it, so the month is the nearest one
  if (MONTH_OPENS.test(sentence.slice(start, end)) && NOUN_FOR_MONTH.test(sentence.slice(Math.max(0, start - 60), start))) return 'present';
  // "the employment surge in May should silence the doubters", "the jump in April will weigh on
  // rates": a change in a figure is measured once it has happened; the modal after the phrase that
  // names it is its consequence's, and says nothing of the month, which is the latest one
  if (MONTH_OPENS.test(sentence.slice(start, end)) && MODAL_AFTER.test(sentence.slice(end, end + 12)) && FIGURE_CHANGE_IN.test(sentence.slice(Math.max(0, start - 50), start))) return 'past';
  // a pair of months joined by a slash after "for" ("sold cargoes at 237 dlrs a tonne for
  // April/May") is the shipment window of a deal, the trade's shorthand, even without its noun
  if (sentence.includes('/') && FOR_MONTH_PAIR.test(`${sentence.slice(Math.max(0, start - 20), start)}\u0000${sentence.slice(start, end + 20)}`)) return 'future';
  // "down from a July forecast", "up from March's level": the base of a comparison is an
  // earlier figure, whatever the sentence forecasts
  if (/\b(?:up|down)\s+from\s+(?:(?:a|an|the|its|their|his|her)\s+)?$/i.test(sentence.slice(Math.max(0, start - 24), start))) return 'past';
  let best: { tense: Tense; score: number } | null = null;
  const reading = readingOf(sentence);
  const { words, lower, cues } = reading;
  // (the quotations, only where the sentence holds a mark; the date's own, where it stands in one)
  const quotes = sentence.includes('"') || sentence.includes('\u201c') || sentence.includes('\u201d') ? quotationsOf(reading) : null;
  let dateQuote = -1;
  if (quotes) for (let j = 0; j < words.length; j++) if (words[j].index >= start) { dateQuote = quotes.of[j]; break; }
  // the date's neighbours: the last word before it and the first after it
  const lastBefore = perfectPast ? lastBeforeIndex(words, start) : -1;
  let firstAfter = lastBefore + 1;
  while (firstAfter < words.length && words[firstAfter].index < end) firstAfter++;
  // "to march Friday", "plan to premiere the song during Friday's telethon"
  const infinitive = perfectPast && lower.slice(Math.max(0, lastBefore - 4), lastBefore + 1).includes('to');
  let boundariesAfter = 0;
  let lastAfter = -1;
  // "the side that routed Romania in Dunedin on Saturday is unchanged", "the man who was held
  // on Friday has been charged": a date inside a relative clause whose own verb stands before
  // it is that verb's; the verb after it is the main clause's, about the noun the clause names
  let relative = false;
  // (a clause opened between them, "could ban BP after lawmakers in July voted", is the date's own;
  // "after" before a determiner is a preposition and opens no clause: "the issue that left the
  // colt in the barn after his April 2 victory will keep him out" is the relative clause's)
  for (let i = lastBeforeIndex(words, start); i >= 0 && !BOUNDARY.has(words[i].word) && !(OPENS_CLAUSE.test(words[i].word) && !(/^(?:after|before|until|till)$/.test(words[i].word) && PREPOSITION_OF_NOUN.test(lower[i + 1] ?? ''))); i--) {
    if (cues[i]) {
      relative = /^(?:that|which|who)$/.test(words.slice(0, i).reverse().find((w) => BOUNDARY.has(w.word))?.word ?? '');
      break;
    }
  }
  const attribution = closingAttribution(words, cues, end);
  const attributed = attribution >= 0;
  let fallback: { tense: Tense; score: number } | null = null;
  // (whether the sentence holds a word of ordering or a plan, asked once, at its first "to")
  let mayOrder: boolean | undefined;
  for (let i = 0; i < words.length; i++) {
    const { word, index } = words[i];
    if (index >= start && index < end) continue; // the expression's own words
    // (a cue's score, below, is at least its distance, every weight being 1 or more: a word
    // further before the date than `reach`, or after it by more than half of it, scores past
    // `reach` and can decide nothing, nor can any word after that one)
    if (index < start && start - index - word.length > reach) continue;
    if (index >= end && 2 * (index - end) > reach) break;
    // (a verb inside another speaker's quotation, one the date stands outside of)
    if (quotes && quotes.of[i] >= 0 && quotes.of[i] !== dateQuote && quotes.length.get(quotes.of[i])! > 4) continue;
    if (index >= end && i > lastAfter) {
      lastAfter = i;
      if ((BOUNDARY.has(word) && !(word === 'and' && namesAnd(sentence, words, i))) || CONDITION_AFTER.has(word)) boundariesAfter++;
    }
    // "the summit is to take place", "talks are to resume": a plan, like "will"
    const isPlanned = word === 'to' && (words[i - 1]?.word === 'is' || words[i - 1]?.word === 'are');
    // "opens in June", "are due in the autumn": the futurate present (futurate.ts)
    const futurate = isFuturate(lower, i);
    // "the move comes after a surge in March", "follows a ruling in May", "dates back to
    // 2019": news sets a present fact against a backdrop that has already happened
    // ("could come as early as Nov. 4", "as soon as": a bound on a date, no backdrop)
    const backdrop = word === 'follows' || ((word === 'comes' || word === 'come') && /^(?:after|amid|as|following)$/.test(lower[i + 1] ?? '') && !(lower[i + 1] === 'as' && lower[i + 3] === 'as')) || (word === 'back' && /^(?:goes|go|dates|date|dating|going)$/.test(lower[i - 1] ?? ''));
    // the signalled thing, not the signalling, when the date comes after the verb's object
    const prospective = PROSPECTIVE.has(word) && index < start && !DATE_PREPOSITION.has(lower[i + 1] ?? '') && words[i + 1]?.index < start;
    // "urged Thatcher to call a June election", "pressure mounted on her to go to the polls in
    // June", "asked the board to meet in May": the act urged lies ahead of the urging, when its
    // infinitive stands before the date ("urged Congress on Tuesday to act" dates the urging)
    // (read at the infinitive's "to", nearer the date than any verb of the urging's own clause)
    const urged = word === 'to' && index < start && lower[i - 1] !== 'not' && URGING_STEM.test(sentence.slice(Math.max(0, index - 90), index)) && (URGING_BEFORE.test(sentence.slice(Math.max(0, index - 90), index)) || ASKED_BEFORE.test(sentence.slice(Math.max(0, index - 90), index))) && URGED_ACT.test(sentence.slice(index + 2, start)) && !/^\s?['\u2019]s\b/.test(sentence.slice(end, end + 3));
    const ordered = word === 'to' && index < start && (mayOrder ??= ORDER_WORDS.some((w) => sentence.includes(w))) && orderedOrPlanned(sentence, index) && URGED_ACT.test(sentence.slice(index + 2, start)) && !/^\s?['\u2019]s\b/.test(sentence.slice(end, end + 3));
    const committed = word === 'to' && index < start && (COMMITTED_BEFORE.test(sentence.slice(Math.max(0, index - 60), index)) || (ASKED_TO_COME_BEFORE.test(sentence.slice(Math.max(0, index - 30), index)) && CALENDAR_DATE.test(sentence.slice(start, end)))) && URGED_ACT.test(sentence.slice(index + 2, start)) && !/^\s?['\u2019]s\b/.test(sentence.slice(end, end + 3));
    // "would have won", "may have left": a modal before "have" looks back (a past unrealised or
    // inferred), not ahead; "will have" stays a future
    const lookedBack = WEAK_FUTURE.has(word) && lower[i + 1] === 'have';
    // "a spokesman would not comment Monday", "would not say": news's past of declining to
    // speak, a refusal already made, not a future
    const declined = word === 'would' && (lower[i + 1] === 'not' || lower[i + 1] === 'never') && DECLINED.test(lower[i + 2] ?? '');
    // "said it would close the plant in June": a plan reported, as sure of its side as "will"
    // "the league said it could move the game to Sunday", "said talks might resume on Monday": a
    // possibility reported is as far ahead of the saying as a plan is ("said he could not sleep
    // on Monday" is a past ability, left to the other cues)
    const planned = ((word === 'would' && !declined) || ((word === 'could' || word === 'might') && lower[i + 1] !== 'not')) && !lookedBack && !HABIT.test(lower[i + 1] ?? '') && reportedPlan(lower, i, attributed);
    // "has raised fears", "have varied", "has already left": the present perfect reports an act
    // done, so its auxiliary looks back as a past verb does (alone, "has" is the present)
    // An infinitive or a span's bound between them ("planned to visit on Friday to view what
    // has eclipsed", "a curfew from 4 p.m. Saturday to 8 a.m. Sunday has been imposed", "called
    // on them to march Friday") makes the date the infinitive's or the span's: a plan or a
    // measure in force, which the perfect's act does not place.
    const perfect = perfectPast && (word === 'has' || word === 'have') && isParticiple(words, lower, sentence, i + 1) && !infinitive && !lower.slice(Math.min(i, lastBefore) + 1, Math.max(i, firstAfter)).includes('to');
    // "could not be verified", "could not be reached", "could not confirm": news's past of a
    // check that failed, made before the story was filed, not a possibility ahead
    const unchecked = (word === 'could' && lower[i + 1] === 'not' && failedCheck(lower, i + 2)) || (word === "couldn't" && failedCheck(lower, i + 1));
    // "come January", "come the spring": when that time comes, ahead of whatever reports it
    const when = word === 'come' && index < start && words[i + 1]?.index >= start;
    // "an event rumored to take place in March", "tipped to launch in May", "believed to be
    // planning": what is said of the infinitive's act, which lies ahead, not a past act
    // ("believed to have died in March" looks back)
    const hearsay = HEARSAY.test(word) && lower[i + 1] === 'to' && words[i + 2]?.index < start;
    // headline-ese "ECB seen extending bond-buying", "Oil seen rising": expected ("was seen
    // leaving" is a sighting, and a caption's "rig seen burning in April" a photograph: only a
    // figure's or a policy's move is forecast)
    const forecastSeen = word === 'seen' && FORECAST_MOVE.test(lower[i + 1] ?? '') && !/^(?:was|were|had|has|have|been|be|being|never|not|is|are)$/.test(lower[i - 1] ?? '');
    let cue = hearsay ? { tense: lower[i + 2] === 'have' ? ('past' as Tense) : ('future' as Tense), weight: 1.6 } : isPlanned || futurate || prospective || urged || ordered || committed || when || planned || forecastSeen ? { tense: 'future' as Tense, weight: 1 } : backdrop || lookedBack || declined || perfect || unchecked ? { tense: 'past' as Tense, weight: 1 } : cues[i];
    if (!cue) continue;
    const prev = words[i - 1]?.word;
    const prev2 = words[i - 2]?.word;
    // "Because of the acquisitions, it said, first quarter sales will be higher": an attribution
    // set off by commas is the reporting, not the clause that follows it, which has its own verb
    if (/^(?:said|says|added|adds|noted|notes)$/.test(word) && lower[i + 1] === ',' && index < start) continue;
    // "will be compiled no earlier than August", "not later than May": the bound of a deadline,
    // no past of the clause's; it looks ahead as "by" does ("asked for answers no later than May 10")
    if ((word === 'earlier' || word === 'later' || word === 'sooner') && lower[i + 1] === 'than' && /^(?:no|not)$/.test(lower[i - 1] ?? '')) cue = { tense: 'future', weight: 1 };
    // "higher than last year's 67.1 mln dlrs": a possessive date is a noun's, the base of a
    // comparison, and tells nothing of the clause's tense
    if (word === 'last' && /^(?:year|week|month|quarter)['\u2019]s$/.test(lower[i + 1] ?? '')) continue;
    // "The harvest was scheduled to end April 30", "talks were expected to close in May": a plan
    // reported as it stood, whose date news gives from where the story stands, the nearest one
    // (the auxiliary is the plan's, no past act of the clause; "was due to be released in
    // September" in November is still the September gone, the nearer one)
    // (a part of the day, "was expected to depart in the afternoon", is still the story's own day,
    // which the past places)
    if ((word === 'was' || word === 'were') && index < start && PLAN_STOOD.test(lower[i + 1] ?? '') && lower[i + 2] === 'to' && !PART_OF_DAY.test(sentence.slice(start, end))) continue;
    // "expects higher earnings in its second quarter against a year ago", "sees sales up 10 pct
    // from a year earlier": the base of a comparison after the date, no verb of the clause
    if ((word === 'ago' || word === 'earlier') && index >= end && /^(?:year|month|week|quarter)$/.test(lower[i - 1] ?? '') && /^(?:a|one)$/.test(lower[i - 2] ?? '') && /^(?:against|from|than|versus|over|with)$/.test(lower[i - 3] ?? '')) continue;
    // "could last into Monday", "is set to last until June": the verb "last", not "last week"
    if (word === 'last' && (WEAK_FUTURE.has(prev ?? '') || /^(?:to|will|'ll|not|shall)$/.test(prev ?? '') || /^(?:into|until|till|through|beyond|well)$/.test(lower[i + 1] ?? ''))) continue;
    // "plays its last game on Saturday", "presents the last episode": after a determiner "last"
    // is "final", no past ("the last time", "its last season" still look back)
    if (word === 'last' && /^(?:the|its|his|her|their|our|my|your)$/.test(prev ?? '') && !/^(?:time|times|week|weekend|month|year|quarter|season|night|day|decade|century|summer|winter|spring|autumn|fall|few|two|three|several)$/.test(lower[i + 1] ?? '')) continue;
    // "using chartered flights", "with armed guards", "the elected council": a participle
    // before its noun describes it; it reports no past act
    // ("the explosion that erupted on 20 April": after "that" a verb, not a describing participle)
    // ("Consumer spending decreased 2.2 billion dlrs in", "borrowing rose by": a noun in -ing
    // is the subject of the verb after it, which a figure, a preposition or an adverb follows)
    // "top-seeded Spanish star Rafael Nadal will play", "the long-awaited report": a participle
    // joined by a hyphen to the word before it makes a compound adjective; what stands before
    // the whole compound (the sentence's start, a comma, a determiner, a preposition) shows it
    // describing the noun after it, not a verb with its subject ("the Senate fast-tracked the bill")
    if (cue.tense === 'past' && word.endsWith('ed') && i > 0 && sentence[index - 1] === '-' && words[i - 1].index + words[i - 1].word.length === index - 1 && compoundDescribes(lower, i - 1)) continue;
    if (cue.tense === 'past' && word.endsWith('ed') && !PAST.has(word) && prev !== undefined && ((/ing$/.test(prev) && prev.length > 4 && !VERB_GOES_ON.test(lower[i + 1] ?? '')) || (DETERMINER.has(prev) && prev !== 'that') || /^(?:with|of|for|from|by|on|in|at)$/.test(prev))) continue;
    // "does have some experienced depth", "hired more skilled workers", "no reported cases": after a
    // word of quantity a participle describes the noun it counts, no past act
    if (cue.tense === 'past' && word.endsWith('ed') && !PAST.has(word) && prev !== undefined && QUANTITY.test(prev) && /^[a-z]/.test(lower[i + 1] ?? '')) continue;
    // "Tokyo's alleged failure", "the bank's revised forecast": after a name's possessive a
    // participle describes the noun it owns ("he's resigned" is a perfect: a pronoun's "'s" is "has")
    // (and a plural's, "the owners' alleged dumping", whose mark stands outside the word)
    if (cue.tense === 'past' && word.endsWith('ed') && !PAST.has(word) && prev !== undefined && ((/^[a-z]+'s$/.test(prev) && !CONTRACTED_PRESENT.test(prev) && !/^(?:she|let)'s$/.test(prev)) || (/s$/.test(prev) && /['\u2019]/.test(sentence[words[i - 1].index + prev.length] ?? '')))) continue;
    // "his trips will be to Lithuania Friday, followed by Brussels on December 4": after a comma,
    // "followed by" and "preceded by" are participles of sequence hanging on the clause before,
    // whose verb dates what they add; no past act of their own
    if ((word === 'followed' || word === 'preceded') && prev === ',' && lower[i + 1] === 'by') continue;
    // "will collated by the minister in mid-July", "would held off to at least April 28": a
    // participle right after a modal, regular or not, is the modal's (a "be" or "have" dropped),
    // no past act
    if (cue.tense === 'past' && (word.endsWith('ed') || (PAST.has(word) && !NOT_PARTICIPLE.test(word))) && /^(?:will|'ll|shall|would|should|could|can|may|might|must)$/.test(prev ?? '')) continue;
    // "should be maintained or raised for the third quarter", "will be sold or closed in March": a
    // participle joined by "or"/"and" to a passive is passive with it, pointing where the
    // auxiliary points ("to be extended or renewed" looks ahead)
    if (cue.tense === 'past' && word.endsWith('ed') && (prev === 'or' || prev === 'and') && cues[i - 2]?.tense === 'past' && LINKING.has(words[i - 3]?.word ?? '')) {
      if (words[i - 4]?.word !== 'to') continue;
      cue = { tense: 'future', weight: 1 };
    }
    else if (cue.tense === 'past' && (prev === 'or' || prev === 'and') && word.endsWith('ed') && sharesModalPassive(lower, cues, i)) cue = { tense: 'future', weight: 1 };
    // "should report vastly improved second-quarter traffic", "expects to post increased
    // earnings": a participle after a plain verb that a modal or "to" governs is that verb's
    // object's describing word, no past act ("would have posted" is the perfect's own past)
    if (cue.tense === 'past' && word.endsWith('ed') && !PAST.has(word) && index < start && objectDescribed(lower, i)) continue;
    if (NEEDS_TO.has(word) && words[i + 1]?.word !== 'to' && !futurate) continue;
    // "gloomier than expected", "worse than forecast": set against what was expected, the word
    // tells nothing ahead; the clause's own verb dates it ("will end in April, as expected" and
    // "go ahead as scheduled" still look ahead with it)
    if (prev === 'than' && EXPECTATION.test(word)) continue;
    // "fell in December due to the strike", "largely due to lower oil prices": "due to" before
    // a noun phrase gives a cause, not a plan ("is due to report", "due to be released")
    if (word === 'due' && dueToCause(lower, i)) continue;
    // "should report improved second-quarter traffic compared to last year": after a period,
    // "compared to/with" sets its figures against others and is no verb of the clause (before a
    // date it still marks the earlier figure: "compared with 3.4% in the July forecast")
    if (word === 'compared' && index >= end && /^(?:to|with)$/.test(lower[i + 1] ?? '') && prev !== 'be' && prev !== 'been') continue;
    // "In October, we laid out plans to preserve ...", "approved its plan to build": after a
    // verb, a determiner or a particle, "plans to" is a noun, the object of the clause's verb;
    // its future is its infinitive's, for a date after it ("announced plans to close the plant
    // in March"), and says nothing of a date before it, which the clause's own verb dates
    if ((word === 'plans' || word === 'plan') && index >= end && nounPlan(sentence, words, i)) continue;
    // "would shut the smelter in July", "to cut jobs in March": after a modal or "to", "shut",
    // "cut", "hit" are the plain verb, no past
    if (cue.tense === 'past' && (word === 'shut' || word === 'cut' || word === 'hit') && /^(?:to|will|would|could|may|might|must|should|can|'ll)$/.test(prev ?? '')) continue;
    // "the coming days", "this coming Sunday", "in coming weeks" look ahead; "for coming out to
    // greet the observers", "were coming under fire" are the verb
    // ("is coming on Friday" is the futurate progressive, "a ceasefire coming into place" a
    // scheduled one)
    if (word === 'coming' && !DETERMINER.has(prev ?? '') && !/^(?:is|are|am)$/.test(prev ?? '') && !COMING_NOUN.test(lower[i + 1] ?? '') && !/^(?:into|up|soon)$/.test(lower[i + 1] ?? '')) continue;
    // "the proposed merger" looks ahead; "Chavez proposed sending a commission" is a past act
    if (word === 'proposed' && sentence[index] === 'p' && !DETERMINER.has(prev ?? '') && !/ly$/.test(prev ?? '')) cue = { tense: 'past', weight: 1.2 };
    // "decided against touring in May", "chose not to run in March": a decision against an act
    // dates the deciding, not the act given up, whose date was the one planned; the past of the
    // deciding says nothing of it when the date follows the act
    if (index < start && GIVEN_UP.test(sentence.slice(index, start))) continue;
    // "released his name later Sunday", "later on Sunday night": a later hour of the day named,
    // which places the day no more than the rest of the sentence does
    if (word === 'later' && index < start && /^\s+(?:(?:on|in|that|the)\s+)?$/i.test(sentence.slice(index + word.length, start))) continue;
    // "it was not until Sunday that": the day something finally happened, not a deadline ahead
    if ((word === 'until' || word === 'till') && prev === 'not') continue;
    // "the FBI didn't search the station until October", "had not paid until March": a past act
    // denied before the date is the act done at last on that date, not a deadline ahead
    if ((word === 'until' || word === 'till') && NOT_DONE_BEFORE.test(lower.slice(Math.max(0, i - 9), i).join(' ') + ' ')) continue;
    // "production was normal until February 20 and then fell", "remained in office until March": a
    // state told in the past up to a date ended there; "until" points ahead only from the state's
    // own time (a suspension or a delay, "was closed until Monday", "was extended until May", may
    // still run, and keeps its look ahead)
    if ((word === 'until' || word === 'till') && index < start && PAST_STATE_UNTIL.test(sentence.slice(Math.max(0, index - 50), index + word.length)) && !SUSPENSION_WORDS.test(sentence.slice(Math.max(0, index - 50), index)) && !DELAY.test(sentence.slice(Math.max(0, index - 80), index))) continue;
    // "cut its forecast in October": after a determiner a forecast is a thing, dated by its
    // own verb; "the forecast for March" still looks ahead, for March only ("raised its forecast
    // for 2025 on Tuesday": Tuesday is the raising's)
    const forWhat = words[i + 1]?.word === 'for' && words[i + 2] !== undefined && words[i + 2].index >= start && words[i + 2].index < end;
    if ((word === 'forecast' || word === 'forecasts') && DETERMINER.has(words[i - 1]?.word ?? '') && !forWhat) continue;
    // "In January the IMF forecast growth of 2.5%": after a name, the verb of forecasting, a
    // past or present act dated by its own date, not a look ahead ("the Weather Service forecasts
    // and advisories through Wednesday night": a noun, which still looks ahead)
    if ((word === 'forecast' || word === 'forecasts') && i > 1 && /^[A-Z]/.test(sentence.slice(words[i - 1].index, words[i - 1].index + 1)) && /^[a-z0-9$]/.test(words[i + 1]?.word ?? '') && !/^(?:for|and|or|of|is|are|was|were|have|has|had)$/.test(words[i + 1].word)) continue;
    // "as he forecast in the February budget": after "he", "she" or "it" the bare form is the past
    // of the verb (its present is "forecasts"), an act of forecasting already done ("it forecast
    // for November" still looks ahead to its month)
    if (word === 'forecast' && /^(?:he|she|it)$/.test(words[i - 1]?.word ?? '') && words[i + 1]?.word !== 'for') cue = { tense: 'past', weight: 1 };
    // "The ministry in February predicted inflation of 6 pct", "a survey in May projected a
    // deficit": the past of a verb of forecasting, with its subject and object, is the act of
    // forecasting, dated by the date right before it (or before its subject: "in early January he
    // predicted"), after its preposition; what is forecast
    // lies ahead only of that act ("the season starting on 1 June predicted ...": the date is
    // the season's, which its participle dates)
    // ("is predicted to ease in June", "the predicted rise in June", "widely anticipated" keep
    // their look ahead)
    if (FORECAST_PAST.test(word) && index >= end && prev !== undefined && /^\s*(?:(?:he|she|it|they|we|the\s+\w+|[A-Z]\w+)\s+)?$/.test(sentence.slice(end, index)) && /\b(?:in|on|during|last)\s+(?:early\s+|late\s+|mid-?)?$/i.test(sentence.slice(Math.max(0, start - 16), start)) && !/\b[a-z]+ing\s+(?:in|on|during)\s+(?:early\s+|late\s+|mid-?)?$/i.test(sentence.slice(Math.max(0, start - 30), start)) && !BE_OR_HAVE.test(prev) && !DETERMINER.has(prev) && !/ly$/.test(prev) && lower[i + 1] !== 'to' && /^[a-z0-9$]/.test(lower[i + 1] ?? '') && !/^(?:for|and|or|by|in|on|at)$/.test(lower[i + 1])) cue = { tense: 'past', weight: 1 };
    // "down from the 1.7 billion dlrs projected in January", "the 3.3 pct growth predicted for
    // 1986 in February's budget": a participle of forecasting that follows the figure it forecast
    // and comes right before "in" and the month is a relative clause cut short ("that was
    // projected in January"): the month is when the forecast was made, an act already done, not
    // what is forecast ("is projected in June", "to be forecast in May", "expected in March" are
    // left: "expected in" names what is awaited)
    if (PROJECTED_IN.test(word) && index < start && prev !== undefined && !BE_OR_HAVE.test(prev) && prev !== 'to' && prev !== 'be' && !DETERMINER.has(prev) && /^\s+(?:for\s+(?:1[89]|20)\d\d\s+)?in\s+(?:early\s+|late\s+|mid-?)?$/i.test(sentence.slice(index + word.length, start)) && (FIGURE_BEFORE.test(sentence.slice(Math.max(0, index - 40), index)) || forecasterBefore(sentence, words, i))) cue = { tense: 'past', weight: 1 };
    // "a July forecast", "the March projections": a noun the date itself modifies
    if (index >= end && index - end <= 1 && /^(?:forecasts?|projections?|plans?|estimates?|outlook)$/.test(word)) continue;
    let tense = cue.tense;
    // "That's reversed Wednesday", "have rallied Friday": a perfect right before a weekday is
    // news's hot-news perfect, whose day is the story's own, not a week back ("have followed
    // Tuesday's earthquake": a possessive weekday is the object's, dated as before)
    if (tense === 'past' && word.endsWith('ed') && index < start && /^\s+$/.test(sentence.slice(index + word.length, start)) && WEEKDAY.test(sentence.slice(start, end)) && !/^\s?['\u2019]s\b/.test(sentence.slice(end)) && (prev === 'has' || prev === 'have' || /['](?:s|ve)$/.test(prev ?? ''))) tense = 'present';
    // a participle after "be" is passive: "will be held", "to be completed" point where the
    // auxiliary points, which is a cue of its own; "to be held" looks ahead. So after a
    // linking verb: "will stay closed", "to remain shut", "is staffed" are states, not past
    // acts.
    // An adverb may stand between them: "will be formally certified" is passive all the same.
    const adverb = tense === 'past' && prev !== undefined && prev.length > 4 && prev.endsWith('ly') && LINKING.has(prev2 ?? '');
    const linked = adverb ? prev2 : prev;
    const linked2 = adverb ? words[i - 3]?.word : prev2;
    if (tense === 'past' && linked !== undefined && LINKING.has(linked)) {
      // "was due to be released", "were expected to be completed": a plan reported as it stood,
      // which says nothing sure (the auxiliary's own cue is skipped below for the same reason)
      // ("caused the flights to be cancelled": a cause reported done made it happen, in the past)
      const caused = words.slice(Math.max(0, i - (adverb ? 8 : 7)), i - (adverb ? 3 : 2)).some((w) => CAUSED.has(w.word));
      if (linked2 === 'to' && caused) tense = 'past';
      else if (linked2 === 'to' && !/^(?:was|were)$/.test(words[i - (adverb ? 5 : 4)]?.word ?? '')) tense = 'future';
      else continue;
    }
    // "was expected to", "were due to", "originally scheduled": a plan reported in the past, or
    // as it stood before it changed, says nothing sure; "had planned the trip in March" is the
    // past perfect's plan, already overtaken, and its "had" dates it ("had until March 26 to
    // appeal" is a deadline, no plan)
    // ("had been expected back on Monday but had not returned": an expectation held in the past
    // perfect, whose day came before the story; "had been scheduled for Friday" may still lie
    // ahead of a story about its postponement, and is left to the other cues)
    if (tense === 'future' && (prev === 'was' || prev === 'were' || prev === 'originally' || prev === 'initially' || (prev === 'had' && OVERTAKEN_PLAN.test(word)) || (prev === 'been' && prev2 === 'had' && word === 'expected'))) continue;
    let distance: number;
    if (index < start) {
      let crossed = 0;
      for (let j = i + 1; j < words.length && words[j].index < start; j++) if (BOUNDARY.has(words[j].word) && !shortAside(words, j)) crossed++;
      // from the cue's last letter: "arrested Saturday" is as close as words get
      distance = Math.max(1, start - index - word.length) * (1 + crossed);
    } else if (relative) {
      continue;
    } else {
      // a cue past a clause boundary ("who took office in January, will step down") is never
      // nearer than a few words: the clause's own verb before the date governs it
      distance = (boundariesAfter > 0 ? Math.max(8, index - end) : index - end) * 2 * (1 + boundariesAfter);
    }
    const score = distance * cue.weight;
    // ", Lusinchi said.": an attribution closing the sentence dates the saying, the story's own
    // time, not what was said; it tells the date's side only when no verb of the date's clause does
    if (attributed && i === attribution) {
      fallback = { tense, score };
      continue;
    }
    if (!best || score < best.score) best = { tense, score };
  }
  if ((!best || best.score > reach) && fallback) best = fallback;
  return best && best.score <= reach ? best.tense : null;
}
