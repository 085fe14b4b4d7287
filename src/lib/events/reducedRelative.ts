// "This comes despite a report released on Friday by the Labor Department", "It follows a
// ruling issued last week": a date inside a participle after a noun (a reduced relative clause)
// dates what the participle tells, the report's release, not the clause around it; when that
// clause opens on a pronoun a reader of the timeline cannot resolve ("This comes ...", "It
// follows ..."), the release itself is the label: "The Labor Department released a report".
// Must not know about statuses or how timexes were found.
import type { Timex } from '../document';

const PARTICIPLE = '(?:released|issued|published|announced|unveiled|signed|filed|delivered|posted|presented|approved|passed|adopted|introduced|launched|completed|conducted|carried out)';
// the noun phrase, its participle and what may stand between it and the date
// ("a report released by the Labor Department on the same day": the agent may come first)
const BEFORE_DATE = new RegExp(`\\b(an?|the)\\s+((?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*)\\s+(${PARTICIPLE})(?:\\s+by\\s+((?:the\\s+)?(?:[A-Z][\\w.&’'-]*\\s+){1,5}?))?\\s*(?:(?:on|in|at|during|early|late|earlier)\\s+)?$`);
// the agent after the date: "by the Labor Department", "by Reuters"
const AGENT_AFTER = /^\s+by\s+((?:the\s+)?(?:[A-Z][\w.&’'-]*\s*){1,5}?)(?=[\s,.;:]|$)/;
// a label no reader can place: its subject is a pronoun standing for the sentence before
const UNPLACED = /^(?:This|That|It|These|Those)\s/;

/** The label of the happening a reduced relative dates, when the statement's own label opens
 * on a pronoun that stands for nothing on the timeline; else null. */
export function reducedRelativeLabel(text: string, label: string, timex: Timex, sentenceStart: number): string | null {
  if (!UNPLACED.test(label)) return null;
  const m = BEFORE_DATE.exec(text.slice(Math.max(sentenceStart, timex.start - 80), timex.start));
  if (!m) return null;
  const [, article, noun, verb, agentBefore] = m;
  // (a sentence's full stop is no part of the name: "by the Farmers Union."; "U.S." keeps its own)
  const agent = (agentBefore?.trim() || AGENT_AFTER.exec(text.slice(timex.end, timex.end + 60))?.[1].trim())?.replace(/(?<=[a-z]{2})\.$/, '');
  const thing = `${/^the$/i.test(article) ? 'the' : article.toLowerCase()} ${noun}`;
  const out = agent ? `${agent} ${verb} ${thing}` : `${thing} was ${verb}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
