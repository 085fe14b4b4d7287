// A dividend's days (and a bill's or a bond's maturity, below): "a quarterly dividend of 20
// cents, payable Dec. 15 to holders of record Nov. 20". A company declares a dividend before it
// fixes the record day and pays it, so the days after "payable" and "of record" lie ahead of the
// announcement (a record day may fall a few weeks before the story that reports the declaration
// late), whatever the past tense of "declared" or "voted" would say. A day written with its year keeps it. Only the value changes.
// Knows nothing of how the timexes were found.
import type { Timex } from '../document';
import { formatDay, toEpochDay, type YMD } from './calendar';

// the words right before the day: "payable", "payable on", "pay" ("paid" tells a day gone by,
// which its tense places), "of record",
// "of record on", "of record as of", "record" (the wire's "Pay April 15. Record March 31.")
// ("voted to pay the dividend Dec. 15": the dividend may stand between)
const DIVIDEND_DAY_BEFORE = /\b(?:(?:payable|pay)(?:\s+(?:the|its|a|their)\s+(?:[\w-]+\s+){0,2}(?:dividends?|distribution))?|payment\s+date|(?:of\s+)?record(?:\s+date)?)\s+(?:on\s+|as\s+of\s+|at\s+the\s+close\s+of\s+business\s+(?:on\s+)?)?$/i;
const DIVIDEND_WORDS = /\bdividends?\b|\bdiv\b|\bdistribution\b|\bpayable\b|\bof\s+record\b|\bholders\b/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// how far before publication a dividend's day may still fall (a story reports a declaration
// late, or tells of one whose record day has passed); a day further back is next year's
const BEFORE = 60;

// a day placed by "was payable", "were payable": a dividend told as paid, which its tense places
const TOLD_PAID = /\b(?:was|were|had\s+been)\s+payable\b/i;
// a record day lies before the payment it is for, by weeks
const RECORD_BEFORE_PAYMENT = 120;

// "maturing", "maturing on", "expiring between", "falling due", and the second day of "maturing
// between March 25 and", right before the day
const MATURITY_BEFORE = /\b(?:maturing|expiring|(?:falling|fall|falls)\s+due)\s+(?:(?:on|between|from)\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}\s+(?:and|to|through)\s+)?$/;
// a term told as run out ("bonds which were maturing on")
const MATURED = /\b(?:was|were|had\s+been)\s+(?:maturing|expiring|falling\s+due)\b/i;

/** `t`'s day `month`-`date` moved a year on when it falls before `earliest` (only ever later). */
function notBefore(t: Timex, month: number, date: number, earliest: number): Timex {
  const written = Number(t.value.slice(0, 4));
  for (const year of [written, written + 1]) {
    if (toEpochDay({ year, month, day: date }) >= earliest) return year === written ? t : { ...t, value: formatDay({ year, month, day: date }) };
  }
  return t;
}

export function dividendDays(text: string, timexes: Timex[], published: YMD): Timex[] {
  const today = toEpochDay(published);
  let payment: { at: number; end: number } | null = null;
  // (a loop calling placed(), not timexes.map: V8 inlines this function into tagTimexes, and an
  // inlined map() over a list made elsewhere threw tagTimexes's optimised code away)
  const placed = (t: Timex): Timex => {
    const day = t.type === 'DATE' ? DAY.exec(t.value) : null;
    if (!day || /\d{4}|['\u2019]\d\d\b/.test(t.text)) return t;
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    // a bill's or a bond's maturity, an option's expiry: a term still running when the story
    // reports the deal ("bought bills maturing between March 25 and June 25", "notes maturing
    // on June 30"), no further back than a dividend's day may be
    if (MATURITY_BEFORE.test(before) && !MATURED.test(before)) return notBefore(t, Number(day[2]), Number(day[3]), today - BEFORE);
    const cue = DIVIDEND_DAY_BEFORE.exec(before);
    if (!cue || TOLD_PAID.test(before) || !DIVIDEND_WORDS.test(text.slice(Math.max(0, t.start - 200), t.end + 100))) return t;
    const [month, date] = [Number(day[2]), Number(day[3])];
    const record = /record/i.test(cue[0]);
    // the record day of the payment named just before ("payable Dec. 15 to holders of record
    // Nov. 20"): the latest such day before it
    const paid = record && payment && t.start - payment.end <= 200 ? payment.at : null;
    for (const year of [published.year - 1, published.year, published.year + 1, published.year + 2]) {
      const at = toEpochDay({ year, month, day: date });
      if (paid !== null ? at <= paid && paid - at <= RECORD_BEFORE_PAYMENT : at >= today - BEFORE) {
        if (!record) payment = { at, end: t.end };
        return at === toEpochDay({ year: Number(day[1]), month, day: date }) ? t : { ...t, value: formatDay({ year, month, day: date }) };
      }
    }
    return t;
  };
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(placed(timexes[i]));
  return out;
}
