// Slash dates without a year ("3/4", "24/7") are more often fractions, ratios or slogans in
// prose than dates; one is kept only after a word that introduces a date ("on 3/4", "since
// 5/12"). "9/11" on its own is the 2001 attacks, as news means it.
import type { Refiner } from 'chrono-node';
import { readStated, statedResult } from '../context';

const SLASH_ONLY = /^\d{1,2}\/\d{1,2}$/;
const INTRO = /\b(?:on|since|until|till|by|from|through|before|after|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+$/i;

export const bareSlashRefiner: Refiner = {
  refine(context, results) {
    const kept = [];
    for (const r of results) {
      if (readStated(r) || !SLASH_ONLY.test(r.text.trim())) {
        kept.push(r);
        continue;
      }
      if (r.text.trim() === '9/11' && !/^\s*\/|^\d/.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 2))) {
        kept.push(statedResult(context, r.index, r.text, { type: 'DATE', value: '2001-09-11' }));
        continue;
      }
      if (INTRO.test(context.text.slice(Math.max(0, r.index - 12), r.index))) kept.push(r);
    }
    return kept;
  },
};
