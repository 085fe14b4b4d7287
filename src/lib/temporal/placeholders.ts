// The values a sentence cannot settle alone, written as placeholders that the document pass
// (anchors.ts) replaces: a period counted from the last date the story named ("the previous
// week", "the following year", "the year"), and the reporting period of a results story
// ("the year-ago quarter", "a year earlier" beside figures, "the latest quarter"), with what to
// write when the story has named no such period. Knows nothing of text.
import type { Unit } from './units';

export const ANCHOR_PERIOD = 'ANCHOR_PERIOD';
export const ANCHOR_REPORT = 'ANCHOR_REPORT';
export const ANCHOR_WEEKDAY = 'ANCHOR_WEEKDAY';
/** The last date the story named, as named ("by that time"); dropped when none was. */
export const ANCHOR_LAST = 'ANCHOR_LAST';
/** As ANCHOR_LAST, for a period ("in the same period"): the last date named unless that is a day,
 * which no period is; dropped then, or when none was named. */
export const ANCHOR_LAST_PERIOD = 'ANCHOR_LAST_PERIOD';
/**
 * "today" in a clause that states how things are ("the debate is today dominated by", "there is a
 * smart version of it today"): the present era (PRESENT_REF) in a story that dates nothing else
 * near publication by the day, publication's day (`day`) in a report of the day's events.
 */
export const PRESENT_OR_DAY = 'PRESENT_OR_DAY';
export function presentOrDay(day: string): string {
  return `${PRESENT_OR_DAY}|${day}`;
}
/** After an ANCHOR_SHIFT: a period ahead of the story's act, never one before publication's ("will close by year end"); after an ANCHOR_DAY clock time, a day no earlier than publication's (a clause in the present or future). */
export const NOT_BEFORE_PUBLICATION = '>';
/** After an ANCHOR_DAY clock time: a day no later than publication's (a clause in the past). */
export const NOT_AFTER_PUBLICATION = '<';
/** After an ANCHOR_SHIFT: the date counted is known only at the next coarser unit ("a few years later"). */
export const COARSER = '~';
/** A fallback that drops the timex: "the period" with no period named is no date. */
export const NO_VALUE = 'NONE';

/** The whole calendar period (ISO week, month, quarter, year) `count` units from the last date named. */
export function anchorPeriod(count: number, unit: Unit): string {
  return `${ANCHOR_PERIOD}(${count},${unit})`;
}

/**
 * The story's reporting period `yearsBack` years back ("the year-ago quarter" is -1, "the
 * latest quarter" 0), at `unit`'s precision when given (the quarter of a monthly figure);
 * `fallback` (a value or another placeholder) when the story named none, or, for `quarterly`,
 * when the period it reports is no quarter or half.
 */
export function reportAnchor(yearsBack: number, fallback: string, unit?: 'quarter' | 'half' | 'year' | 'month' | 'quarterly', inYear = false): string {
  // `inYear`: `yearsBack` is the year itself ("the 1988 period"), not a count of years back
  return `${ANCHOR_REPORT}(${inYear ? '=' : ''}${yearsBack}${unit ? `,${unit}` : ''})|${fallback}`;
}

export const ANCHOR_SAME = 'ANCHOR_SAME';

/**
 * A quarter or half named without its year (`period` "Q2", "H1"): the story's reporting period
 * when that is the same quarter or half ("a poor second quarter would not hit earnings" in a
 * story reporting 2011-Q2), else `fallback`, the year its sentence's tense gave (or wrote).
 */
export function sameAsReported(period: string, fallback: string, yearsBack = 0): string {
  // `yearsBack`: that quarter or half a year back when it is the reported one ("last year's fourth
  // quarter" in a January story reporting the fourth quarter is the one before it)
  return `${ANCHOR_SAME}(${period}${yearsBack ? `,${yearsBack}` : ''})|${fallback}`;
}

/**
 * A weekday (0 = Sunday) of the narrative: `after` 1 is the first one after the last day named
 * ("the following Monday"), 0 the one nearest it ("that Monday"); `time` a part of day ("TEV");
 * `fallback` when the story has named no day.
 */
export function anchorWeekday(after: 0 | 1, target: number, time: string, fallback: string): string {
  return `${ANCHOR_WEEKDAY}(${after},${target})${time}|${fallback}`;
}
