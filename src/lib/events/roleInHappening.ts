// "National's candidate in the 2020 election", "the winner of the 2019 race", "a finalist in the
// 2018 contest": a year's contest named after the role a person had in it says who the person is,
// as "the 2016 Republican nominee" does (nameYear.ts's TITLE_AFTER); the story tells what the
// person does now, and the contest is not told again. A happening that befell people is told by
// naming them ("families of victims of the 1989 bombing", "survivors of the 2004 tsunami": the
// gold dates the bombing and the tsunami, happeningYear.ts), and keeps its year.
// ("He stood as a candidate in the 2020 election" dates the standing by its verb's object, not by
// a role: a verb before "as" keeps the year.) Must not know about labels, statuses or how
// timexes were found.

const ROLE = String.raw`(?:candidates?|nominees?|winners?|runners?-up|champions?|medall?ists?|finalists?|contestants?|losers?)`;
// the role, then "in", "of" or "at" and the happening's determiner, straight before the year
const ROLE_BEFORE = new RegExp(String.raw`\b${ROLE}\s+(?:in|of|at|from)\s+(?:the|that|this|last\s+year['’]s)\s+$`, 'i');
// ("standing as a candidate in the 2020 election": the role a verb gives is the happening's)
const AS_ROLE = new RegExp(String.raw`\bas\s+(?:a|an|the)\s+(?:[\w’'-]+\s+)?${ROLE}\s+\w+\s+\w+\s+$`, 'i');

/** Whether the year at `start` names a happening only to say who a person is. */
export function roleInHappening(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  return ROLE_BEFORE.test(lead) && !AS_ROLE.test(lead);
}
