// Month names that are ordinary words: "may" the modal verb ("may be"), "march" the walk
// ("a march on parliament"), "august" the adjective. A month name with no day or year is kept
// only when capitalised and introduced as a time ("in May", "last March", "since August",
// "early June", "May's figures") or at a sentence start followed by a date-like continuation.
import type { Refiner } from 'chrono-node';
import { readStated } from '../context';
import { namesContractByItsGoods, namesContractMonth } from '../contractMonth';

const AMBIGUOUS = /^(?:may|march|august)$/i;
// ("no earlier than August", "not later than May": the bound of a deadline introduces its month)
const INTRO = /\b(?:in|of|since|until|till|by|from|to|during|through|before|after|early|mid|late|last|next|this|between|and|or|throughout|around|end|beginning|start|middle|past|beyond|(?:earlier|later|sooner)\s+than)[\s-]*$/i;

// "scheduled for March", "set for May": a scheduling word makes "for" introduce a time ("a
// blow for May" the politician stays out)
const SCHEDULED_FOR = /\b(?:scheduled|set|slated|planned|due|pencil+ed|earmarked|timetabled|booked|fixed)\s+for\s+$/i;

const MONTH_LISTED = /\b(?:January|February|March|April|May|June|July|September|October|November|December)(?:,\s*|\s*[/-]\s*)$/;

const VERB_AFTER = /^\s+(?:was|is|has|had|will|saw|brought|marked|ended|began|started|became|remains|proved)\b/;

// a statistics story names its month before the figure ("March imports totalled", "U.S. MARCH
// JOBLESS RATE", "the May trade surplus", "GERMAN MARCH UNADJUSTED JOBLESS", a trade's "May
// export registrations", an airline's "March traffic", "MARCH LOAD FACTOR") or after the figure and "for" ("data for March",
// "3.2 pct for May", "cargo ton miles for March"): the walk and the modal take neither place
// (and with the market's initials or the product between: "MARCH U.S. CAR OUTPUT RISES", "March
// domestic car sales", "MARCH U.S. PURCHASING MANAGERS INDEX")
const FIGURE_AFTER = /^\s+(?:(?:U\.S\.|U\.K\.|domestic|car|truck|auto|vehicle)\s+){0,2}(?:imports?|purchasing|exports?|registrations?|(?:un)?adjusted|seasonally|quotas?|trade|sales|output|production|figures?|data|statistics|surplus|deficit|unemployment|jobless|inflation|index|prices|earnings|orders|payrolls|shipments|deliveries|reserves|money|retail|industrial|consumer|wholesale|producer|housing|(?:car|auto|vehicle)\s+sales|current\s+account|balance|budget|total|level|figure|rate|reading|report|traffic|load\s+factors?|passenger|volumes?)\b/i;
const FIGURE_FOR = /(?:\b(?:data|figures?|statistics|numbers|sales|output|production|index|rate|results|earnings|orders|estimates?|forecasts?|projections?|targets?|surplus|deficit|balance|reading|total|average|pct|percent|traffic|miles|volumes?)|\d|%)\s+for\s+$/i;

/** The line of `text` holding offset `at`. */
const lineAround = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

export const unlikelyMonthRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (readStated(r)) return true;
      // chrono's span may carry a trailing comma or "of" ("March,"): judge the word itself
      const word = r.text.trim().replace(/(?:[,.-]|\s+of)$/i, '');
      // "Digital Equipment Corp <DEC>", "a threat to DEC,": in a line of mixed case a month's
      // abbreviation in capitals, with no day or year, is a company's or an agency's initials
      // (a headline in capitals, "U.S. DEC TRADE", writes its months so)
      if (/^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)$/.test(word) && /[a-z]/.test(lineAround(context.text, r.index))) return false;
      // "homes built before 1978 may contain lead", "the law passed in 1998 may be repealed": a
      // year, then the modal in lower case, is the year alone (the month is written "May 1978")
      const yearModal = /^(\d{4})\s+(?:may|march)$/.exec(word);
      if (yearModal && /^\s+(?:not\s+|also\s+|still\s+|well\s+|yet\s+)?[a-z]/.test(context.text.slice(r.index + word.length, r.index + word.length + 12))) {
        r.text = yearModal[1];
        r.start.delete(['month', 'day']);
        r.start.imply('month', 1).imply('day', 1);
        return true;
      }
      if (!AMBIGUOUS.test(word)) return true;
      if (word[0] !== word[0].toUpperCase()) return false;
      const before = context.text.slice(Math.max(0, r.index - 16), r.index);
      const after = context.text.slice(r.index + word.length, r.index + word.length + 24);
      if (INTRO.test(before)) return true;
      // one of a list of months: "the record level marked in April, August, September and
      // December"; the second month of a trade's two ("April/May shipment"); the month of a
      // forward shipment ("for March delivery")
      if (/^(?:\s*[/-]\s*[A-Z][a-z]+\.?|\s+(?:and|or)\s+[A-Z][a-z]+\.?)?\s+(?:shipments?|delivery|deliveries|loading|arrivals?|shipping)\b/i.test(after)) return true;
      if (MONTH_LISTED.test(before) || /^,?\s+(?:and\s+|or\s+)?(?:January|February|March|April|May|June|July|September|October|November|December)\b/.test(after)) return true;
      // "May's figures" opens a sentence; "Theresa May's government", "Brian May's guitar": after
      // a capitalised word inside a sentence, a possessive "May" ends a person's name
      if (/^['\u2019]s\b/.test(after)) return !/(?<![.!?:;"\u201c]\s*)\b[A-Z][a-z]+\s+$/.test(before);
      if (SCHEDULED_FOR.test(context.text.slice(Math.max(0, r.index - 24), r.index))) return true;
      // ("Brent crude for May fell": a contract's delivery month, contractMonth.ts)
      // ("March crude settled lower": a contract named by its month and the goods it delivers)
      if (namesContractMonth(context.text, r.index) || namesContractByItsGoods(context.text, r.index + word.length)) return true;
      if (FIGURE_FOR.test(context.text.slice(Math.max(0, r.index - 24), r.index))) return true;
      // ("Theresa May trade envoy": after a capitalised word inside a sentence it is a name)
      if (FIGURE_AFTER.test(after) && !/(?<![.!?:;"\u201c]\s*)\b[A-Z][a-z]+\s+$/.test(before)) return true;
      // a sentence opening on the month with a verb ("May was the wettest month on record")
      if (/(?:^|[.!?"\u201c]\s*)$/.test(before) && VERB_AFTER.test(after)) return true;
      // "the March meeting", "a May election", not "the March of Dimes"; "a March evening", "an
      // August night" are one of the month's days or nights, no month of a year
      if (/\ban?\s+$/i.test(before) && /^\s+(?:day|night|evening|morning|afternoon|week|weekend|sky|sun|heat)\b/i.test(after)) return false;
      return /\b(?:the|an?)\s+$/i.test(before) && /^\s+(?!of\b|on\b|to\b)[a-z]/.test(after);
    });
  },
};
