// The words that say whether a statement is reported as done, expected, planned, possible,
// conditional or called off. Only words: it must not know about dates or the publication day.
// Patterns are word alternations with bounded gaps; they run on one clause (bounded length).
import type { Modality } from '../document';

// A statement that did not take place (or no longer will): the strongest cue of all.
const DID_NOT_HAPPEN =
  /\b(?:fail(?:ed|s)? to (?:materiali[sz]e|happen|take place|occur|come about)|(?:did not|didn[’']t|never) (?:happen|materiali[sz]e|take place|occur|come about)|never (?:happened|materiali[sz]ed|took place)|(?:was|were|has been|have been|had been|is being|been) (?:cancell?ed|called off|postponed|scrapped|scuttled|aborted|shelved|put off)|fell through)\b/i;

// "once", "if", "unless" open a condition; "when ... conditions are met" too. "at once",
// "more than once" and "once-" (formerly) do not.
const CONDITIONAL =
  /(?<![\w-])(?:if(?<!\b(?:as|asked|wondered|even) if)|unless|provided(?: that)?|as long as|on (?:the )?condition(?: that)?)\s|\bonce(?<!\b(?:at|than|only|all) once)\s(?!again|more|before|upon)|\bwhen\b[^.;]{0,40}\bconditions?\b/i;

// Lower-case only: "May" is a month, "may" a modal. "could not" is news's past of not being
// able ("could not be reached", "it could not be determined on Monday"), no possibility.
const POSSIBLE = /\b(?:may|might|could(?!\s+(?:not|never)\b)|potential(?:ly)?|possibl[ey]|perhaps|maybe|mulls?|mulling|considering|weighing)\b/;

// "Elections are due in the autumn", "the report, due next week": a date a thing is expected
// by ("due to" is a cause or, before a verb, a plan: PLANNED). "slated" is a plan too.
// (A plan "is due to close", "is due to reopen": in the present, any one-off verb; "was due to
// leave" in a past narrative keeps the verbs it had, so the narrative's past stays past.)
const EXPECTED =
  /\b(?:expect(?:s|ed)? to|expect(?:s|ed|ing)?\b(?<!\bas expected)|(?:is|are|was|were) expected|expected (?:on|in|next|later|this|by)|(?:un)?likely|forecasts?(?<!\b(?:had|have|has) forecasts?)|foresees?|foreseen|outlook|projected to|(?:is|are|was|were) anticipated|anticipates?|poised to|on track to|(?:sure|bound|certain) to (?:be|come|draw|face|get|make|prove|spark|take)|predicts?\b|(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?due\b(?!\s+to\b)|due\s+(?:in|on|by|at|before|next|this|later|early|late|out|back)\b)/i;

// "will" as a modal, not "the will for dialogue" / "his own will".
// (The look-behind comes after "will" so it runs only where "will" was found.)
const WILL = /\bwill(?<!\b(?:the|a|his|her|its|their|our|my|your|own|political|free|good|ill) will)\s+(?!not\b)(?:\w+ly\s+)?\w|\b\w+[’']ll\b|\bshall\b/i;
const PLANNED =
  /\b(?:plans to|planning to|planned to|intends? to|intending to|(?:is|are|was|were) scheduled|scheduled (?:to|for)|(?:is|are|was|were) set to|set to (?:be|take|begin|start|hold|meet|open|launch|vote|visit|become)|slated|to be held|due to (?:be|take|begin|start|hold|meet|open|launch|vote|arrive|visit)|(?:is|are|['’]s)\s+(?:\w+ly\s+)?due to (?:reopen|close|end|finish|expire|resume|return|report|release|publish|announce|unveil|appear|testify|speak|sign|deliver|complete|rule|decide|leave|retire|step|face|land|depart|air|debut|present|submit|issue|enter|hear|receive)|preparing (?:for|to)|prepares? to|going to (?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b|your\b|[A-Z])|aims? to|vow(?:s|ed)? to|promise[sd]? to|(?:is|are) to (?:be|take|begin|start|hold|meet|visit|open|vote))\b/i;
// "officials plan to", "they plan to" (case-sensitive: a plural noun or a pronoun before it);
// "the company's plan to", "the Northrop and EADS plan to" are nouns.
const PLAN_TO = /(?<=\b(?:I|we|you|they|We|They|[a-z]+s) )(?<!\b(?:its|his|this|was|has|is) )plan to\b/;
const AHEAD = /\b(?:upcoming|forthcoming)\b/i;
// "the company plans 350 redundancies this year", "plans for a second offering", "protests at
// the planned cuts": a plan named by its object or its noun points ahead as "plans to" does, but
// names no act firm enough to stand without a date
const PLAN_OBJECT = /\bplans?\s+(?:for\s+)?(?:a|an|another|new|more|further|fresh|\d[\d,.]*)\s|\b(?:the|its|their|his|her|at|of|for|with)\s+planned\s+(?!to\b)[a-z]/i;
// "should be completed in October": expected, but too weak to make an undated event.
const SHOULD = /\bshould\b/;
const WOULD = /\bwould\b|\b\w+[’']d\s+(?:be|go|do|meet|hold)\b/i;

// "will be happy", "will love to", "will want": a state or a wish, not something that will
// take place. "will be held" and "will be in Seoul" are events.
const STATIVE_AFTER_WILL =
  /\b(?:will|[’']ll)\s+(?:\w+ly\s+)?(?:love|like|want|wish|hope|know|think|believe|feel|need|seem|remain|have|mean|matter|depend|be\s+(?!(?:\w+ed|held|made|met|built|sent|shut|set|put|cut|paid|taken|given|seen|done|won|lost|sworn|chosen|in|at|on|back|there|here|among|part of)\b))/i;

function stative(clause: string): boolean {
  return STATIVE_AFTER_WILL.test(clause) && !PLANNED.test(clause);
}

export interface Cues {
  /** The future cue's modality, strongest doubt first, or null when nothing points ahead. */
  future: Exclude<Modality, 'asserted' | 'did-not-happen'> | null;
  /** Whether a future cue strong enough to stand without a date is present ("will", "plans to"). */
  firm: boolean;
  didNotHappen: boolean;
}

/** The cues of a clause whose date words have already been blanked out by the caller. */
export function readCues(clause: string): Cues {
  const planned = WILL.test(clause) || PLANNED.test(clause) || (clause.includes('plan to') && PLAN_TO.test(clause));
  const expectedWord = EXPECTED.test(clause);
  const expected = expectedWord || SHOULD.test(clause);
  const possible = POSSIBLE.test(clause);
  const would = WOULD.test(clause);
  const pointsAhead = planned || expected || possible || would || AHEAD.test(clause) || PLAN_OBJECT.test(clause);
  const future = !pointsAhead
    ? null
    : CONDITIONAL.test(clause)
      ? 'conditional'
      : possible
        ? 'possible'
        : expected
          ? 'expected'
          : 'planned';
  const firm = (planned || expectedWord) && !stative(clause);
  return { future, firm, didNotHappen: DID_NOT_HAPPEN.test(clause) };
}
