// "The fiscal year ends December 31", "the company's financial year begins on April 1", "the tax
// year runs from April 6": the bounds of a company's or a state's book-keeping year, told in the
// plain present with a day and no year, are a standing fact of its calendar, as results copy gives
// them, no happening. ("The fiscal year ended June 30 with a loss" tells of a year now closed, and
// keeps its day; a school year's start may be this year's news, "the school year starts September
// 3", and is left alone; so is a year named by its number, "fiscal 2024 begins July 1",
// notEvents.ts's YEAR_START.) Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import { MONTH_WORD } from '../temporal/calendar';

const STANDING_BOUND = /\b(?:fiscal|financial|tax|business|budget|accounting)\s+years?\s+(?:ends|end|begins|begin|starts|start|runs|run|closes|close)\s+(?:(?:on|in|at|from|through|to|until)\s+)?$/i;
// a day of the calendar or a month, no year: the bound every year has
const YEARLESS = new RegExp(String.raw`^(?:${MONTH_WORD}\s+(?:\d{1,2}|one|first|last)(?:st|nd|rd|th)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}|${MONTH_WORD})$`, 'i');

/** Whether `timex` is a bound of a kind of year, told as how that year always runs. */
export function standingYear(text: string, timex: Timex): boolean {
  return YEARLESS.test(timex.text) && STANDING_BOUND.test(text.slice(Math.max(0, timex.start - 60), timex.start));
}
