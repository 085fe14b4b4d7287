// A year that names a race the sentence acts on from outside or before it: "tried to overturn
// the 2020 election", "repeated lies about the 2020 election", "mounted a 2024 campaign",
// "launched his 2028 bid", "jumped into the 2026 Senate race". The year says which election or
// which campaign; the overturning, the lying and the launch happen at other times (after the
// count, before the race), so the year dates nothing the sentence tells. ("won the 2016
// election", "voted in the 2022 midterms", "during the 2020 campaign": the race's own doings
// keep its year.) Must not know about labels, statuses or how timexes were found.

// the race's nouns, after the year and up to two words of its kind ("presidential", "Senate")
const RACE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|votes?|results?|races?|campaigns?|bids?|runs?|candidacy|primar(?:y|ies)|midterms?)\b/iu;
// done to a race already held: its result undone, denied or lied about
const UNDONE = /\b(?:overturn\w*|subvert\w*|steal|stealing|stole|rig|rigging|undo|undoing|undid|revers\w*|deny|denying|denied|denies|disput\w*|relitigat\w*|decertif\w*|certif\w*|contest(?:ing)?\s+the\s+results?\s+of|(?:lie|lies|lied|lying|falsehoods?|conspirac\w+|claims?)\s+about)\s+(?:the|that)\s+(?:(?:stolen|rigged|disputed|contested)\s+)?$/i;
// begun before a race: a campaign or a bid launched, announced or weighed
const BEGUN = /\b(?:mount\w*|launch\w*|announc\w*|kick\w*\s+off|prepar\w*|mull\w*|weigh\w*|eye\w*|consider\w*|explor\w*|jump\w*\s+into|enter\w*)\s+(?:a|an|his|her|their|its|the)\s+$/i;
const BEGUN_RACE = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:races?|campaigns?|bids?|runs?|candidacy)\b/iu;

/** Whether the year between `start` and `end` names a race that the sentence acts on from
 * outside (see above). */
export function raceNamed(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  return (UNDONE.test(lead) && RACE_AFTER.test(after)) || (BEGUN.test(lead) && BEGUN_RACE.test(after));
}
