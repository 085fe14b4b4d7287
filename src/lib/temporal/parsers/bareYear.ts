// A year written alone: "in 2008", "the 2016 election", "'82", "the post-1989 order". Four digits between 1800 and
// 2099 read as a year unless the number is an amount: money or a percentage, part of a longer
// number ("2,008", "2008.5", "2008-1"), a count of things ("2000 troops"), or after "than"/
// "about"/"nearly" which measure amounts, not years. "1985's net" is the year's; "the 1980's",
// with a final 0, a decade.
import type { Parser } from 'chrono-node';
import { statedResult, type NewsOption } from '../context';

export const COUNTED =
  'people|persons|troops|soldiers|workers|jobs|employees|staff|cars|vehicles|units|shares|miles|km|kilometres|kilometers|feet|ft|metres|meters|tons|tonnes|points|votes|dollars|euros|pounds|yen|barrels|passengers|planes|jets|homes|houses|households|students|deaths|cases|residents|members|seats|pages|copies|times|words|hectares|acres|calories|rooms|beds|users|customers|stores|branches|index|Index';

const PATTERN = new RegExp(
  `(?<![\\w$£€¥#.,:/+]|(?<!\\b(?:mid|post|pre|end))-)(?:(1[89]\\d\\d|20\\d\\d)|['\\u2019]([0-9]\\d))(?![\\w%]|[.,:/\\-]\\d|\\s*(?:%|percent|per cent)|\\s+(?:${COUNTED})\\b|s\\b|(?<=0)['\\u2019]s\\b)`,
  'i',
);

export const bareYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const before = context.text.slice(Math.max(0, match.index! - 16), match.index);
    // "until at least 2023", "through at least 2030": a bound on a date, not an amount (read in
    // a wider window: "through at least " is longer than the words looked at below)
    const bound = /\b(?:until|till|through|to|by|from|since|in)\s+at\s+least\s*$/i.test(context.text.slice(Math.max(0, match.index! - 24), match.index));
    if (!bound && /\b(?:than|about|nearly|almost|around|approximately|some|roughly|just|only|least|No|number|Windows|Article|Section|Rule|Room|Route|Flight|Chapter|Resolution|Boeing|Airbus|model|version|v|Highway|page|Apple|iPhone|I-|US)\s*$/i.test(before)) return null;
    if (match[2]) {
      // "'82" is a year only after a preposition or a month ("in '82", "May '82")
      if (!/\b(?:in|of|since|from|until|to|by|class|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s*$/i.test(before)) return null;
    }
    const value = match[1] ?? String(2000 + Number(match[2]) > (context.option as unknown as NewsOption).newsline.reference.year + 10 ? 1900 + Number(match[2]) : 2000 + Number(match[2]));
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
