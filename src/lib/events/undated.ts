// Undated events: a projection stated without a date ("will hold talks", "preparing for its
// own parade", "soon"). Conservative on purpose: news quotes are full of futures that are talk,
// wishes, opinions or questions. Must not know about dated events or the publication day.
import type { Timex, TimelineEvent } from '../document';
import { labelOf } from './statementLabel';
import type { Span } from './sentences';
import type { Statement } from './statements';
import { firstVerbGroup, type VerbGroup, type Word } from '../analysis';
import { readCues } from './cues';
import { noParticularDay } from './noDay';
import { daySlogan } from './daySlogan';
import { periodCovered } from './notEvents';
import { leavesQuoteOpen } from './speaker';
import { forecastNotPlan, toldAsHabit } from './forecast';
import { guessedFuture } from './guessedFuture';
import { clauseVerbGroup } from './clauseVerb';
import { reportedPlan } from './reportedPlan';
import { relativePlan } from './relativePlan';
import { standingWorking } from './standingWorking';
import { futureNotProjected, tooSoon } from './notProjected';

const HORIZON = /\b(?:short|medium|long|near)[\s-]+(?:term|run)\b/i;
// Undated events need a label that says something ("will go" is not an event).
const MIN_UNDATED_WORDS = 3;
// "He didn't say where the cuts were going to take place": a question, not an event.
// ("Exactly when the line will reopen is unclear": a degree word before it changes nothing)
const EMBEDDED_QUESTION = /^(?:(?:exactly|precisely|just|quite|only)\s+)?(?:where|when|whether|how|why|what|which|who|if)\b/i;
// "The ministry has not indicated it will lift the ban": a report that was not made announces nothing.
const NOT_SAID = /\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:said|indicated|signall?ed|announced|confirmed|disclosed|decided)\b/i;
// "We don't know what will happen in the coming months", "it is not clear when the line will
// reopen": what no one can say yet is an open question too, however it opens.
const UNKNOWN = /\b(?:(?:do|does|did)n['’]t|not|no one|nobody|never)\s+(?:\w+\s+){0,2}?(?:know|knows|say|says|sure|certain|clear|tell|decided)\s+(?:yet\s+)?(?:what|whether|when|how|if|where|who|which)\b/i;
// "Supporters argue it will create jobs": an opinion about the future, not a scheduled event.
// Reporting verbs ("the city said it will close the road") are not in the list.
// ("every suspected case will be checked", "the feared attack": after a determiner the word is an
// adjective on a noun, no one's opinion)
const OPINION = /\b(?:(?<!\b(?:a|an|the|every|each|any|all|some|no|its|their|his|her|of)\s+)(?:argued|believed|thought|hoped|feared|worried|claimed|doubted|assumed|suspected|guessed|imagined|reckoned|predicted)|argues?|believes?|thinks?|hopes?|fears?|worr(?:y|ies)|claims?|insist(?:s|ed)?|doubts?|assumes?|suspects?|guess(?:es)?|imagines?|reckons?|predicts?|bet)\s+(?:that\s+)?[^,;]{0,40}?\b(?:will|would|could|[’']ll)\b/i;
// Inside a quotation, "We will win" or "It will be fine" is talk; a quoted projection becomes
// an event only when it names who acts on what, in a few words at least.
const QUOTED_TALK = /^(?:we|i|you|it|that|this|there|let|my|our|your)\b/i;
const MIN_QUOTED_WORDS = 5;
const ARRANGED = /\b(?:plans?|planning|planned|prepar\w*|schedul\w*|set to|slated|due to|is to|are to|will (?:host|hold|meet|open|close|launch|sign|announce|visit|attend|release|begin|start))\b/i;

/** Whether the statement sits inside a quotation opened in its paragraph (a quote runs on over
 * several sentences: "Something big is going down. ... It will make national headlines."). */
function quoted(text: string, sentence: Span, st: Statement): boolean {
  const paragraph = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(paragraph, st.span.start);
  const written = text.slice(st.span.start, st.span.end);
  // ("Another added: “And the first thing my son will ask me ...”": a quote opened inside the
  // statement, before its future, holds that future)
  const modal = /\b(?:will|would|shall)\b|[’']ll\b/i.exec(written);
  return leavesQuoteOpen(before) || /^\s*[“"]/.test(written) || (!!modal && leavesQuoteOpen(written.slice(0, modal.index)));
}

// First and second person promises in quotes ("I'll do it") are talk, not scheduled events.
// The writer's own "we" ("we know we're going to be treated to ...") is no one's plan either.
// ("“Over the next few rounds, I’m going to try to make more putts”": the contracted "I'm going to" is the
// same promise as "I am going to")
const SPEAKER_PROMISE = /\b(?:I|you|we)\s+(?:will|shall|plan|am going|are going)\b|\b(?:I|you|we)[’'](?:ll|re going)\b|\bI[’']m\s+going\s+to\b/i;

// What a reader takes for a forecast or a wish, not for something arranged: a hedge ("Perhaps
// the crew will do nothing", "could be nearing its end"), a crowd for a subject ("Many
// companies are likely to", "Most observers will find"), a doing for a subject ("Tapping on
// it will let ..."), a vow ("vows to revive the industry"), a past intention ("The sender
// vowed to detonate", "described a plan he expected to ...").
// ("Hopefully the board will agree": a wish, told with its adverb)
const HEDGE = /\b(?:perhaps|maybe|possibly|probably|hopefully|could|might|may)\b/i;
const EACH_ONE_ACTED_ON = /^(?:every|each|all)\b[^,;]{0,60}?\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|now\s+|also\s+)?be\s+(?:\w+ly\s+)?(?!affected\b|pleased\b|interested\b|concerned\b|welcomed?\b|surprised\b|tired\b|satisfied\b|excited\b|disappointed\b)(?:\w+ed|held|made|built|sent|shut|set|put|cut|paid|taken|given|sold|brought|kept|chosen|shown|drawn|run)\b/i;
const CROWD = /^(?:many|most|some|more|few|any|every|all|several)\b/i;
// "No one will forget the 11 men", "Nobody will talk about it", "None of these measures is likely to
// make a difference", "No decision is expected to be announced": a subject that no one is names
// nothing that will happen; the sentence says what will not ("No, the council will vote" is an answer)
// "He has said it again and again, to anyone who will listen": a future inside "anyone who", "whoever",
// "anything that" names a kind of listener or thing, no act to come
const ANYONE_WHO = /\b(?:anyone|anybody|everyone|everybody|whoever|anything|whatever|those)\s+(?:who|that)\s+(?:will|would|[’']ll)\b/i;
const NO_ONE = /^(?:no(?![,;])|none|nobody|neither|nothing)\b/i;
// a doing, with no name in it, as the subject of a modal: "Tapping on it will let ..."
const DOING = /^[A-Z][a-z]+ing\b[^,A-Z]{0,40}?\b(?:will|would|can|could|should)\b/;
const VOW = /^(?:vows?|vowed|promises?|promised|pledges?|pledged|swears?|swore)$/i;

/**
 * Whether the clause's own verb group points ahead ("will hold", "is set to open", "plans to
 * close"). A future further on belongs to another clause: "Oil fell as speculation mounted that
 * the bank will prolong its program" reports a fall. A negated expectation ("isn't likely to
 * strand passengers") announces nothing.
 */
// "The agency has said it plans to ask ...": reported speech; the reported verb decides.
// ("He adds that the next phase will be ...", "acknowledged that trade will be discussed", "has
// advised the family that a service will be held": any verb of telling puts what was told after it)
const REPORTING = /\b(?:said|says|say|announced|announces|told|tells|added|adds|stated|states|confirmed|confirms|reported|reports|acknowledged|acknowledges|advised|advises|explained|explains|noted|notes|revealed|reveals|disclosed|informed|informs|assured|assures)$/i;
// "The chairman plans on reviving the brand": a plan told with "on" and a doing
const LOOSE_PLAN = /^(?:\w+\s+){0,2}?(?:plans?|planning)\s+on\s+\w+ing\b/i;

// "After Rosetta collides with the comet, its systems will go dark": the verb of a fronted
// time clause is not the clause's own; its verb comes after the comma.
// ("To ensure the harbour stays open, the council will dredge the channel", "In an effort to win back
// riders, the operator will add trains", "But, in response to questions, the mayor acknowledged that
// ...": a fronted purpose or a fronted phrase of occasion, set off by its comma, is no clause of its
// own either; "To date, ..." is a time and is left alone)
// ("But before then BP will attempt ..., to seal the well": a "but" opens the clause itself)
const FRONTED_TIME = /^\s*(?:after|before|when|once|as soon as|until|if|unless|now that|to\s+(?!date\b)[a-z]{2,}|(?:(?:but|and|so|yet),?\s+)?in\s+(?:an?\s+)?(?:effort|bid|attempt|order|move|answer|response|reply)\s+to)\b[^,;]{3,120},\s*/i;
// "The council has plans to rebuild the pier": a plan held now, told with the noun
// ("has no plans to" is not: the "no" leaves the group's words)
const HAS_PLANS = /^\s*(?:firm\s+|concrete\s+|detailed\s+|ambitious\s+)?plans?\s+to\b/i;
// "Legislation will be brought forward to ban ...", "a Bill will be brought in to curb ...": a
// government's programme announces its bills as things to be tabled; "brought forward/in" said of a
// bill or a measure is its tabling, as "will be introduced" is (the cue words read "be brought"
// as a state: the participle is irregular).
const TABLED = /\b(?:bills?|legislation|laws?|measures?|proposals?|amendments?|regulations?|reforms?)\s+(?:[\w’'-]+\s+){0,4}?(?:will|[’']ll|(?:is|are)\s+to)\s+be\s+(?:brought|put)\s+(?:forward|in)\b/i;

// "The new coach, who will take over in June, says the squad is ready": an aside about the
// subject, between commas, looks ahead with a verb of its own; the clause's verb comes after it.
// (An aside told in the present or past is left to stop the reading, as any first verb does:
// "The church, which seats 60, is expected to be overflowing" forecasts, it plans nothing.)
const FRONTED_PURPOSE = /^\s*to\s+(?!date\b)[a-z]{2,}\b[^,;]{3,120},\s*/i;
// "The NSPCC is to set up a new body", "Sprint Nextel is to invest $5 billion", "Yugoslavia is to
// negotiate a restructuring": the British press, and the wires after it, announce a plan with "is
// to" and a plain verb, as firm as "will" ("is to be held" the cue words know already). Not where
// the subject names what is to be done ("the hardest part is to find the money", "what the council
// needs is to rebuild", "the other is to go it alone": NOUN_IS_TO and these words), nor "is to
// blame", "is yet to come", "is to the credit of".
const IS_TO_PLAN = /^(?:is|are)\s+(?:now\s+|also\s+|soon\s+|each\s+)?to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|blame|come|say)\b|do\s+with\b|be\s+(?:expected|found|seen|had|believed|congratulated|commended|praised|welcomed)\b)[a-z]{2,}\b/i;
// ("The aim of the scheme is to cut waiting lists": the noun may stand before its "of")
// ("One of the reasons is to ...", "said the whole point of the video is to shock")
const NAMES_WHAT = /\b(?:aims?|goals?|ideas?|plans?|tasks?|jobs?|challenges?|hopes?|options?|priorit(?:y|ies)|purposes?|missions?|intentions?|ambitions?|objectives?|targets?|focus|point|key|answers?|solutions?|trick|reasons?|motives?|lessons?|approach(?:es)?|way|ways|thing|things|part)\s+(?:of|for|behind)\b/i;
const NAMES_WHAT_IS_TO_BE_DONE = /\b(?:what|which|who|that|there|it|this|all|part|thing|problem|question|point|answer|way|idea|need|task|job|aim|goal|plan|key|challenge|hope|option|step|priority|purpose|role|mission|intention|ambition|dream|wish|trick|solution|rule|tradition|practice|policy|strategy|objective|target|focus|approach|duty|reason|reasons|motive|lesson|secret|trick|rule|response|remedy|cure|hope|instinct|temptation|tendency|other|alternative|choice|one|first|second|third|last|next|best|worst|only)\s+$/i;
const IS_TO_ANYWHERE = /\b(?:is|are)\s+(?:now\s+|also\s+|soon\s+|each\s+)?to\s+[a-z]/i;
// Who is to act: a name ("BP is to donate", "Private Johnston, of the Borderers, is to face trial")
// or a body or people that can ("the county library service is to open", "four sergeants are to
// face a court martial"). On Timeline17 an abstract head ("the major issue for the United States
// is to try", "the challenge ahead for the Fed is to clean up", "Job one is to protect", "Plan B is
// to live and die in Libya", "its main missions are to represent") names an aim, not a plan; and
// "as anxious as everyone in America is to get it done" compares. ("Members of the singer's family are
// to team up with a producer", "the band is to tour": people who can act, named by their kin or their trade)
const AGENT_HEAD = /(?:\b[A-Z][\w’'.&-]*|\b(?:government|council|ministry|department|agency|authority|company|firm|group|bank|board|service|police|union|club|team|committee|court|army|navy|parliament|party|school|university|hospital|trust|charity|museum|library|airline|operator|regulator|government|officials?|officers?|workers|staff|troops|soldiers|sergeants|players|members|family|relatives|couple|band|acts|artists|stars|owners|leaders|ministers|investors|residents|families|students|patients|samples|offices?|branch(?:es)?|shops?|stores?|plants?|factories|mines?|stations?|schools|hospitals|pubs?|sites?))[,\s]*$/;
const ABSTRACT_SUBJECT = /\b(?:issue|challenge|advice|concern|mission|missions|rule|rules|job|plan|aim|goal|task|priority|idea|point|answer|solution|option|choice|way|key|focus|purpose|objective|hope|need|duty|role|strategy|policy|approach|trick|lesson|reason|problem|question|thing)\b|\bas\s+\w+\s+as\b/i;
const isToPlan = (text: string, from: number, group: VerbGroup) => {
  const subject = text.slice(from, group.first.start);
  return IS_TO_PLAN.test(text.slice(group.first.start, group.first.start + 60)) && AGENT_HEAD.test(subject) && !ABSTRACT_SUBJECT.test(subject) && !NAMES_WHAT_IS_TO_BE_DONE.test(subject) && !NAMES_WHAT.test(subject);
};

const ANYONE_OF_A_KIND = /^\W*(?:(?:but|and|so)\s+)?(?:those|anyone|anybody|everyone|everybody|people|someone|somebody|whoever|all|many|most|one|few|some|any)\s+(?:who|whose|that)\b/i;
const SUBJECT_RELATIVE = /^[^,;]*?\b\p{Ll}*[\p{L}’'-]*\s+(?:who|whose|that)\s+(?:[^\s,;]+\s+){0,12}$/u;
const SUBJECT_ASIDE = /^([^,;]{1,80}?),\s*(?:who|which)\s+([^,;]{3,160}?),\s*/i;

// (the verb's third person only: "an ambitious plan to reform the council looks set to fail" is a noun's)
const PLAN_VERB_TO = /\b(?:plans|aims|intends)\s+to\s+$/i;

// Firm futures the cue words miss: a passive with an adverb before its participle ("every policy
// will be fully costed", "the fee will be gradually phased out"), a modal parted from its passive
// by an aside ("the jury will, however, be shown clips").
const PARTICIPLE_ACT = String.raw`(?!(?:affected|pleased|interested|concerned|surprised|tired|satisfied|excited|disappointed|delighted|relieved|prepared|needed|required|based|located|used\s+to)\b)(?:\w+ed|held|made|built|sent|shut|set|put|cut|paid|taken|given|sold|brought|kept|chosen|shown|drawn|run|sworn|withdrawn|torn|begun)\b`;
const FIRM_PASSIVE = new RegExp(String.raw`\b(?:will|[’']ll)(?:\s+be\s+\w+ly\s+|\s*,\s*(?:however|though|also|in\s+turn|of\s+course|then),\s*be\s+(?:\w+ly\s+)?)` + PARTICIPLE_ACT);
// A preview's absences: "Rovers will be without Ian Cole and the suspended Joe Byrne", "the
// visitors will again be without top scorer Leah Moss": a side named without its players is the
// line-up picked for the coming game, as "will miss" is. (A name must follow: "will be without
// power in Leeds" is a state forecast.)
const WITHOUT_PLAYERS = /\b(?:will|[’']ll)\s+(?:again\s+|also\s+|still\s+|once\s+again\s+)?be\s+without\s+(?:(?!(?:in|on|at|for|until|after|before|during|of|from|to|the|a|an|any|power|water|heat|electricity|food|work|pay|jobs?|homes?|hope)\b)[a-z’'-]+\s+){0,3}\p{Lu}\p{Ll}/u;
// A future told in the progressive of an act: "the chain will be performing its own tests", "the
// minister will be explaining the decision to the lenders", "will be launching a new service": as firm as
// "will perform". (A watch kept, a wait or a hope, "will be keeping a close eye", "will be hoping", is a
// state, and the verb list leaves it out.)
const FUTURE_PROGRESSIVE = /\b(?:will|[’']ll)\s+(?:also\s+|now\s+|then\s+|\w+ly\s+)?be\s+(?:performing|launching|releasing|opening|closing|meeting|visiting|travell?ing|hosting|holding|announcing|unveiling|introducing|explaining|presenting|using|testing|appearing|attending|speaking|signing|sending|joining|leaving|filing|hiring|cutting|selling|buying|investing|building|moving|returning|touring|broadcasting|airing|screening|publishing|delivering|shipping|rolling\s+out|starting|beginning|reviewing|investigating|interviewing|recruiting|donating|auctioning|staging|opening|expanding|relocating|stepping\s+down|taking\s+over|taking\s+part|handing|paying|refunding|replacing|suing|appealing|challenging|contesting|campaigning|competing|running\s+for)\b/i;
// A plan told as readiness in the present: "lawyers are gearing up to file a lawsuit", "the union is getting
// ready to ballot its members", "the club is lining up a move": readiness for a step names the step
// ("was gearing up to" in a past narrative is what was meant then, and stays out)
const GEARING_UP = /\b(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+|now\s+|already\s+)?(?:gearing\s+up|getting\s+ready|readying\s+(?:itself|themselves)|limbering\s+up)\s+to\s+(?!be\b)[a-z]{2,}/i;
const firmerThanCues = (clause: string) => FIRM_PASSIVE.test(clause) || WITHOUT_PLAYERS.test(clause) || FUTURE_PROGRESSIVE.test(clause) || GEARING_UP.test(clause);

function verbPointsAhead(st: Statement, words: readonly Word[], text: string, onlyIsTo = false): boolean {
  const fronted = FRONTED_TIME.exec(text.slice(st.span.start, st.span.end));
  let from = st.span.start + (fronted ? fronted[0].length : 0);
  const aside = SUBJECT_ASIDE.exec(text.slice(from, st.span.end));
  if (aside && !firstVerbGroup(words, from, from + aside[1].length) && readCues(aside[2]).firm) from += aside[0].length;
  let group = clauseVerbGroup(words, from, st.span.end);
  // "A man who barely spoke English when he arrived is set to replace his old teacher", "Dealers whose
  // franchises won't be renewed will receive a letter": a relative clause on the subject, with no comma,
  // holds its own verbs; the clause's verb is the first firm one after them (a verb of saying in
  // between leaves the future to what was said, and the reading stops)
  // ("Those who respect the craft will respond to good writing": a subject that is anyone of a kind makes
  // a maxim, no one's plan)
  if (group && SUBJECT_RELATIVE.test(text.slice(from, group.first.start)) && !ANYONE_OF_A_KIND.test(text.slice(from, group.first.start))) {
    for (let g = clauseVerbGroup(words, group.end, st.span.end); g; g = clauseVerbGroup(words, g.end, st.span.end)) {
      if (REPORTING.test(g.text) || /[,;:]/.test(text.slice(group.end, g.first.start))) break;
      if (!g.negative && readCues(g.text).firm && /^(?:is|are|will|[’']ll|plans?|intends?)\b/i.test(g.text)) return true;
    }
  }
  // "X rose 8.7 percent after La Stampa reported Italy will ask ...": a report told in a time
  // clause is the reason for something else; what it reports is no projection of the clause
  if (group && REPORTING.test(group.text) && /\b(?:after|before|as|when|since|because)\s+(?:\S+\s+){0,5}$/i.test(text.slice(from, group.first.start))) return false;
  if (group && REPORTING.test(group.text)) {
    group = clauseVerbGroup(words, group.end, st.span.end) ?? group;
    // ("said in a statement marking the anniversary that ...": a participle on the speaker's
    // words is not what was said; the verb after it is)
    if (group.first.form === 'gerund') group = clauseVerbGroup(words, group.end, st.span.end);
  }
  // ("a group of protesters, called the Youth Movement, will leave ...", "the credit lines, also
  // known as swaps, will be used ..."): a participle set between commas names the subject; the
  // clause's verb comes after it
  for (let next; group && group.first.form === 'past' && /,\s*(?:also\s+|\w+ly\s+)?$/.test(text.slice(from, group.first.start)) && (next = clauseVerbGroup(words, group.end, st.span.end)) && /[,—–]/.test(text.slice(group.end, next.first.start)) && next.first.form !== 'gerund' && readCues(next.text).firm; ) group = next;
  // "GM plans to close 1,100 dealerships", "The startup aims to mass-produce satellites": a tagger
  // may read the plan verb after a name as a plural noun; an infinitive right after "plans to",
  // "aims to", "intends to" is a plan. Another noun's infinitive ("Measures to modernise the
  // constitution will be introduced") belongs to the subject: the clause's verb comes after it.
  const beforeGroup = group ? text.slice(from, group.first.start) : text.slice(from, st.span.end);
  const head = words.find((w) => w.start >= from && w.end > w.start);
  if (group && group.first.form === 'infinitive' && /^[^,;]{1,80}?\s+to\s+$/.test(beforeGroup) && head?.pos !== 'preposition' && !firstVerbGroup(words, from, group.first.start)) {
    if (PLAN_VERB_TO.test(beforeGroup)) return !group.negative;
    // (only a noun's infinitive: "It's difficult to tell how ..." is a judgment's)
    const at = words.indexOf(group.first);
    if (words[at - 2]?.pos === 'noun') group = clauseVerbGroup(words, group.end, st.span.end) ?? group;
  }
  if (/^[^,;]{1,60}?\b(?:plans|aims|intends)\s+to\s+[a-z][\w-]+/.test(beforeGroup)) return true;
  if (group && /^(?:plans|aims|intends)\s+to\s+[a-z][\w-]+/i.test(text.slice(group.first.start, st.span.end))) return !group.negative;
  // ("the eight schools will each play two games": a floating "each" or "both" parts the modal from its verb)
  if (group && /^(?:will|shall|[’']ll)$/i.test(group.text) && /^\s+(?:each|both|all|jointly)\s+[a-z]{3,}\b/.test(text.slice(group.end, st.span.end))) return true;
  // "In setting the date, the judge cited ...": a gerund after the clause's opening preposition
  // opens a phrase; the clause's verb comes after it ("a group of sporting legends plan to ..."
  // keeps its gerund: it is inside the subject)
  const opening = group && words[words.indexOf(group.first) - 1];
  if (group && group.first.form === 'gerund' && opening?.pos === 'preposition' && !text.slice(from, opening.start).trim()) group = clauseVerbGroup(words, group.end, st.span.end);
  // no verb at all ("down from a July forecast of 2.3%"): nothing is projected
  if (!group) return false;
  if (VOW.test(group.first.text) || (group.first.form === 'past' && group.first.pos === 'verb')) return false;
  // a participle clause sharing the modal of the clause before ("..., while also preparing for
  // its parade"): the cue words alone decide, as before
  if (group.first.form === 'gerund') return !onlyIsTo;
  if (/^(?:has|have)$/i.test(group.text) && HAS_PLANS.test(text.slice(group.end, group.end + 30))) return true;
  // (a clause the cue words find firm only by its "is to": that "is to" must be the clause's own verb)
  if (onlyIsTo) return !group.negative && isToPlan(text, from, group);
  return !group.negative && (readCues(group.text).firm || isToPlan(text, from, group) || firmerThanCues(text.slice(group.first.start, st.span.end)) || LOOSE_PLAN.test(text.slice(group.first.start, st.span.end)) || TABLED.test(text.slice(from, st.span.end)));
}

// "My Government is committed to making work pay and will legislate to ...", "Batch practised with
// the first team and is expected to make his first start": news joins a projection to a fact with
// "and", sharing the subject. (A new subject after "and" is left alone: on Timeline17 it joined
// forecasts far more often than plans, "and Twitter will bring the fighting into our living rooms".) The words before the joined
// projection leave its label. (Null when the clause's first verb points nowhere and no joined
// verb group points ahead.)
// ("and" only: "was seriously injured but is expected to survive", "comments are posted at once, but will
// be monitored" set a prognosis or a standing rule against the fact)
// (and no comma before it: "is precarious, unpredictable, and will take us by surprise" ends a series of
// predicates that describe the subject)
const JOINED = /(?<![,;])\s+and\s+(?:(?:then|also|now|so)\s+)?$/i;
const JOINED_SUBJECT = /(?<![,;])\s+and\s+((?!(?:a|an)\s+(?:good|bad|great|true|real|smart|wise|typical|healthy|successful|savvy|seasoned|careful|sensible|prudent|decent)\b)(?:a|an|the|its|their|his|her|this|new)\s+(?:[\w’'-]+\s+){0,3})$/i;
const MIND_VERB = /\b(?:know|knows|knew|think|thinks|thought|believe|believes|believed|feel|feels|felt|fear|fears|feared|hope|hopes|hoped|suspect|suspects|understand|understands|realise|realises|realize|realizes|say|says|said|expect|expects|expected)$/i;
function joinedProjection(st: Statement, words: readonly Word[], text: string): Span | null {
  const first = clauseVerbGroup(words, st.span.start, st.span.end);
  if (!first || first.negative || REPORTING.test(first.text) || readCues(first.text).future) return null;
  const between_: VerbGroup[] = [];
  for (let g = firstVerbGroup(words, first.end, st.span.end), prev = first; g; prev = g, g = firstVerbGroup(words, g.end, st.span.end)) {
    const between = text.slice(prev.end, g.first.start);
    if (/[;:“”"]/.test(between)) return null;
    // (a vow or a plan told in the past, "and vowed to return", is what was meant then)
    // ("I have time and will to learn": a noun "will" before "to")
    const firm = !g.negative && !/^(?:will|would)\s+to\b/i.test(g.text) && !VOW.test(g.first.text) && !(g.first.form === 'past' && g.first.pos === 'verb') && (readCues(g.text).firm || firmerThanCues(text.slice(g.first.start, st.span.end))) && readCues(g.text).future !== 'possible';
    if (!firm) {
      between_.push(g);
      continue;
    }
    // (between them only the first clause's infinitives and participles: "recognises the need to improve
    // water quality and", "was one of many people sprayed by police and arrested and")
    if (prev !== first && !between_.every((b) => /^(?:to\s+)?\S+$/i.test(b.text) && b.first.form !== 'present' && !REPORTING.test(b.text))) return null;
    // a shared subject: the first verb group and all up to the conjunction leave the label
    if (JOINED.test(between)) return { start: first.first.start, end: g.first.start };
    // ("My Government recognises the need to improve water quality and a Bill will be introduced to ...": a
    // clause of its own after "and", with a subject of its own; the first clause leaves the label)
    // (not a "that" clause's two subjects, "I know that many women and their partners will be concerned", nor a
    // maxim's kind, "a good company prepares ... and a good PR team is poised to ...")
    const own = /\bthat\b/i.test(between) || MIND_VERB.test(first.text) ? null : JOINED_SUBJECT.exec(between);
    if (own) return { start: st.span.start, end: prev.end + own.index + own[0].length - own[1].length };
    return null;
  }
  return null;
}

// "Soon, the star was taking piano lessons", "met the director shortly thereafter", "allegations
// would make it clear": a "soon" or "the coming days" told from a past moment of the story is
// that moment's sequel, already past, not a projection from the day of writing.
function toldFromThePast(st: Statement, words: readonly Word[]): boolean {
  if (/\bthereafter\b/i.test(st.cueText) && !st.cues.firm) return true;
  let group = firstVerbGroup(words, st.span.start, st.span.end);
  if (group && REPORTING.test(group.text)) group = firstVerbGroup(words, group.end, st.span.end) ?? group;
  return !!group && (group.first.form === 'past' || /^(?:was|were|had|would)$/i.test(group.first.text));
}

// "couples will probably keep squabbling", "he expects devices could soon measure", "the debate is
// likely to be dull": a forecast hedged in its own clause is someone's estimate, not an arrangement.
const ESTIMATE = /\b(?:probably|likely|unlikely|plausible|conceivable|possible)\b/i;
// "the savings will increase as warming spreads", "prices will fall": a measure's course is a
// forecast, not something arranged to happen
// ("it will get worse before it gets better")
// ("the brand is expected to suffer", "the driver is expected to survive", "sales will rebound": a fortune foretold, the same)
// ("the trial was expected to last two years", "reserves are expected to run out in 15 years", "the
// report is expected to differ sharply", "the account is expected to be in the black": how long a
// thing lasts, when a stock runs dry or how a thing will stand is a forecast of a course too)
const TREND = /\b(?:will|would|[’']ll|(?:is|are|was|were) (?:expected|set|going) to)\s+(?:\w+ly\s+)?(?:increase|decrease|rise|fall|grow|decline|drop|climb|shrink|double|triple|soar|plunge|slow|improve|worsen|deteriorate|accelerate|ease|fluctuate|suffer|survive|recover|rebound|get\s+(?:worse|better)|last|run\s+(?:out|dry|short)|differ|be\s+in\s+the\s+(?:black|red))\b/i;

// What is not arranged to happen but said of how things go: advice to the reader ("Email will
// become your master if you don't take charge", "If you have a weakness, regulators will focus
// on it"), a going on ("will continue to slay") and a comparison ("will provide more rewards
// than another sequel"). (A condition alone is news: "the union will strike if talks fail".)
// ("Please check back soon for updates": a request to the reader too; "The astute reader will recognize
// that ...": the reader named in the third person is still the one addressed)
// ("Expect long queues at the border": an imperative to the reader, whatever it forecasts)
const READER = /\byou(?:r|['’]ll|['’]re)?\b|\breaders?\s+will\b|^\W*please\b|(?:^\W*|[,;:]\s*)expect\s+(?:it|them|this|that|the|a|an|long|more|some|delays)\b/i;
// ("Warsaw will keep its soldiers in Afghanistan", "it will maintain strong armed forces": what is
// kept as it is goes on, nothing is arranged to change)
const GOING_ON_WORDS = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+)?(?:continue|remain|stay)\b|\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:keep|maintain|retain)\b/i;
// ("is expected to remain", "plans to stay": the plan's own infinitive; "intends to use the new funds to
// continue to drive growth": a purpose after the act, whose "to continue" says what the act is for, and
// the act stays a plan)
const FIRST_INFINITIVE_GOES_ON = /^[^;]*?\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|be|date)\b)(?:\w+ly\s+)?([a-z]+)\b/i;
const GOING_ON = { test: (s: string) => GOING_ON_WORDS.test(s) || /^(?:continue|remain|stay)$/i.test(FIRST_INFINITIVE_GOES_ON.exec(s)?.[1] ?? '') };
// ("will hire more than 1,000 collectors", "will cut fewer than half the posts": an amount, not a
// comparison; but "no more than four bids will be heard" is a cap, a rule's, and "the first cut in
// more than 20 years" a record's frame. "will release its results earlier than expected": when,
// against the plan or the forecast, and the release is still arranged.)
const AMOUNT = /(?<!\b(?:no|not)\s+)\b(?:more|less|fewer)\s+than\s+(?:(?:[$£€]\s?)?\d[\d,.]*(?!\d)(?!\s*(?:years?|months?|weeks?|days?|decades?)\b)|(?:a\s+dozen|dozens|hundreds|thousands|half|twice|double)\b)/gi;
const COMPARED_WORDS = /\b(?:more|less|fewer|better|worse|\w+er)\s+[^.;]{0,40}?\bthan\b(?!(?<=\b(?:earlier|sooner|later)\s+than)\s+(?:expected|planned|scheduled|anticipated|forecast|projected|originally|previously|first|initially)\b)/i;
const COMPARED = { test: (s: string) => COMPARED_WORDS.test(s.replace(AMOUNT, 'some')) };
// "Funding will go towards covering the costs", "Financial support will be provided to students",
// "The app will let viewers record shows", "The service will cost $10 a month": how a programme,
// a fund or a product works, told in the future, is a description, not something arranged to
// happen on a day. ("The museum will display the coffin" and "will be on display" are openings;
// "the tour will include talks in Tunis", "the team will work with the council", "the well will be
// used to execute the kill" are plans, and stay.)
// ("The project will require erecting scaffolding 90 feet high": what a work involves; "more
// help will be provided by the state government" names who acts, and is a plan)
// ("The new unit will sit within the transport ministry": where a body will stand in another is how it is
// built, no act at a time)
const WORKS = /\b(?:will|[’']ll)\s+(?:also\s+|still\s+|only\s+)?(?:sit\s+(?:within|inside|under)\b|be\s+housed\s+(?:within|inside|in)\b|let|allow|enable|support|provide|offer|cost|require|involve|go\s+towards?|be\s+(?:provided(?!\s+by\b)|available|tasked|responsible))\b/i;
// "Migratory birds will be affected", "the adoption of these systems will ensure ...", "the new
// code will make young Libyans think twice", "Bush's crusade will fail": what something will
// bring about, or how an attempt will end, is a forecast of an outcome, not something arranged
// to happen ("engineers will try to plug the leak with it" is an attempt arranged, and stays). An exclamation ("Even the internet is going to be
// taxed soon!") is a cry, not a report.
// ("the progress will strengthen the case for ...", "success will hinge on ...", "the toll will vary
// by area": what a thing will do to another's chances, or how it will differ, is a forecast too)
// (and how it will be felt or remembered: "it will come as a relief to consumers", "he will be
// relieved to see ...", "the world will long remember her", "such a ploy will backfire", and
// how much it will count: "drones will play a big role in farming")
// ("He will be sorely missed": an obituary's farewell; "Rice will always appear calm", "the museum will
// never forget": what always or never will be is a character or a stance, no act at a time; "even a mild
// pandemic will still cause disruption": an outcome however it is hedged)
// (a win foretold, "the rebels will win because it is their country": no one arranges a win; what a
// fact will drive or generate, "regulations will drive up costs", "the festival will generate good times",
// or leave people feeling, "will leave us all frustrated")
// (and what a fact will do to people or sums: "the rejection will add to the owner's woes", "the cost
// will dwarf what workers feared", "the crackdown will scare off investors", "the tests will give
// engineers a better idea", "the grace period will give carriers a chance")
// ("the new app will make it easier for patients to book", "the grant will go a long way towards
// covering the costs": what a thing will make easier, or how far it will go towards an end, is a
// judgment of its worth, the commonest in business and technology copy; no act is arranged)
const OUTCOME = /\b(?:will|[’']ll)\s+(?:\w+ly\s+|long\s+|also\s+|still\s+)?(?:make\s+(?:it|them|things|life|(?:the|its|their|our|his|her)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+(?:\w+ly\s+|much\s+|far\s+|a\s+lot\s+|even\s+)?(?:easier|harder|simpler|cheaper|quicker|faster|safer|tougher|better|worse|stronger|weaker|clearer|possible|impossible|difficult|more\s+\w+|less\s+\w+)\b|prove\s+(?:him|her|them|us|me|it|everyone|the\s+\w+)\s+(?:wrong|right)\b|take\s+care\s+of\s+(?:it|itself|the\s+\w+)\b|go\s+(?:a\s+(?:long|great)|some)\s+way\b|ensure|mean|be\s+(?:\w+ly\s+)?(?:missed|mourned)\b|(?:always|forever|never)\b|win(?!\s+back\b)|drive\s+(?:up|down)|generate|leave\s+(?:us|them|people|everyone|voters|investors|consumers|residents)\s+(?:all\s+)?(?:\w+ed|angry|poorer|worse|better)\b|add\s+to\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+)?(?:woes|pressure|problems|troubles|burden|lustre|luster|appeal|tensions?|uncertainty|concerns?|misery|headaches?|momentum|frustration)|dwarf|scare\s+off|stamp\s+on|throw\s+(?:the\s+|a\s+)?(?:\w+\s+)?spotlight|give\s+(?:[\w’'-]+\s+){1,5}?(?:a|an)\s+(?:better\s+|clearer\s+|fair\s+|second\s+|real\s+)?(?:chance|idea|sense|picture|glimpse|taste)\b|(?:strengthen|weaken|bolster|undermine|erode)\s+(?:the|its|his|her|their|our)\s+(?:[\w’'-]+\s+)?(?:case|hand|position|argument|chances|prospects|credibility|standing|resolve|ties|relationship)|hinge|vary|make\s+(?:\w+\s+){1,3}(?:think|feel|want|look|wonder)|lead\s+to|cause|result\s+in|be\s+(?:badly\s+|severely\s+)?affected|affect|benefit|hurt|damage|shape|determine|decide|fail|succeed|backfire|remember|play\s+(?:a|an|no)\s+(?:\w+\s+){0,2}(?:role|part)|embarrass|shake\s+(?!hands\b)|rattle|unsettle|dismay|infuriate|reassure|test\s+(?:the|its|their|his|her|our)\s+(?:\w+\s+)?(?:assertions?|claims?|resolve|patience|limits?|mettle|theory|promise|credibility)\b|give\s+(?:them|him|her|us|it|the\s+\w+)\s+(?:access|leverage|an?\s+(?:edge|advantage))\b|mark\s+(?:a|an|the|several|two|three|many)\s+(?:[\w,-]+\s+){0,6}?(?:turning\s+points?|transitions?|milestones?|shifts?|watershed|departure|new\s+(?:chapter|era|phase))|mark\s+(?:a|an|the)\s+(?:\w+\s+)?(?:turning\s+point|milestone|transition|shift|watershed|departure|new\s+(?:chapter|era|phase))|come\s+as\s+(?:a|an|no)\s+(?:\w+\s+)?(?:relief|surprise|shock|blow|disappointment)|be\s+(?:\w+ly\s+)?(?:relieved|pleased|delighted|glad|happy|disappointed|saddened|thrilled))\b/i;
// "My Government will seek to strengthen the border", "the new government will focus on security",
// "will pursue sustainable growth", "will take steps to rebuild trust", "would aim to adapt the
// rules": an aim, an emphasis or a way of governing is what someone means to work towards, no act
// that will happen at a time; a speech, a manifesto or a strategy tells many. ("will seek a new
// security pact", "will seek to establish the legislation": an act sought, and stays.)
const AIM = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:focus\s+on|try\s+to\s+focus|strive\s+(?:to|for)|aim\s+(?:to|for|at)|pursue|govern|take\s+steps\s+to|play\s+(?:its|their|his|her|our|a|an)\s+(?:\w+\s+)?part|seek\s+to\s+(?:strengthen|improve|reduce|raise|reset|rebuild|restore|ensure|promote|support|protect|tackle|address|deliver|boost|grow|enhance|foster|deepen))\b/i;
// A programme's slogans, as a throne speech or a manifesto words them: a relation sought ("will
// seek a new partnership with business"), a people set going ("will get Britain building"), a
// quality to be bettered ("will strengthen the integrity of elections"), an act with no act named
// ("action will be taken to ..."). An aim told as an act, with nothing to be done on a day;
// the bills and bodies of the same speech ("a Bill will be introduced to ...", "will establish a
// council") name what will be done, and stay.
const AGENDA = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:seek\s+(?:a|an)\s+(?:new\s+|closer\s+|stronger\s+|fresh\s+|fairer\s+)?(?:partnership|relationship|dialogue|reset|consensus|balance)|(?:strengthen|improve|enhance|restore|protect|uphold|safeguard)\s+(?:the\s+)?(?:integrity|quality|resilience|standards?|confidence|trust|fairness|dignity)\b)|\baction\s+(?:will|would|is\s+to)\s+be\s+taken\b/i;
// A procedure or an endowment told in the passive: how a thing will be judged or worked out ("offers
// will be assessed by taking into account ...", "a new formula will be used for calculating ..."),
// what a body will be given ("will be endowed with powers", "will be fitted with sensors"): a
// rule's or a thing's workings, as WORKS tells them in the active. ("will be used to help" names
// an act for it, and stays.)
// (a people or a country set going, by its name: "will get Britain building", "will get people
// working"; "engineers will get the pump working" is a job arranged, and stays)
const GET_GOING = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+)?get\s+(?:[A-Z][\w’'-]+|(?:the\s+)?(?:country|nation|economy|public)|(?:\w+\s+)?people|everyone|workers|families)\s+\w+ing\b/;
const PROCEDURE = /\b(?:will|[’']ll)\s+be\s+(?:\w+ly\s+)?(?:(?:assessed|calculated|determined|judged|measured|evaluated|weighed|graded|scored|ranked)\s+(?:by|on|according\s+to|in\s+line\s+with|against)|used\s+for\s+\w+ing|(?:endowed|equipped|fitted|vested|armed)\s+with)\b/i;
// A prediction of conduct or of fortune: the manner of a stance ("will fiercely defend their
// turf", "will bitterly oppose"), a struggle foretold ("will struggle to recover"), a change of
// standing ("will become less known for ..."). What someone will be like, not something arranged.
const CONDUCT = /\b(?:will|would|[’']ll)\s+(?:(?:fiercely|vigorously|strongly|stoutly|bitterly|staunchly|jealously|doggedly)\s+(?:defend|resist|oppose|fight|guard|contest)|(?:\w+ly\s+)?struggle\s+to|(?:\w+ly\s+)?become\s+(?:more|less|\w+er)\b)/i;
// ("he told me he was planning on using the planes": a plan held in the past is what was meant then)
const LOOSE_PLAN_ANYWHERE = /(?<!\b(?:was|were|had\s+been)\s+)\b(?:plans?|planning)\s+on\s+\w+ing\b/i;
// "The U-turn will be studied carefully by health officials", "the results will be closely watched by
// investors", "progress will be kept under careful review": the attention a thing will get goes on,
// and names nothing done on a day
const SCRUTINY = /\b(?:will|would|[’']ll)\s+be\s+(?:(?:closely|carefully|keenly|anxiously|nervously|intently)\s+(?:studied|watched|monitored|scrutini[sz]ed|observed|followed)\b|(?:studied|watched|monitored|scrutini[sz]ed|observed)\s+(?:(?:closely|carefully|keenly|intently)\b|by\b)|kept\s+under\s+(?:\w+\s+)?review\b)/i;
// ("The cable firm will soon offer film rentals", "the app will shortly let users pay by phone": what a
// product or a service will do, told with "soon", is a change on its way, no standing description)
const notArranged = (sentenceText: string, cueText: string, soon = false) =>
  READER.test(sentenceText) || SCRUTINY.test(cueText) || GOING_ON.test(cueText) || COMPARED.test(cueText) || (!soon && WORKS.test(cueText)) || OUTCOME.test(cueText) || AIM.test(cueText) || AGENDA.test(cueText) || GET_GOING.test(cueText) || PROCEDURE.test(cueText) || CONDUCT.test(cueText) || /!["”’]?\s*$/.test(sentenceText);

// "It was expected that the briefings would help ...", "it was hoped that the talks would ...":
// an expectation held in the past, by no one named, is the story's background, not a plan.
// "had planned to air a special", "was expected to be kept in for three days, but left after one":
// a plan held in the past perfect, or one a "but" overturns, is what did not come to pass.
const OVERTAKEN_PLAN = /\bhad\s+(?:\w+ly\s+)?(?:planned|intended|hoped|expected|wanted|aimed|been\s+(?:expected|scheduled|due|set|slated|planning|hoping))\s+to\b|\b(?:was|were)\s+(?:\w+ly\s+)?(?:expected|scheduled|due|set|slated|supposed)\s+to\b[^.;]{0,120}?,?\s+but\b/i;
const PAST_EXPECTATION = /\b(?:was|were|had been)\s+(?:widely\s+|generally\s+)?(?:expected|hoped|thought|believed|feared|assumed|anticipated)\s+that\b/i;
// "Simple math will indicate that ...", "A glance at the list will show how ...": the writer's
// inference, not something to happen; "is currently forecasting", "is now weighing": what is
// going on at the time of writing.
// ("Only time will tell whether he walks away", "the tests will show whether the seal holds": what is
// not known yet, told as what will come out)
const INFERENCE = /\bwill\s+(?:\w+ly\s+)?(?:indicate|show|tell|reveal|suggest|prove|demonstrate)\s+(?:that|how|you|whether|if)\b|\btime\s+will\s+tell\b/i;
// (no small letter, and three words of capitals at least)
const inHeadlineCapitals = (s: string) => !/\p{Ll}/u.test(s) && (s.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
// "Investigators expect to learn more", "the family expects to hear from the coroner": news hoped for
// is no act of the one who waits for it
const AWAITS_NEWS = /\bexpect(?:s|ed|ing)?\s+to\s+(?:learn|hear|know|find\s+out|discover|get\s+(?:word|answers?|results?))\b/i;
// "Fees and quotas are among other issues expected to be discussed", "Other topics due to be raised
// include the budget": a meeting's agenda, told by the participle on its items; the items will be
// taken up when the meeting sits (the clause's verb, "are among" or "include", points nowhere ahead)
const ON_AGENDA = /\b(?:issues|topics|items|matters|subjects|questions|points|proposals)\s+(?:that\s+are\s+)?(?:expected|likely|due|set|scheduled)\s+to\s+be\s+(?:discussed|raised|debated|considered|examined|reviewed|addressed|tabled|taken\s+up)\b/i;
const GOING_ON_NOW = /\b(?:is|are|am)\s+(?:currently|now|still)\s+\w+ing\b/i;

// "will move to assigned seating where possible", "plans to adopt the euro as soon as possible": a set
// phrase of "possible" says how soon or how far, not that the plan itself is in doubt
// ("would begin the search as soon possible": the phrase with its "as" dropped, as copy sometimes runs)
const SET_POSSIBLE = /\b(?:as\s+(?:soon|quickly|fast|early|much|far|widely|closely)\s+as|as\s+soon(?=\s+possible\b)|where(?:ver)?|when(?:ever)?|if)\s+(?:it\s+is\s+|at\s+all\s+|reasonably\s+|humanly\s+)?possible\b/gi;
const STILL_POSSIBLE = /\b(?:may|might|could(?!\s+(?:not|never)\b)|potential(?:ly)?|possibl[ey]|perhaps|maybe|mulls?|mulling|considering|weighing)\b/;
const onlySetPossible = (cueText: string) => {
  const rest = cueText.replace(SET_POSSIBLE, '');
  return rest !== cueText && !STILL_POSSIBLE.test(rest);
};

// a relative clause on the object, after the clause's own future (not one on its subject, before it)
const OBJECT_RELATIVE = /(?<=\b(?:will|would|[’']ll|to)\b[^,;]{3,}),\s*(?:which|who)\s+[^,;]*/gi;
// "Everyone has a dream, and mine is to play at Wembley", "Theirs is to win the league": a possessive
// pronoun standing for a goal named just before ("goals", "dream") is that goal, not someone's act
const OWN_IS_TO = /^\W*(?:(?:but|and|so)\s+)?(?:mine|yours|ours|theirs|hers)\s+(?:is|are|was|were)\s+to\b/i;
// "A good story will make itself evident", "A smart investor will wait": a kind judged by a quality
// ("a good", "a wise") stands for any of its kind; what it will do is a maxim, no one's act (and so is
// what a clause joined to it says: "..., and strong writing will find its audience")
const KIND_MAXIM = /^\W*(?:(?:but|and|so)\s+)?(?:a|an)\s+(?:good|bad|great|true|real|smart|wise|typical|healthy|successful|savvy|seasoned|careful|sensible|prudent|decent)\s+[a-z]+\s+(?:will|would|[’']ll)\b/i;
// "A new aircraft won't be ready until 2027. Until then, the president will use the old one": what
// holds until a time told before is the interim's state, dated by that time, no projection of its own
// ("But before then BP will attempt ..." is a step ahead of the time, and stays)
const UNTIL_THEN = /^\W*(?:(?:but|and|so)\s+)?until\s+then\b/i;
// "If the appeal fails, the firm will take its case to the High Court", "Unless the board objects, the
// chairman will stay on": a future put after a fronted condition is a hypothesis, what would follow if
// something happened; the story tells no plan. (A plan's own proviso, "If all goes according to plan,
// the station will open ...", "if all goes well", leaves it a plan; a trailing condition, "the union will
// strike if talks fail", is the union's stated step, and is left alone.)
const CONDITION_FIRST = /^\W*(?:(?:but|and|so|yet|even)\s+)?(?:if|unless)\b(?!\s+(?:all|everything|things)\s+(?:goes|go|went)\s+(?:according\s+to\s+plan|to\s+plan|as\s+planned|well|smoothly)\b)[^,;]{3,160},/i;
// ("But if the council refuses, the owner intends to sue", "if the talks fail, the union plans to
// strike": an intention the actor states for that case is the actor's plan, a proviso on it)
const STATED_INTENT = /\b(?:intends?|intended|plans?|planned|plans|is\s+preparing|are\s+preparing|has\s+(?:said|threatened|vowed|promised)|have\s+(?:said|threatened|vowed|promised)|says|say|threatens?|threatened)\s+(?:that\s+)?(?:(?:it|they|he|she|the\s+\w+)\s+will\s+|to\s+)/i;
// "There is no agreement on how the levy will change fares", "Nobody asked whether the line would
// reopen": a future inside a question (how, whether, what, why, where, when) is what is asked, no
// plan; the statement's own future must come before the question word ("The panel will study how the
// levy changes fares" stays). Relative "which"/"who" are not questions, nor "where"/"when" after a comma
// ("shipped to the leak, where it will be lowered to the sea floor": a relative on a place).
export const FIRST_FUTURE_CUE = /\b(?:will|would|shall|[’']ll|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:to|set\s+to|due\s+to|slated\s+to|scheduled\s+to|expected\s+to|going\s+to|planning\s+to|about\s+to)|plans?\s+to|intends?\s+to|aims?\s+to)\b/i;
const ASKED_BEFORE = /\b(?:how|whether|what|why|(?<![,—–]\s*)(?:where|when))\s+(?:[^\s,;:—–()]+\s+){0,6}$/i;
const futureAsked = (written: string) => {
  const first = FIRST_FUTURE_CUE.exec(written);
  return !!first && ASKED_BEFORE.test(written.slice(0, first.index));
};
// "Much of that cash won't flow into startups anytime soon": "anytime soon" is said in a denial or a
// question of nearness; nothing is announced
const ANYTIME_SOON = /\bany\s?time\s+soon\b/i;
// "... holding it next Thursday, when the two nominees are scheduled to face off": a clause opened by
// "when" after a comma says what goes on at a time named before it; it is that time's, dated or past,
// no expectation without a date
const IN_WHEN_CLAUSE = /,\s+when\s+[^;:!?]*$/i;
// a label that opens on a bare auxiliary ("Are was delaying their debate") has lost its subject: no one acts
const NO_SUBJECT = /^(?:Are|Is|Was|Were|Has|Have|Had|Am|Not)\s/;
const TRAILING_OPINION = /,\s*(?:[\w’'-]+\s+){1,4}?(?:fear|fears|feared|believe|believes|believed|think|thinks|predict|predicts|predicted|hope|hopes|worry|worries|argue|argues|suspect|suspects|reckon|reckons|doubt|doubts)\s*[.!"”’]*\s*$/i;
const NOUN_IS_TO = /^\W*(?:(?:but|and|so)\s+)?(?:the|our|my|his|her|their|its|your|one)\s+(?:\w+\s+){0,2}?(?:plan|aim|goal|idea|hope|intention|objective|priority|challenge|task|job|point|key|trick|option|approach|strategy|policy|mission|dream|ambition|target|purpose|focus|step)\s+(?:is|was|will\s+be)\s+(?:for\s+(?:[\w’'-]+\s+){1,4}?)?to\b/i;

/** `datelines`: the sentence's dateline days, whose words leave the label as dates' do. */
export function undatedEvent(text: string, st: Statement, sentence: Span, future: Timex | undefined, wordsOf: () => readonly Word[], datelines: readonly Timex[] = []): TimelineEvent | null {
  if (st.cues.didNotHappen) return null;
  const own = text.slice(st.span.start, st.span.end);
  // "The plan is to take a few laps", "Our aim is to reopen by spring": a plan named and identified
  // with what it is, in a feature's voice, not an act reported; "or whether the band will play" goes
  // on with a question opened before; "Highlighting some of the events to be held there:" leads into
  // a list, whose items tell what it is
  // (the statement may open on the "when" itself; a sentence that opens on "When ..., the device will
  // undergo tests" tells a step after a step, and stays)
  if (IN_WHEN_CLAUSE.test(text.slice(sentence.start, st.span.start + (/^\W*when\s/i.exec(own)?.[0].length ?? 0)))) return null;
  if ((CONDITION_FIRST.test(text.slice(sentence.start, st.span.end)) && !STATED_INTENT.test(own)) || futureAsked(own) || ANYTIME_SOON.test(own)) return null;
  // ("Fares keep rising and the bus company will lose riders, commuters fear": an opinion told after what
  // is feared or believed makes the whole a view, as OPINION's before it does)
  if (TRAILING_OPINION.test(text.slice(sentence.start, sentence.end))) return null;
  if (NOUN_IS_TO.test(own) || OWN_IS_TO.test(own) || UNTIL_THEN.test(own) || KIND_MAXIM.test(text.slice(sentence.start, sentence.end)) || /^\s*(?:or|and)\s+(?:whether|when|if|how|where|why|what|who)\b/i.test(own) || /:\s*$/.test(text.slice(sentence.start, sentence.end))) return null;
  let joined: Span | null = null;
  let onlyIsTo = false;
  // ("the chairman said the board would begin the search soon", "told a conference that new contracts
  // would be introduced shortly": a "would" after a verb of saying is the speaker's "will", and the
  // "soon" counts from the day it was said, not from a moment of a past narrative)
  if (future && toldFromThePast(st, wordsOf()) && !reportedPlan(own)) return null;
  // ("Measures will be brought forward to remove the exemption, which will enable the funding of new
  // teachers", "will propose a committee, which will be tasked with ...": what a relative clause says
  // of the object describes it; the clause's own plan is judged without it)
  if (notArranged(text.slice(sentence.start, sentence.end), st.cueText.replace(OBJECT_RELATIVE, ''), !!future && /^(?:soon|shortly)$/i.test(future.text))) return null;
  // (read on the words as written: "currently" is a date word, gone from the cue text)
  const written = text.slice(st.span.start, st.span.end);
  if (PAST_EXPECTATION.test(text.slice(sentence.start, sentence.end)) || OVERTAKEN_PLAN.test(text.slice(sentence.start, sentence.end)) || INFERENCE.test(written) || AWAITS_NEWS.test(written) || GOING_ON_NOW.test(written) || UNKNOWN.test(written) || NOT_SAID.test(written)) return null;
  if (forecastNotPlan(written) || guessedFuture(written) || toldAsHabit(text.slice(sentence.start, sentence.end))) return null;
  // ("EMC will receive subscription revenue from customers", "expects to serve 2,000 entrepreneurs a year":
  // how a business or a product works, no act arranged)
  if (standingWorking(written, !!future && /^(?:soon|shortly)$/i.test(future.text))) return null;
  // ("those preparing to go public", "everybody expects from him", "will increasingly target", "will become as
  // common as", "gone too soon": a kind's plan, a character, a trend, a likeness, a judgment of time)
  if (futureNotProjected(written) || (future && tooSoon(text.slice(Math.max(sentence.start, future.start - 8), future.start)))) return null;
  const anyone = ANYONE_WHO.exec(written);
  const firstModal = /\b(?:will|would)\b|[’']ll\b/i.exec(written);
  if (anyone && firstModal && firstModal.index >= anyone.index && firstModal.index < anyone.index + anyone[0].length) return null;
  // "SAS POSTPONES PLANS TO BUY 12 MD-11S": a headline set in capitals, whose news the lead
  // tells again in a sentence of its own
  if (inHeadlineCapitals(text.slice(sentence.start, sentence.end))) return null;
  // "Sadly, 2016 will come to an end shortly": the calendar's own course is no one's plan
  if (st.timexes.some((t) => noParticularDay(text, st.span.start, t))) return null;
  // ("Yesterday Tunisia, today Egypt, tomorrow Yemen will rise": a chant's member, daySlogan.ts)
  if (st.timexes.some((t) => daySlogan(text, sentence, t, wordsOf))) return null;
  if (!future) {
    // ("“My knee is gone,” said Okafor, who plans to open a gym": the saying is the main clause, the
    // speaker's next step, hung on the name, is the news)
    const onSpeaker = text[sentence.end - 1] === '?' ? null : relativePlan(written);
    if (onSpeaker) return { id: `e-${sentence.start}-u${st.span.start}`, label: `${onSpeaker.name} ${onSpeaker.plan}`, status: 'projected', modality: 'planned', when: { timex: null, start: null, end: null, granularity: null, text: null }, source: { start: sentence.start, end: sentence.end } };
    // ("The agency said it would close the depot": a plan reported in the past tense of speech)
    const reported = reportedPlan(written);
    // ("The charity is to set up a panel": firm by its "is to" alone, which verbPointsAhead then checks)
    const firmElse = st.cues.firm || !!reported || LOOSE_PLAN_ANYWHERE.test(st.cueText) || TABLED.test(st.cueText) || firmerThanCues(st.cueText);
    onlyIsTo = !firmElse && IS_TO_ANYWHERE.test(written);
    if ((!firmElse && !onlyIsTo) || text[sentence.end - 1] === '?' || SPEAKER_PROMISE.test(st.cueText) || OPINION.test(st.cueText)) return null;
    if ((st.cues.future === 'possible' && !onlySetPossible(st.cueText)) || ESTIMATE.test(st.cueText.replace(SET_POSSIBLE, '')) || TREND.test(st.cueText)) return null;
    if (!reported && !verbPointsAhead(st, wordsOf(), text, onlyIsTo)) {
      joined = joinedProjection(st, wordsOf(), text);
      if (!joined && !ON_AGENDA.test(written)) return null;
    }
  }
  // ("In the short term, she is likely to work in the private sector": a horizon, not a when,
  // leaves an estimate an estimate; "is likely to fine the bank soon" has its when)
  if (future && HORIZON.test(future.text) && ESTIMATE.test(st.cueText)) return null;
  // ("The long-term outlook for the mines remains bright": a horizon with a verb that points
  // nowhere ahead is a view of how things stand)
  if (future && HORIZON.test(future.text) && !verbPointsAhead(st, wordsOf(), text)) return null;
  // ("But this respite is unlikely to come soon": a "soon" denied by "unlikely" announces nothing)
  // ("She hopes the two meet soon": a "soon" hoped for is a wish, no one's arrangement)
  if (future && (/^the future$/i.test(future.text) || HEDGE.test(st.cueText) || /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?)\b/i.test(st.cueText) || /\bunlikely\b/i.test(st.cueText) || text[sentence.end - 1] === '?' || SPEAKER_PROMISE.test(st.cueText))) return null;
  // "apprehension about the coming days is running high": the days are what a feeling is about
  if (future && /\b(?:about|over|of|for)\s+$/i.test(text.slice(Math.max(sentence.start, future.start - 8), future.start)) && !st.cues.firm) return null;
  // "slashed its forecasts for the next few months": the months are what a forecast covers
  if (future && periodCovered(text, st.span, future)) return null;
  // ("To ensure the harbour stays open, the council will dredge the channel": the fronted purpose leaves the label)
  const purpose = joined ? null : FRONTED_PURPOSE.exec(text.slice(st.span.start, st.span.end));
  if (purpose) joined = { start: st.span.start, end: st.span.start + purpose[0].length };
  const drop: Timex | null = joined && { start: joined.start, end: joined.end, text: text.slice(joined.start, joined.end), type: 'DATE', value: '' };
  const label = labelOf(text, drop && joined!.start === st.span.start ? { ...st, span: { start: joined!.end, end: st.span.end } } : st, [...(future ? [future] : []), ...datelines, ...(drop && joined!.start !== st.span.start ? [drop] : [])]);
  if (label.split(' ').length < MIN_UNDATED_WORDS || EMBEDDED_QUESTION.test(label) || NO_SUBJECT.test(label)) return null;
  // "He will be someday": a verb group with nothing after it names nothing that will happen
  // ("The bank is set": a label cut after the plan's frame names no act either)
  if (/\b(?:be|been|being|will|would|shall|do|does|did|have|has|had|[’']ll)$|\b(?:is|are|was|were)\s+(?:set|due|scheduled|slated|poised|going|about)$/i.test(label)) return null;
  // ("Every suspected case will be checked by a laboratory", "All flights will be cancelled": a rule
  // applied to each one of a kind, told in the passive of an act, is arranged as one is)
  if ((CROWD.test(label) && !EACH_ONE_ACTED_ON.test(label)) || NO_ONE.test(label) || HEDGE.test(label.split(' ')[0]) || DOING.test(label)) return null;
  // ("“In the near term, my focus will be on listening”": a speaker's own agenda, however dated)
  if (/^(?:my|our)\b/i.test(label) && quoted(text, sentence, st)) return null;
  if (!future && quoted(text, sentence, st) && (QUOTED_TALK.test(label) || label.split(' ').length < MIN_QUOTED_WORDS)) return null;
  // "“... And Hannity will go to Trump TV,” predicts one host": a speaker's bare "will" is a
  // prediction; a quote announces an arrangement with the words of one ("plans to", "is set to")
  if (!future && quoted(text, sentence, st) && !ARRANGED.test(st.cueText)) return null;
  return {
    id: `e-${sentence.start}-u${st.span.start}`,
    label,
    status: 'projected',
    ...(st.cues.future ? { modality: st.cues.future } : {}),
    when: { timex: future ? future.value : null, start: null, end: null, granularity: null, text: future ? future.text : null },
    source: { start: sentence.start, end: sentence.end },
  };
}

