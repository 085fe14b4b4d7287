// Three ways news tells which side of publication a day is on without a verb of its own beside
// it, each read from the words around the day. tense.ts asks them before weighing its cues.
// Knows nothing of dates or of the calendar: only the sentence's words.

// "The demonstrations prompted Egyptian President Hosni Mubarak to say Tuesday he would not
// run", "the storm forced the airline to close Monday": the infinitive of a cause reported
// done is an act the cause made happen, in the past with it; the "would" of what was said
// after the day is the speech's own, no look ahead of the day's. (Only the infinitive's verb
// and at most two words of its object stand before the day: "forced the airline to delay the
// vote until Tuesday" sets a deadline, which the other cues read.)
const CAUSED_INFINITIVE =
  /\b(?:caused|forced|prompted|led|obliged|compelled|pushed|persuaded|drove)\s+(?:[\w'\u2019.-]+\s+){1,5}to\s+[a-z]+(?:\s+(?!(?:until|till|by|before|after|through|from|next|this|the|a|an)\b)[a-z]+){0,2}\s+(?:on\s+)?$/;

/** Whether the day at `start` is the act of an infinitive a past cause set off. */
export function causedInfinitive(sentence: string, start: number): boolean {
  // (asked of every date: the infinitive's "to" is looked for before the pattern is run)
  const lead = sentence.slice(Math.max(0, start - 100), start);
  return lead.includes(' to ') && CAUSED_INFINITIVE.test(lead);
}

// "called on its followers to continue with Thursday's planned march", "ahead of Friday's
// scheduled vote": a day named as the owner of a plan ("planned", "scheduled", "expected") is
// the day the plan is for, which lies ahead of whatever reports it, unless the sentence goes on
// to tell the plan happened ("Thursday's planned march went ahead peacefully").
const PLAN_OWNED = /^['\u2019]s\s+(?:(?:long|much|widely|hotly)[\s-]+)?(?:planned|scheduled|expected|proposed|upcoming|slated|anticipated|awaited|intended)\b/i;
const HAPPENED_AFTER = /^[^.;:]{0,60}?\b(?:was|were|went|took|drew|had|ended|turned|passed|began|attracted)\b/i;

/** Whether the day ending at `end` owns a plan still to come. */
export function ownsPlan(sentence: string, end: number): boolean {
  if (sentence[end] !== "'" && sentence[end] !== '\u2019') return false;
  const plan = PLAN_OWNED.exec(sentence.slice(end, end + 40));
  return plan !== null && !HAPPENED_AFTER.test(sentence.slice(end + plan[0].length));
}

// "President Felipe Calderon announced a return to normalcy, with people going back to work
// tomorrow, cafes and restaurants reopening, and universities and schools opening their doors
// on Thursday": the steps of a list after "tomorrow", joined by commas and "and" with no verb of
// their own but participles, are on tomorrow's side, ahead; the verb before the list ("announced")
// is the announcing's. (A finite verb between them, "tomorrow's vote was delayed from Monday",
// begins a clause of its own, which the other cues read.)
const AFTER_TOMORROW = /\btomorrow\b([^.;:!?()"\u201c\u201d]{1,120})$/i;
const FINITE_BETWEEN = /\b(?:was|were|is|are|had|has|have|did|does|said|says|will|would|could|should|may|might|[a-z]{3,}ed)\b/i;

/** Whether the day at `start` is a later step of a list that begins with "tomorrow". */
export function listedAfterTomorrow(sentence: string, start: number): boolean {
  if (!sentence.includes('omorrow')) return false;
  const list = AFTER_TOMORROW.exec(sentence.slice(Math.max(0, start - 140), start));
  return list !== null && /,|\band\b/.test(list[1]) && !FINITE_BETWEEN.test(list[1]);
}
