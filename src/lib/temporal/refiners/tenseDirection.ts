// Chrono's month parsers give "March" or "March 3" without a year the year closest to the
// reference. News needs the sentence's direction instead: "talks began in March" is the most
// recent March, "drills will be held in March" the next one (see direction.ts).
import type { Refiner } from 'chrono-node';
import { weekday } from '../calendar';
import { publicationDay, readStated } from '../context';
import { resolveYear } from '../direction';
import { namesReportedPeriod, reportedYear } from '../reportingPeriod';
import { tenseAround } from '../tense';

// a verb that starts a state lasting to a date, then "through/until/till" the date
// a weekday written before the month-day ("Monday, Dec. 14", "Tue. March 3"): a writer who
// names the weekday names the true one
// (an abbreviation only with its period: "they wed Dec. 14" names no weekday)
const WEEKDAY_BEFORE = /\b(?:(sun|mon|tues|wednes|thurs|fri|satur)day,?|(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.,?)\s*$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function weekdayBefore(text: string): number {
  const m = WEEKDAY_BEFORE.exec(text);
  return m ? WEEKDAYS.indexOf((m[1] ?? m[2]).slice(0, 3).toLowerCase()) : -1;
}

/** The one year beside publication's (the year before, the same, the year after) in which month-day falls on the weekday; null if none or several. */
function weekdayYear(publishedYear: number, month: number, day: number, target: number): number | null {
  const years = [publishedYear - 1, publishedYear, publishedYear + 1].filter((year) => weekday({ year, month, day }) === target);
  return years.length === 1 ? years[0] : null;
}

const SUSPENSION_END =
  /\b(?:cancel|suspend|ground|halt|freez|froze|clos|shut|ban|extend|delay|postpone|pause|block|bar|defer|restrict)\w*\b[^.;:]*\b(?:through|thru|until|till)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

// the day a measure takes effect: "effective April 1", "effective from July", "to take effect on May 5"
const TAKES_EFFECT = /\b(?:effective|(?:take|takes|taking|took)\s+effect)\s+(?:(?:from|on|as\s+of)\s+)?$/i;

// "pressure to call a June election", "ruled out a May general election", "left for an April
// vote": an election spoken of with "a" after a word that takes one still to be held (calling,
// ruling out, talk of, pressing for) is one that may yet come, not one held (that is "the May
// election", or "the outcome of a January referendum"), so its month lies ahead whatever the
// tense of the talk about it
const POSSIBLE_BEFORE = /\b(?:call(?:s|ed|ing)?|rul(?:e|es|ed|ing)\s+out|talk\s+of|speculation\s+(?:about|of|on|over)|prospects?\s+of|possibility\s+of|chances?\s+of|for|hold|holding|favou?r(?:s|ed|ing)?)\s+an?\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const ELECTION_AFTER = /^\s+(?:(?:snap|early|general|local|national|federal|parliamentary|presidential|legislative|mid-?term)\s+){0,2}(?:elections?|polls?|ballot|referendum|vote)\b/i;

// "a 6.2 pct increase for the current year ending September", "this fiscal year, which ends March
// 31": the end of a period still under way lies ahead of publication, whatever the tense of the
// figures told for it
const CURRENT_PERIOD_ENDING = /\b(?:current|this|present)\s+(?:(?:fiscal|financial|calendar|budget|business|crop|marketing)\s+)?(?:year|quarter|half)\s*,?\s+(?:(?:which|that)\s+)?(?:ending|ends|will\s+end|to\s+end|closing|closes)\s+(?:on\s+|in\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

const YEAR_OPENING = /\b(?:fiscal|financial|budget|business|crop|marketing|tax|school|academic)\s+year\s+,?\s*(?:(?:which|that)\s+)?(?:starting|beginning|starts|begins|opening|opens|to\s+start|to\s+begin)\s+(?:on\s+|in\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;
// "the budget for fiscal 1987/88 ending March 31", "output in the 1986/87 year to June 30": a year
// named by both its calendar years ends in the second
const SPLIT_YEAR_ENDING = /\b((?:1[89]|20)\d\d)\/(\d\d(?:\d\d)?)\s+(?:(?:fiscal|financial|budget|business|crop|marketing|season|year)\s+){0,2},?\s*(?:(?:which|that)\s+)?(?:ending|ended|ends|to\s+end|to|closing|closed|through)\s+(?:on\s+)?(?:(?:early|mid|late|end)[\s-]+)?$/i;

// how many days after its stamp a page's text may tell, in the past, of an update
const UPDATE_DAYS = 7;

export const tenseDirectionRefiner: Refiner = {
  refine(context, results) {
    const published = publicationDay(context);
    for (const result of results) {
      const c = result.start;
      if (readStated(result) || !c.isCertain('month') || c.isCertain('year')) continue;
      const after = /^(?:\s+of)?\s+(this|next|last)\s+year\b/i.exec(context.text.slice(result.index + result.text.length - (/\sof$/i.test(result.text) ? 3 : 0), result.index + result.text.length + 20));
      if (after) {
        c.imply('year', published.year + { this: 0, next: 1, last: -1 }[after[1].toLowerCase() as 'this' | 'next' | 'last']);
        continue;
      }
      const split = SPLIT_YEAR_ENDING.exec(context.text.slice(Math.max(0, result.index - 60), result.index));
      if (split && Number(split[2].slice(-2)) === (Number(split[1]) + 1) % 100) {
        c.imply('year', Number(split[1]) + 1);
        continue;
      }
      // "on Monday, Dec. 14": the year in which that month-day is that weekday, when one alone is
      if (c.isCertain('day')) {
        const named = c.isCertain('weekday') ? c.get('weekday')! : weekdayBefore(context.text.slice(Math.max(0, result.index - 12), result.index));
        const year = named >= 0 ? weekdayYear(published.year, c.get('month')!, c.get('day')!, named) : null;
        if (year !== null) {
          c.imply('year', year);
          continue;
        }
      }
      // chrono's span may end in "August," or "October of": the comma is a clause boundary
      const words = result.text.replace(/(?:[\s,.-]|\bof)+$/i, '');
      const tense = tenseAround(context.text, result.index, result.index + words.length);
      const month = c.get('month')!;
      let year = resolveYear(published.year, month, published.month, tense, 12);
      // "will release January figures", "December sales are expected to be weak": a month's
      // figures are published in the weeks after it, so a month named as the period of figures
      // to come is the one just ended or the current one (reportingPeriod.ts); figures already
      // reported keep the past's latest month
      if (tense !== 'past' && !c.isCertain('day') && namesReportedPeriod(context.text, result.index, result.index + words.length)) year = reportedYear(published, month, 12, tense) ?? year;
      // "cancelled its flights through mid-August", "suspended trading until June 5": a
      // suspension runs from the act to the date named, so a date later in the year than
      // publication is this year's even when the act is reported in the past
      if (tense === 'past' && month >= published.month && SUSPENSION_END.test(context.text.slice(Math.max(0, result.index - 120), result.index))) year = published.year;
      // "won approval to form a cartel ..., effective April 1" (two days ahead), "said effective
      // December 31 it changed its fiscal year-end" (three months back): the day a measure takes
      // effect is near its announcement, on either side, whatever the tense of the act; the nearest
      if (tense === 'past' && TAKES_EFFECT.test(context.text.slice(Math.max(0, result.index - 30), result.index))) year = resolveYear(published.year, month, published.month, null, 12);
      if (tense !== 'future' && !c.isCertain('day') && POSSIBLE_BEFORE.test(context.text.slice(Math.max(0, result.index - 40), result.index)) && ELECTION_AFTER.test(context.text.slice(result.index + words.length, result.index + words.length + 40))) year = resolveYear(published.year, month, published.month, 'future', 12);
      // "the financial year starting in July", "the crop year beginning in October": a year named
      // by the month it opens in, with no year of its own, is the one opening nearest publication,
      // whatever the tense of the talk about it (one long gone would be written with its year)
      const opening = c.isCertain('day') ? '' : context.text.slice(Math.max(0, result.index - 60), result.index);
      if (opening.includes('year') && YEAR_OPENING.test(opening)) {
        c.imply('year', resolveYear(published.year, month, published.month, null, 12));
        continue;
      }
      if (tense !== 'future' && CURRENT_PERIOD_ENDING.test(context.text.slice(Math.max(0, result.index - 70), result.index))) {
        year = resolveYear(published.year, month, published.month, 'future', 12);
        if (c.isCertain('day') && month === published.month && c.get('day')! < published.day) year += 1;
        c.imply('year', year);
        continue;
      }
      // within the publication month, the day decides ("on March 3" written March 20, in a
      // future statement, is next year's)
      if (c.isCertain('day') && month === published.month && year === published.year) {
        // (a day within a week after the stamp told in the past is an update the page took
        // after it was dated, "Update: On December 29, I got a reply" under December 28; a day
        // a year back would be written with its year)
        if (tense === 'past' && c.get('day')! > published.day + UPDATE_DAYS) year -= 1;
        if (tense === 'future' && c.get('day')! < published.day) year += 1;
      }
      c.imply('year', year);
    }
    return results;
  },
};
