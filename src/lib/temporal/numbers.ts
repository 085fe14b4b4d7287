// Counts written the way news writes them: digits ("18"), words ("three", "twenty-five"),
// "a"/"an" (one), "a single" (one, its article in the span: "in a single month", as "a month"
// keeps its "a"), fractions ("two and a half"), and vague amounts ("several", "a few", "a number
// of") which TimeML writes as X. Knows nothing of units or dates.

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, single: 1,
};

/** Alternation for a count: digits, a (hyphenated) number word, or a vague amount. */
export const COUNT_PATTERN =
  '\\d{1,4}(?:\\.\\d{1,2})?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|a hundred|hundred|a number of|a single(?=\\s)|an?|single|several|a few|few|many|some|a couple of|couple of';

/** The number a count stands for; null for vague amounts (TimeML's X). */
export function parseCount(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (/^\d/.test(w)) return Number(w);
  if (w === 'a couple of' || w === 'couple of') return 2;
  if (w === 'a hundred') return 100;
  // "in a single month": one, the article and "single" together
  if (w === 'a single') return 1;
  const parts = w.split(/[- ]/);
  if (parts.every((p) => p in SMALL)) return parts.reduce((sum, p) => sum + SMALL[p], 0);
  return null;
}

/** "and a half" after a count ("three-and-a-half years" hyphenated too), or the half wire copy writes as a fraction ("3-1/2 months"). */
export const HALF_PATTERN = '(?:\\s+and\\s+a\\s+half|-and-a-half|-1/2|\\s1/2)?';
