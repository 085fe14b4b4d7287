// "will report a loss for the second quarter due to steep losses in the bond market during
// April": a month named without its year after a quarter of its own sentence that holds it is a
// month of that quarter, in the quarter's year, whatever side the sentence's tense alone would
// put it on (a results story's quarter is placed by the period it reports, a month by the verb
// nearest to it). Only the value changes. Knows nothing of how the timexes were found.
import type { Timex } from '../document';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** `yearless(t)`: timex t names a month without its year; `sentenceEnd(t)`: where its sentence ends. */
export function monthsInQuarters(timexes: Timex[], yearless: (t: Timex) => boolean, sentenceEnd: (t: Timex) => number | undefined): Timex[] {
  const one = (t: Timex, i: number): Timex => {
    const month = t.type === 'DATE' ? MONTH.exec(t.value) : null;
    if (!month || !yearless(t)) return t;
    const end = sentenceEnd(t);
    for (let j = i - 1; j >= 0 && sentenceEnd(timexes[j]) === end; j--) {
      const quarter = QUARTER.exec(timexes[j].value);
      if (!quarter || timexes[j].type !== 'DATE') continue;
      if (Math.ceil(Number(month[2]) / 3) !== Number(quarter[2])) return t;
      return quarter[1] === month[1] ? t : { ...t, value: `${quarter[1]}-${month[2]}` };
    }
    return t;
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}
