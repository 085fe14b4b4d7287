// A date read out of a longer number is no date: "a P/E of 22.8-24.4 times" gives chrono
// "22.8-24" (a day, a month and a two-digit year) with ".4" left over. A match that starts
// right after a digit or stops right before a decimal point or comma with a digit after it
// has cut a figure in two; "12.6-14" whole is a range of figures. Knows nothing of what the
// figure measures.
import type { Refiner } from 'chrono-node';

const CUT_AFTER = /^[.,]\d/;
const CUT_BEFORE = /\d[.,]?$/;
// "rose 12.6-14 percent": a decimal and a dash; news writes no date as day.month-year
const DECIMAL_RANGE = /^\d{1,3}\.\d{1,2}\s*-\s*\d{1,4}$/;
// "rates of 5-5/16 to 5-9/16 pct": a whole number and a fraction, as wire copy writes money
// market rates and share prices; no date is written with a dash and a slash both
const MIXED_FRACTION = /^\d{1,3}-\d{1,2}\/\d{1,3}$/;

// "Of the 108 people killed on 25 May, 49 were children": a two-digit number after a month-day
// and a comma starts the next phrase; news writes a year with four digits (or "'49"). The year
// goes, and the day is placed by the sentence's direction like any month-day without one.
const COMMA_TWO_DIGITS = /,\s*\d{2}$/;
// ("net for the year ended January 31 20 to 25 pct below estimates": nor after a space alone)
const SPACE_TWO_DIGITS = /(?<=\b\d{1,2})\s+\d{2}$/;

// "Stated weight per ski: 2030 grams", "2024 & 2031 grams", "a 1500 m climb", "2000 barrels a
// day": four digits before a unit of measure (alone or after a second figure) are a quantity.
const UNIT_AFTER = /^\s*(?:(?:&|and|or|to|-|–)\s*\d[\d,.]*\s*)?(?:grams?|g|kg|kilograms?|mg|lbs?|pounds|ounces|oz|tons?|tonnes?|metres?|meters?|m|km|kilometres?|kilometers?|cm|mm|miles?|feet|ft|yards|acres|hectares|calories|kcal|mph|rpm|watts?|kW|MW|mAh|GB|MB|TB|pixels|px|barrels|bpd|litres?|liters?|gallons?)\b(?![-'’])/;

// "a decline last June of 75,000": a month's year read off the front of a figure ("of 75" of
// "of 75,000", "June 1,200" of a tally) is the figure's; the month stays, without that year
const YEAR_OFF_FIGURE = /(?:\s+of|,)?\s*\d{2,4}$/;

// (a month, then a comma and a day's one or two digits)
const DAY_OFF_FIGURE = /,\s*\d{1,2}$/;

// (each expression above that reads the end of a match's text ends on a digit: a match ending on
// anything else, most of them, "March" or "next week", is not run through them)
const endsOnDigit = (text: string) => {
  const c = text.charCodeAt(text.length - 1);
  return c >= 48 && c <= 57;
};

export const insideNumberRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (!endsOnDigit(r.text)) continue;
      const end = r.index + r.text.length;
      const figure = YEAR_OFF_FIGURE.exec(r.text);
      if (figure && /^\p{L}{3}/u.test(r.text) && CUT_AFTER.test(context.text.slice(end, end + 2)) && r.start.isCertain('year') && !r.end) {
        r.start.delete('year');
        r.text = r.text.slice(0, r.text.length - figure[0].length);
        continue;
      }
      // "estimates for February, 25.7 mln people were in work": a month, a comma and the whole
      // part of a figure; no day is written with a decimal after it. The month stays, without it
      const day = DAY_OFF_FIGURE.exec(r.text);
      if (day && /^\p{L}{3}/u.test(r.text) && CUT_AFTER.test(context.text.slice(end, end + 2)) && r.start.isCertain('day') && !r.start.isCertain('year') && !r.end) {
        r.start.delete('day');
        r.text = r.text.slice(0, r.text.length - day[0].length);
        continue;
      }
      const cut = COMMA_TWO_DIGITS.exec(r.text) ?? SPACE_TWO_DIGITS.exec(r.text);
      if (cut && /\p{L}{3}/u.test(r.text) && r.start.isCertain('month') && r.start.isCertain('day') && r.start.isCertain('year') && !r.end) {
        r.start.delete('year');
        r.text = r.text.slice(0, r.text.length - cut[0].length);
      }
    }
    return results.filter((r) => {
      const end = r.index + r.text.length;
      if (DECIMAL_RANGE.test(r.text) || MIXED_FRACTION.test(r.text)) return false;
      if (/^\d{4}$/.test(r.text) && UNIT_AFTER.test(context.text.slice(end, end + 24))) return false;
      return !(/^\d/.test(r.text) && (CUT_AFTER.test(context.text.slice(end, end + 2)) || CUT_BEFORE.test(context.text.slice(Math.max(0, r.index - 2), r.index))));
    });
  },
};
