// A future that someone guesses, fears or draws as a consequence, not a plan anyone announces.
// News tells a plan through the one who makes it ("the council will vote", "the firm said it
// would close the plant", "X is expected to resign" — the reporter's own expectation of an act).
// Explainers, analysis and service pieces put another's future inside a guess: the subject
// "expects the budget to meet pressure", "anticipates that the court will agree to hear the case",
// "the world should expect leadership of a different flavour", "experts estimate that agents will
// go mainstream"; inside a noun's "that" ("exposes a business to the risk that customers will find
// out", "hopes that the talks will resume"); or after a verb of consequence ("which guarantees that
// their fight will be a focal point", "means that rents will rise"). Only words: must not know
// about dates or the publication day.

// the active verb of guessing, with what is guessed as its object or its "that" clause
// ("expects to", "expected on Monday", "is expected to", "as expected", "the expected merger" are not:
// the first two are the subject's own plan or a date, the passive is the writer's expectation of
// an act, and after a determiner the word is an adjective)
const GUESS_VERB = String.raw`(?<!\b(?:is|are|was|were|be|been|being|as|than|the|a|an|its|their|his|her|widely|generally)\s+(?:\w+ly\s+)?)\b(?:expects?|expected|anticipates?|anticipated|estimates?|estimated|foresees?|foresaw|predicts?|predicted|forecasts?|forecast)`;
const GUESSED = new RegExp(GUESS_VERB + String.raw`\s+(?:that|the|a|an|more|some|many|most|other|further|its|their|his|her|this|these|those|it|them)\b`, 'i');
// (not a name: "monetary sources expect Baker to propose a compromise" is the wire's "Baker is expected
// to propose", told with its source: an act of someone who can act)
// advice on what to expect ("the world should expect leadership of another flavour", "buyers can
// expect delays"): a modal before the verb tells the reader what is coming, no plan of the subject's
// (and "I would expect these nurses to be among the first", "one would expect a virus to flourish")
const TOLD_TO_EXPECT = /\b(?:should|can|could|must|may|might|would|[’']d)\s+(?:\w+ly\s+)?(?:expect|anticipate|foresee)\s+(?!to\b)\w/i;

// a noun whose "that" clause holds a future no one arranges: a risk, a hope, a fear, a prospect
const NOUN_THAT = /\b(?:risks?|chances?|possibilit(?:y|ies)|dangers?|fears?|hopes?|prospects?|likelihood|odds|threats?|worr(?:y|ies)|concerns?|expectations?|speculation|suggestions?|assumption|belief|view|bets?)\s+that\b/i;
// a verb of consequence: what a fact brings about ("which guarantees that", "this means that")
const CONSEQUENCE_THAT = /\b(?:means|meant|ensures|ensured|guarantees|guaranteed|suggests|suggested|implies|implied)\s+(?:that\s+)?/i;
// a belief held ("she was convinced the Queen would abdicate", "the minister is confident the deal will
// pass") or a habit of saying ("she used to tell her sisters that she would marry a film star"): what
// someone believes or used to say will come is no plan announced
const BELIEF = /\b(?:am|is|are|was|were|be|been|felt|feels?|seemed|seems?)\s+(?:\w+ly\s+|not\s+|also\s+)?(?:convinced|sure|certain|confident|adamant|positive|optimistic|pessimistic|hopeful|doubtful|afraid)\b|\bused\s+to\s+(?:tell|say|insist|joke|boast|dream|claim)\b/i;
const MODAL = /\b(?:will|would|shall)\b|[’']ll\b/i;

/** Whether the clause's future is one its subject guesses or a fact brings about, not a plan. */
export function guessedFuture(clause: string): boolean {
  const modal = MODAL.exec(clause);
  // the guess must come before the clause's first future: "The council will build a school, which
  // means that the park will close" plans the school
  const before = (re: RegExp) => {
    const m = re.exec(clause);
    return !!m && (!modal || m.index <= modal.index);
  };
  return before(GUESSED) || before(TOLD_TO_EXPECT) || (!!modal && (before(NOUN_THAT) || before(CONSEQUENCE_THAT) || before(BELIEF)));
}
