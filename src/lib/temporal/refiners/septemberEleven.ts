// "the September 11 attacks", "the September 11th terrorist attacks": news names the 2001 attacks
// by their day without a year, as it writes "9/11" (bareSlash.ts); read by the tense of the
// sentence the day would be the latest September 11 before publication.
import type { Refiner } from 'chrono-node';
import { readStated, statedResult } from '../context';

const DAY = /^Sept(?:ember|\.)?\s+11(?:th)?$/i;
const ATTACKS = /^,?\s+(?:(?:terrorist|terror|2001)\s+)?attacks?\b/i;

export const septemberElevenRefiner: Refiner = {
  refine(context, results) {
    return results.map((r) => {
      const text = r.text.trim();
      if (readStated(r) || !DAY.test(text) || !ATTACKS.test(context.text.slice(r.index + text.length, r.index + text.length + 30))) return r;
      return statedResult(context, r.index, text, { type: 'DATE', value: '2001-09-11' });
    });
  },
};
