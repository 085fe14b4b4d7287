// "Also Tuesday, Adm. Ruth Calder — the head of the Pacific fleet — was in Manila for talks",
// "Last year, coach Alan Pike -- sick with flu -- was taken to a hospital": a statement that
// ends on its subject where a pair of dashes opens an aside has its verb after the closing dash;
// its label is the subject with that predicate (the aside goes: label.ts, DASH_ASIDE). Must not
// know about statuses or which events exist.
import type { Span } from './sentences';

const VERB = '(?:[a-z]+ly\\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says|told|met|made|took|gave|went|came|left|won|lost|led|held|found|sent|kept|began|became|wrote|spoke|saw|got|[a-z]{3,}ed)\\b';
// (an abbreviation's full stop stays inside the aside: "the head of the U.S. Central Command")
const ASIDE_THEN_VERB = new RegExp(`^\\s*(—|–|--)\\s?(?:(?!—|–|--)(?:[^.;!?\\n]|\\.(?=\\S)|(?<=\\b(?:[A-Z]|St|Mr|Mrs|Ms|Dr|Gen|Adm|Lt|Col|Sgt|Gov|Sen|Rep|Jr|Sr|Inc|Co|Corp|No))\\.)){2,160}?\\s?\\1\\s*(?=${VERB})`);
// (a statement that has a verb of its own is a clause already)
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|said|says|told|[a-z]{3,}ed)\b/;

/** The span of the statement run on over a dash aside to its predicate's end, or null. */
export function overDashAside(text: string, statement: Span): Span | null {
  const own = text.slice(statement.start, statement.end);
  if (own.length > 90 || FINITE.test(own)) return null;
  const aside = ASIDE_THEN_VERB.exec(text.slice(statement.end, statement.end + 400));
  if (!aside) return null;
  const from = statement.end + aside[0].length;
  const stop = /[.;!?](?=\s|$)|\n|\s(?:—|–|--)\s/.exec(text.slice(from, from + 300));
  return { start: statement.start, end: from + (stop ? stop.index : Math.min(300, text.length - from)) };
}

// "The rifles – in crates stacked under the seats – were driven into Mali in March": the other
// side of the same aside. A statement that opens on its verb right after the closing dash has its
// subject before the opening one; its label is that subject with the statement's predicate (the
// aside goes: label.ts, DASH_ASIDE, so no longer an aside than it takes), not a subject borrowed
// from the aside.
// (an abbreviation's full stop ends no sentence and may stand in the subject: "Three members of
// the U.N. Security Council – France, Britain and the U.S. – were working ...")
const ABBREVIATION = String.raw`(?<=\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Adm|Lt|Col|Sgt|Gov|Sen|Rep|Jr|Sr|Inc|Co|Corp|No))\.`;
const SUBJECT_THEN_ASIDE = new RegExp(`(?:^|(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Adm|Lt|Col|Sgt|Gov|Sen|Rep|Jr|Sr|Inc|Co|Corp|No))[.!?]\\s+|\\n)((?:(?!—|–|--)(?:[^.;!?\\n,]|${ABBREVIATION})){3,90}?)\\s?(—|–|--)\\s?(?:(?!—|–|--)[^;!?\\n]){2,140}?\\s?\\2\\s*$`, 'u');

/** The span from the subject before a dash aside to the end of `statement`, which opens on its
 *  verb after the aside's closing dash; null otherwise. */
export function underDashAside(text: string, statement: Span): Span | null {
  if (!new RegExp(`^\\s*${VERB}`).test(text.slice(statement.start, statement.start + 40))) return null;
  const from = Math.max(0, statement.start - 300);
  const m = SUBJECT_THEN_ASIDE.exec(text.slice(from, statement.start));
  if (!m || FINITE.test(m[1])) return null;
  return { start: from + m.index + m[0].indexOf(m[1]), end: statement.end };
}
