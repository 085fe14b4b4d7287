// A plan told in a relative clause on a name: "“I can't run on this knee,” said Pratt, who plans to
// take on a coaching role", "Lynch, who will ponder retirement in the offseason, said ...". News
// hangs a person's next step on the name as an aside to a quote or to what the person said; the
// main clause is the saying, the plan is the news a reader draws. Only words: must not know about
// dates or the publication day.
import { readCues } from './cues';

// a name (capitalised words) set off by a comma, a speaker's (SAID_BEFORE, SAID_AFTER), "who", then a firm plan up to the clause's end
const RELATIVE_PLAN = /(?:^|[\s“"(])((?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+who\s+((?:plans|intends|aims|(?:is|are)\s+(?:set|due|scheduled|to)|will)\s+[^,;.!?“”"—–()]{6,140}?)(?=\s*(?:[,;.!?“”"—–(]|$))/;
// what the relative clause tells that is no step to come: a state or a part held ("will be part of
// the team", "will be among", "will remain"), a going on ("will continue to work"), a wish, a
// deliberation with no step named ("will weigh his options over the summer"; "will ponder retirement"
// names one)
const NOT_A_STEP = /^(?:will|is|are)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:be\s+(?:part|among|one|the|a|an|in\s+charge|remembered|missed|mourned|honou?red)\b|remain|stay|continue|keep|have|need|want|hope|like|love|know|face\b)|\b(?:weigh|consider|review|keep)\s+(?:his|her|their|its|all)\s+options\b|\b(?:think|reflect)\s+(?:about|on)\b/i;

const SAID_BEFORE = /\b(?:said|says|added|adds|explained|explains|admitted|admits|insisted|insists|told\s+\S+(?:\s+\S+)?)\s+(?:[a-z][\w-]*\s+){0,3}$/;
const SAID_AFTER = /^\s*,\s*(?:said|says|added|adds|told|explained|admitted|insisted)\b/;

/** The name and the plan of a relative clause on a name, if the clause tells a firm plan. */
export function relativePlan(clause: string): { name: string; plan: string } | null {
  const m = RELATIVE_PLAN.exec(clause);
  if (!m) return null;
  const [, name, plan] = m;
  // the name is a speaker's: after the verb of saying ("said Pratt, who", "said coach Pat Reid, who")
  // or before it, the relative clause between ("Lynch, who will ..., said"); or the subject of what was
  // said ("said that the Arab League, who are due to meet, must act"); a name in a list or an
  // object ("acts added include Coldplay, who will play") is left to the main clause
  const before = clause.slice(0, m.index + m[0].indexOf(name));
  const after = clause.slice(m.index + m[0].length);
  const speaker = SAID_BEFORE.test(before) || (/^\W*$/.test(before) && SAID_AFTER.test(after));
  // ("The veteran replaces Jo Hart, who will leave the firm after five years", "the club signed Ben Ode,
  // who is set to join in July": a name the main clause's fact acts on, with the relative closing the
  // sentence, carries that person's own next step; the main clause tells no plan of its own)
  const objectOfFact = !speaker && /^\W*$/.test(after) && /^[^,;]{3,120}?\b(?!(?:was|has|is|this|his|its|us|as|does|goes)\b)[a-z]{2,}(?:s|ed)\s+(?:[a-z]+\s+){0,2}$/.test(before) && !/\b(?:will|would|shall|[’']ll|to|plans?|include[sd]?|includ\w+|among|featur\w+)\b/i.test(before);
  if (!speaker && !objectOfFact) return null;
  // ("Nobody, who ...", "But Pratt": a name's first word must not be a sentence's function word)
  if (/^(?:But|And|So|Yet|The|A|An|It|He|She|They|We|I|This|That|Nobody|No|None)\b/.test(name)) return null;
  if (NOT_A_STEP.test(plan) || /\b(?:not|never|n[’']t)\b/i.test(plan)) return null;
  const cues = readCues(plan);
  if (!cues.firm || cues.future === 'possible' || cues.future === 'conditional') return null;
  // ("said that the Arab League, who are due to meet": the article goes with the name, capitalised)
  return { name: name.charAt(0).toUpperCase() + name.slice(1), plan: plan.trim() };
}
