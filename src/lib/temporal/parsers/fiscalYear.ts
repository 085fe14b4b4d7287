// Fiscal years as company news writes them: "fiscal 2024", "fiscal year 2024", "FY2024",
// "FY24", "the 2024 fiscal year". TimeML writes them FY2024; where a fiscal year starts
// depends on the company, so the value does not pretend to know its months.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';

const PATTERN =
  /(?<![\w-])(?:fiscal(?:\s+year)?\s+(\d{4})|FY\s?(\d{4}|\d{2})|the\s+(\d{4})\s+fiscal\s+year)(?![\w-])/i;

export const fiscalYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const digits = match[1] ?? match[2] ?? match[3];
    const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: `FY${year}` });
  },
};
