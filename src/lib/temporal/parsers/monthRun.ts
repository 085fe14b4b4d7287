// A run of months written with a slash, as commodity and statistics copy writes one ("output
// during Jan/Sept 1987", "the impact will be in July/Dec", "in Indonesia July/Sept"): a run that
// is a calendar quarter or half is that quarter or half ("July/Sept" 1987-Q3, "July/Dec" 1987-H2;
// the quarter parser reads the full names, "January/March"); a run from January past its quarter
// ("Jan/Sept", "Jan/May") is the stretch of the year's first months, a DURATION as "the first nine
// months of 1986" is (`P9M`). Two months of a trade ("April/May shipment") stay two months.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const PATTERN = new RegExp(`(?<![\\w/-])(${MONTH})\\.?/(${MONTH})(?:\\.(?=\\s))?(?:,?\\s+(\\d{4})(?![\\w-]))?(?![\\w/-])`);
const STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => STEMS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

export const monthRunParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const [first, last] = [monthOf(match[1]), monthOf(match[2])];
    const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 30);
    // "April/May shipment", "Jan/Feb delivery": the months of a trade, each its own
    if (/^\s+(?:shipment|delivery|deliveries|loading|arrival|shipping|positions?|futures|contracts?)\b/i.test(after)) return null;
    const quarter = first % 3 === 1 && last === first + 2 ? (first + 2) / 3 : 0;
    const half = (first === 1 && last === 6) || (first === 7 && last === 12) ? (first + 5) / 6 : 0;
    if (quarter || half) {
      const published = publicationDay(context);
      const [index, current, perYear] = quarter ? [quarter, Math.floor((published.month - 1) / 3) + 1, 4] : [half, published.month <= 6 ? 1 : 2, 2];
      const year = match[3] ? Number(match[3]) : resolveYear(published.year, index, current, tenseAround(context.text, match.index!, match.index! + match[0].length), perYear);
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: `${formatYear(year)}-${quarter ? `Q${quarter}` : `H${half}`}` });
    }
    if (first === 1 && last > 3) return statedResult(context, match.index!, match[0], { type: 'DURATION', value: `P${last}M` });
    return null;
  },
};
