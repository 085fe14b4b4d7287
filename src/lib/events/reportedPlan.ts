// A plan told in reported speech. News reports most plans through a speaker, in the past tense
// of speech: "the agency said it would close the depot", "the minister told reporters that the
// two countries would sign a treaty" — "would" there is the "will" of the speaker's day, shifted
// back by "said", not a wish or a condition. Only words: must not know about dates or the
// publication day.

// a speaker's verb in the past, not negated ("has not indicated it would", "never said he
// would"), then what was said: "that" and a subject, or a subject alone, then "would" and an
// act. Between the verb and "that" may stand where or to whom it was said ("said during a
// news conference that", "told The Namibian last month that").
// (the subject of what was said may be long, "two of the Trent 900 engines on the prototype airliner
// would be replaced", or hold a quoted phrase, "the Corps had “gotten too big” and would be trimmed";
// a second "that" opens another clause's report: "said the minister gave an impression that the
// zones would go" reports an impression)
// ("had said it would", "is reported to have said": a past narrative's plan, told from then)
// ("said David Reyes, the harbour master who ran the last regatta, would judge the race", "told the
// meeting that a set of new bonds, including ten-year notes (the first since 1990), would be issued":
// a phrase set off by commas that names or describes the subject, or adds to it with "and", may stand
// between the subject and its "would"; "Iraqis, not US troops, would" sets one against another and is
// a view, no plan)
const ASIDE = String.raw`,\s+(?:the|a|an|who|which|whose|including|formerly|now|also|and)\s+[^;]{1,160}?,`;
const ASIDE_ANYWHERE = new RegExp(ASIDE, 'gi');
const REPORTED_WOULD = new RegExp(
  String.raw`(?<!\b(?:not|never|n[’']t|had|to have)\s+(?:\w+\s+)?)\b(?:said|announced|told\s+[^,;]{1,40}?|confirmed|added|stated|indicated)\s+(?:(?:(?:in|at|on|during|to|after|before|from|outside|inside|through|via|by|with)\s+[^,;"“]{1,50}?\s+)?that\s+)?(?:(?!that\s)[\w’'.“”"-]+(?:${ASIDE})?\s+){1,12}?would\s+(?:(?:also|then|now|soon|still|immediately|\w+ly|[“"]\w+[”"])\s+)?(\w+)(?:\s+(\w+))?`,
  'i',
);
// what follows "would" that is no act: a state, a wish, a need, a guess, an obligation, a
// stance ("would back any effort"), an outcome ("would revive hopes", "would meet the needs"),
// an attempt or a promise too loose to draw ("would try harder", "would do more"), a mind's change ("people
// would realize that ..."), what a thing would do for its purpose ("the city said filters would protect
// fish", "said the change would allow users to ...", "would ensure", "would prevent")
// ("said he would accept any flag that represents the people", "would back any candidate", "would
// welcome any offer": a verb of acceptance before "any" weighs whatever may come; it is a stance, no act)
const STANCE_ANY = /\bwould\s+(?:\w+ly\s+|also\s+|still\s+)?(?:accept|back|support|welcome|consider|oppose|reject|respect|recogni[sz]e|honou?r|abide\s+by|work\s+with|talk\s+to|listen\s+to)\s+any\b/i;
const NO_ACT = /^(?:protect|prevent|allow|enable|ensure|let|guarantee|reali[sz]e|understand|recogni[sz]e|see|not|never|apply|serve|try|back|revive|meet|carry|do|mainly|honor|honour|like|love|want|prefer|rather|need|have|consider|probably|likely|possibly|seem|remain|stay|continue|mean|make|take|cost|help|depend|feel|know|think|hope)$/i;
// "would be replaced", "would be held" are acts; "would be critical", "would be fine" are not
// ("would be focused on", "would be committed to", "would be dedicated to": where minds will be set, a
// state; "would be focused" names no act)
const PARTICIPLE = /^(?!(?:encouraged|pleased|disappointed|surprised|concerned|worried|affected|interested|delighted|tired|prepared|satisfied|relieved|excited|scared|shocked|focused|focussed|committed|dedicated|determined|devoted|engaged|involved)$)(?:\w+ed|held|made|built|sent|shut|set|put|cut|paid|taken|given|sold|brought|kept|sworn|chosen|withdrawn|shown|drawn|split|run)$/i;
// a condition makes it a hypothesis ("said it would pull out if it won"); a question, a hedge
const HYPOTHESIS = /\b(?:if|unless|whether|perhaps|maybe|might|could)\b/i;

// "sources said the measure would drain 200 billion pesetas from the system", "traders said further
// reductions would add to the shortage": a measure, a move or a change for the subject of "would"
// is what it would bring about, a consequence weighed, not something anyone arranges ("said the
// cuts would be phased in" tells of an act on them, and stays).
const MEASURE_WOULD = /\b(?:measures?|moves?|steps?|cuts?|reductions?|increases?|rises?|hikes?|decisions?|changes?)(?:\s+(?:by|in|of|on)\s+[\w’'.-]+)?\s+would\s+(?:(?:also|then|\w+ly)\s+)?(?!be\b|take\s+effect\b|come\s+into\b)\w+/i;

// "Flydubai said it would respond shortly to a request for comment", "a spokesman said he would comment
// later": an answer to the reporter's own question is how the story was gathered, not news of a plan.
const ANSWERS_THE_REPORTER = /\bwould\s+(?:\w+ly\s+|soon\s+|later\s+)?(?:respond|reply|get\s+back)\b[^.;]{0,30}?\b(?:requests?|questions?|inquir(?:y|ies)|enquir(?:y|ies))\b|\bwould\s+(?:\w+ly\s+)?(?:comment|respond|reply)\s+(?:later|further|shortly|soon|in\s+due\s+course)\b/i;

// "The founder said at the time that the team would be focused on reliability", "told staff back then
// that the plant would stay open": a saying placed at a past moment of the story tells what was meant
// then, told in the story's past; it is that moment's, no plan of the day of writing
const SAID_BACK_THEN = /\b(?:said|announced|told|confirmed|added|stated|indicated)\b[^.;]{0,60}?\b(?:at\s+the\s+time|at\s+that\s+time|back\s+then|in\s+those\s+days)\b/i;

/** Whether the clause reports, in the past tense of speech, that someone would do something. */
export function reportedPlan(clause: string): boolean {
  if (ANSWERS_THE_REPORTER.test(clause)) return false;
  const m = REPORTED_WOULD.exec(clause);
  // ("told me how her mother would buy milk": a way things went, not a plan)
  // (an aside's own "who" or "which" describes the subject and asks nothing)
  if (!m || HYPOTHESIS.test(clause) || /\b(?:how|what|why|when|where|who|which|whenever)\b/i.test(clause.slice(Math.max(0, m.index - 12), m.index + m[0].length).replace(ASIDE_ANYWHERE, ','))) return false;
  // ("The day after the firm announced it would leave, ...": a time clause's report is the
  // moment of something else; "I said I would", "we would": a speaker's own promise)
  if (/\b(?:after|before|when|since|until|once|as)\s+(?:\S+\s+){0,3}$/i.test(clause.slice(0, m.index)) || /\b(?:I|we)\s+would\b/i.test(m[0])) return false;
  if (MEASURE_WOULD.test(m[0]) || STANCE_ANY.test(clause) || SAID_BACK_THEN.test(m[0])) return false;
  const [, verb, next] = m;
  // ("said he would meet Foreign Secretary Ann Dale", "would meet with the union": a meeting with someone
  // named is an act; "would meet the needs of", "would meet its targets" is no act, and stays in NO_ACT)
  if (/^meet$/i.test(verb) && next && (/^with$/i.test(next) || /^\p{Lu}/u.test(next)) && !/^(?:The|Its|Their|His|Her|Our)$/.test(next)) return true;
  if (NO_ACT.test(verb)) return false;
  if (/^be$/i.test(verb)) return !!next && PARTICIPLE.test(next);
  // ("the money would go toward new classrooms": what it is for; "she would go to France" stays)
  // ("said the ties between the two would hold": to hold, with no object, is to last)
  if (/^hold$/i.test(verb) && (!next || /^(?:up|firm|steady|true|on|out|together|good)$/i.test(next))) return false;
  // ("said the patent would go beyond an existing deal": a comparison, no move)
  if (/^go$/i.test(verb)) return !next || !/^(?:toward|towards|into|far|a|beyond|further|well|unchallenged|unnoticed|unpunished)$/i.test(next);
  return true;
}
