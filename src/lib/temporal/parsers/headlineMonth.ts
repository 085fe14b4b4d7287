// A wire headline set in capitals names the month its figures are for by the month's
// abbreviation before the figures' noun: "U.S. FEB INDUSTRIAL PRODUCTION ROSE 0.5 PCT", "JAPAN JAN
// TRADE SURPLUS UP", "U.S. FEB CONSUMER CREDIT ROSE". Chrono reads a bare three-letter
// abbreviation as no month (in prose "Jan" and "Dec" are as often names), so these are found here:
// only in a line with no lower-case letter, only before another word in capitals, and not "MAR"
// or "MAY", which a headline uses as verbs ("MAY RAISE", "MAR RESULTS"). The year is the
// sentence's tense's, as for any month named alone (tenseDirection.ts).
import type { Parser } from 'chrono-node';

const MONTHS = ['JAN', 'FEB', '', 'APR', '', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const PATTERN = /(?<![\w.'-])(JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?=\s+[A-Z]{2,}\b)/;

/** The line of `text` holding offset `at`. */
const lineAround = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);

export const headlineMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    if (/[a-z]/.test(lineAround(context.text, match.index!))) return null;
    const month = MONTHS.indexOf(match[1].slice(0, 3)) + 1;
    const components = context.createParsingComponents();
    components.assign('month', month);
    components.imply('day', 1);
    components.imply('year', context.reference.instant.getFullYear());
    return context.createParsingResult(match.index!, match[0], components);
  },
};
