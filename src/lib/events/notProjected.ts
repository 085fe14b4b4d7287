// Futures that project nothing a reader would draw: a plan word on a kind of people, not on the
// clause's subject ("from our youngest startups to those preparing to go public, the engineers were
// citing the tool"); what everyone expects of someone, which is a character judged ("the brash talk
// everybody expects from Martz"); a trend foretold with "increasingly" or "more and more" ("thieves are
// expected to increasingly target vans"); a likeness foretold ("home robots will soon become as common
// as the washing machine"); a life or a time judged "too soon" ("another young star is gone too soon"); what
// one expects to see ("we expect to see more of that"), a forecast of one's own eyes; a state or a
// judgment put on an "it" ("It will be back to a trial of strength", "it will obviously be in his interest
// to ..."; "it will be replaced" is an act, and stays); a man named Will, who is no modal ("Editing by
// Dan Lalor and Will Waterman"); how a thing will look to others, a state expected ("we expect activity to
// be low"), an outlook with no future of its own, what was not or is not foreseen.
// Reads only the clause's words: must not know about dates.

// the clause's own future: a modal, a plan's or an expectation's frame
const OWN_FUTURE = /\b(?:will|would|shall|[’']ll|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:to|set\s+to|due\s+to|slated\s+to|scheduled\s+to|expected\s+to|going\s+to|planning\s+to|preparing\s+to|about\s+to|poised\s+to)|plans?\s+to|intends?\s+to|aims?\s+to|expects?\s+to|preparing\s+to|planning\s+to)\b/i;
// a plan word hung on a kind of people, as a relative would be ("those who are preparing to")
const KIND_PLANNING = /\b(?:those|others|anyone|everyone|ones|companies|firms|startups|people)\s+(?:now\s+|already\s+)?(?:preparing|planning|hoping|looking|aiming|seeking|set|due|about|expected|scheduled|slated|poised|getting\s+ready)\s+to\b/gi;
const EXPECTED_OF = /\b(?:expects?|expected|expecting)\s+(?:\w+\s+)?(?:of|from)\s/i;
const TREND = /\b(?:will|would|[’']ll|(?:is|are|was|were)\s+(?:expected|set|going|likely)\s+to)\s+(?:\w+\s+)?(?:increasingly|more\s+and\s+more)\b/i;
const EXPECT_TO_SEE = /\bexpect(?:s|ed|ing)?\s+to\s+see\b/i;
const IT_WILL_BE_SO = /^\W*(?:(?:but|and|so|yet|then|now)\s+)?it\s+(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+|still\s+|then\s+)?be\s+(?!(?:\w+ed|held|made|built|sent|shut|set|put|cut|paid|taken|given|sold|brought|kept|chosen|shown|drawn|run|known|seen|done|begun|won|lost|led|hit|told|sworn|withdrawn|torn|broken|spent|struck|found|met|read|left|heard|sought|bought|taught|thrown|flown|grown|worn|borne)\b)/i;
// a man named Will ("and Will Waterman"), not sentence-initial, where no other future stands
const WILL_NAME = /(?<=\S\s+)Will\s+(?=\p{Lu}\p{Ll})/gu;
const LIKENESS = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+|soon\s+|also\s+|one\s+day\s+)?(?:be|become|remain|prove)\s+(?:(?:a|just|every\s+bit|almost|nearly|at\s+least)\s+)*as\s+\w+\s+as\b/i;
// how a thing will look to others ("it will look to many as though the state is buying in")
const APPEARANCE = /\b(?:will|would|[’']ll)\s+(?:\w+ly\s+)?(?:look|seem|appear|sound|feel)\s+(?:to\s+(?:many|some|most|others|outsiders|\w+)\s+)?(?:as\s+(?:though|if)|like)\b/i;
// a state expected ("activity we expect to be low", "demand is expected to be weak"): a forecast of how
// things will stand, no act ("is expected to be named coach" is an act, and stays)
const STATE_EXPECTED = /\bexpect(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:be|remain|stay)\s+(?:\w+ly\s+|very\s+|so\s+|fairly\s+|quite\s+|relatively\s+)?(?:low|high|lower|higher|strong|stronger|weak|weaker|busy|quiet|tough|tougher|difficult|hard|easy|close|closer|tight|slow|slower|fast|faster|modest|limited|heavy|light|mild|severe|flat|stable|volatile|positive|negative|small|smaller|large|larger|significant|minimal|brief|short|long|longer|good|better|bad|worse|higher|subdued|muted|robust|solid|healthy|sluggish|scarce|plentiful|available|unchanged|similar)\b/i;
// a forecast named by its noun alone ("executives are optimistic about the job outlook"): no one's future
// what was or is not foreseen ("BP said it had anticipated problems from hydrates", "the response plans
// anticipate nothing on this scale", "the plans do not anticipate even the most obvious issues"): an
// expectation held before, or none, announces nothing
const NOT_FORESEEN = /\b(?:had|has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?(?:anticipated|foreseen|predicted)\b|\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:\w+ly\s+)?(?:anticipate|foresee|predict|expect)\b|\b(?:anticipates?|foresees?|predicts?)\s+(?:nothing|none|no)\b/i;
const OUTLOOK_ONLY = /\boutlook\b/i;
const ANY_FUTURE_WORD = /\b(?:will|would|shall|expect\w*|plan\w*|intend\w*|aim\w*|set\s+to|due\s+to|going\s+to|prepar\w*)\b|[’']ll\b/i;

/** Whether the clause's future projects nothing a reader would draw (see the module's header). */
export function futureNotProjected(clause: string): boolean {
  const rest = clause.replace(KIND_PLANNING, ' ');
  if (rest !== clause && !OWN_FUTURE.test(rest)) return true;
  if (EXPECTED_OF.test(clause) && !OWN_FUTURE.test(clause)) return true;
  const unnamed = clause.replace(WILL_NAME, ' ');
  if (unnamed !== clause && !OWN_FUTURE.test(unnamed)) return true;
  if (OUTLOOK_ONLY.test(clause) && !ANY_FUTURE_WORD.test(clause)) return true;
  if (NOT_FORESEEN.test(clause) && !OWN_FUTURE.test(clause.replace(NOT_FORESEEN, ' '))) return true;
  return TREND.test(clause) || LIKENESS.test(clause) || APPEARANCE.test(clause) || STATE_EXPECTED.test(clause) || EXPECT_TO_SEE.test(clause) || IT_WILL_BE_SO.test(clause);
}

/** Whether the words just before a "soon" make it a judgment ("gone too soon", "not a moment too soon"). */
export const tooSoon = (before: string) => /\btoo\s+$/i.test(before);
