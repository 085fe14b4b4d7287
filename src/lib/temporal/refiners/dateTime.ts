// A clock time next to a date is one TIME: "at 3 p.m. on Monday", "Monday at 3 p.m.",
// "12:00 UTC Monday", "16:00 UTC today". A time alone falls on the publication day (what
// toTimex does). A zone after the time ("UTC", "GMT", "EST") joins the span; UTC and GMT
// times get a Z, as TimeML corpora write them.
import type { ParsingResult, Refiner } from 'chrono-node';
import { addDays, formatDay } from '../calendar';
import { readStated, statedResult } from '../context';
import { isClock, isEndOfDay } from '../parsers/clockZone';
import { ANCHOR_DAY } from '../parsers/anaphoricDay';
import { NOT_AFTER_PUBLICATION, NOT_BEFORE_PUBLICATION } from '../placeholders';
import { tenseAround } from '../tense';
import { resultTimex } from '../toTimex';

const ZONES: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, ET: -5, EST: -5, EDT: -4, CT: -6, CST: -6, CDT: -5, MT: -7, MST: -7, MDT: -6,
  PT: -8, PST: -8, PDT: -7, BST: 1, CET: 1, CEST: 2, JST: 9, KST: 9,
};
const ZONE = '(UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|BST|CET|CEST|JST|KST)(?:\\s?([+-])\\s?(\\d{1,2}))?';
// a zone after the time, bare or in parentheses: "18:00 UTC", "6:40 p.m. (GMT+8)"
const ZONE_AFTER = new RegExp(`^\\s*(?:\\(${ZONE}\\)|${ZONE}(?![\\w]))`);
const JOIN = /^(?:\s*(?:on|at|of)?\s*)$/i;
const TIMESLOT = /^\s+(?:(?:prime-?time|time|evening|morning|late-night|news)\s+)?(?:slot|show|newscast|programme|program|bulletin|broadcast)s?\b/i;
const STAMP_DASH = /^\s+[\u2014\u2013]\s+$/;
// A clock time as news writes one: "3 p.m.", "15:30", "9.30am", "noon"; a bare "13" or a
// decimal "12.53" (a price, a percentage) is not a time.
export const CLOCK = /\d[:.]\d\d\s*(?:[ap]\.?m\b\.?)|\d:\d\d|\d\s*(?:[ap]\.?m\b\.?|o'clock)/i;

// A day's schedule in the simple present: a name, then its verb's -s form ("Loretta Mester
// speaks to the Economic Club at 12 p.m.", "the IMF releases its outlook at 9 a.m."); read for a
// clock time only, whose clause the tense words leave unread.
const SCHEDULE_PRESENT = /\b[A-Z][\w.'\u2019-]*\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|this|its|his|as|us|thus|plus|news|perhaps|always|across|unless|less)\b)[a-z]{2,}[^su\s]s\b/;
const clauseBefore = (text: string, at: number) => text.slice(0, at).split(/[.;:!?\u2026,]\s/).at(-1) ?? '';

const isTimeOnly = (r: ParsingResult) =>
  (r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && readStated(r)?.type !== 'DATE') || isClock(r);
// the day of a neighbouring date, or of a part of day ("7:45 p.m. tonight")
const dayValue = (r: ParsingResult) => {
  const t = resultTimex(r);
  const day = t && /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI))?$/.exec(t.value);
  return day ? day[1] : null;
};

function clock(r: ParsingResult, day: string, zone: string | undefined, offsetHours: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  // (a midnight that closes its day, in local time: T24:00 of that day)
  if (isEndOfDay(r) && zone === undefined) return `${day}T24:00`;
  const [year, month, d] = day.split('-').map(Number);
  let minutes = (r.start.get('hour') ?? 0) * 60 + (r.start.get('minute') ?? 0);
  // a local zone ("10 a.m. EST") keeps its clock, as TimeML corpora keep it; UTC and GMT,
  // with any offset written after them, are given in UTC with a Z ("18:00 UTC" -> T18:00Z)
  if (zone === undefined || ZONES[zone] !== 0) return `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  minutes -= (ZONES[zone] + offsetHours) * 60;
  const shift = Math.floor(minutes / 1440);
  minutes -= shift * 1440;
  return `${formatDay(addDays({ year, month, day: d }, shift))}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}Z`;
}

export const dateTimeRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (!isTimeOnly(r)) {
        out.push(r);
        continue;
      }
      if (!isClock(r) && !CLOCK.test(r.text)) continue;
      let start = r.index;
      let end = r.index + r.text.length;
      const match = ZONE_AFTER.exec(context.text.slice(end, end + 16));
      const zone = match && (match[1] ? match.slice(0, 4) : [match[0], match[4], match[5], match[6]]);
      if (zone) end += zone[0].length;
      // "Hannity's 9 p.m. slot", "the lower-rated 2 p.m. time slot", "an 8 p.m. show": a programme's hour,
      // every day's, dates nothing in the story
      if (TIMESLOT.test(context.text.slice(end, end + 40)) && /(?:\b(?:the|a|an|his|her|its|their)|['\u2019]s)(?:\s+[a-z]+(?:-[a-z]+)?)?\s+$/i.test(context.text.slice(Math.max(0, start - 28), start))) {
        out.push(statedResult(context, start, context.text.slice(start, end), { type: 'TIME', value: `XXXX-XX-XX${clock(r, '0000-01-01', undefined, 0).slice(10)}` }));
        continue;
      }
      let day: string | null = null;
      const next = results[i + 1];
      const prev = out[out.length - 1];
      // a page's stamp writes the day, a dash, then the time ("December 6, 2016 — 6:22 PM EST"):
      // a dash binds the time to the day before it, before a day after it that starts a stamp
      // of its own
      if (prev && STAMP_DASH.test(context.text.slice(prev.index + prev.text.length, start)) && (day = dayValue(prev))) {
        start = prev.index;
        out.pop();
      } else if (next && JOIN.test(context.text.slice(end, next.index)) && (day = dayValue(next))) {
        end = next.index + next.text.length;
        i++;
      } else if (prev && JOIN.test(context.text.slice(prev.index + prev.text.length, start)) && (day = dayValue(prev))) {
        start = prev.index;
        out.pop();
      }
      // a time alone takes the day the sentence names elsewhere ("flew Tuesday ... at 18:00")
      day ??= results.map(dayValue).find((v) => v !== null) ?? null;
      // a time with no day in its sentence continues the story's day: "The fire broke out on
      // Sunday night. Crews arrived at 9 p.m." is that Sunday (the document pass, anchors.ts,
      // puts the last day named, or publication's, in place of the placeholder). A UTC clock
      // may change day when converted, so it keeps the publication day.
      // Its clause's tense bounds that day by publication: "The index rose 0.9 percent at 1:54
      // p.m." is no later than the story's day though a meeting ahead was named last, and a
      // schedule's "releases its outlook at 9 a.m.", "speaks at noon" is no earlier, whatever
      // weekend a greeting named before it (anchors.ts).
      if (!day && !(zone && ZONES[zone[1]] === 0)) {
        const local = clock(r, '0000-01-01', undefined, 0).slice(10);
        // (only a schedule's present bounds it from below: "By 10:41 p.m., the FBI was involved"
        // reads ahead by its "by", and a timeline told in the present, "King first appears in
        // the timeline at 4:41 a.m.", keeps its day)
        const tense = tenseAround(context.text, start, end);
        const schedule = tense === null && SCHEDULE_PRESENT.test(clauseBefore(context.text, start));
        const side = tense === 'past' ? NOT_AFTER_PUBLICATION : schedule ? NOT_BEFORE_PUBLICATION : '';
        out.push(statedResult(context, start, context.text.slice(start, end), { type: 'TIME', value: `${ANCHOR_DAY}${side}${local}` }));
        continue;
      }
      const t = resultTimex(r);
      day ??= t ? t.value.slice(0, 10) : null;
      if (!day) continue;
      out.push(statedResult(context, start, context.text.slice(start, end), { type: 'TIME', value: clock(r, day, zone?.[1], zone?.[3] ? Number(zone[2] + zone[3]) : 0) }));
    }
    return out;
  },
};
