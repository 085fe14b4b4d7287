// Time units as news names them, and how TimeML writes a count of each (P3M, PT5H, P10Y).
// Knows nothing of sentences or of the publication date.

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Singular and plural unit words; "trading day", "business day" count as days. */
export const UNIT_PATTERN =
  '(?:(?:trading|business|working)\\s+)?days?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies)|hours?|minutes?|mins?|hrs?';

export function unitOf(word: string): Unit {
  const w = word.toLowerCase().replace(/^(?:trading|business|working)\s+/, '');
  if (w.startsWith('min')) return 'minute';
  if (w.startsWith('h')) return 'hour';
  if (w.startsWith('d') && w.startsWith('dec')) return 'decade';
  if (w.startsWith('d')) return 'day';
  if (w.startsWith('w')) return 'week';
  if (w.startsWith('mo')) return 'month';
  if (w.startsWith('q')) return 'quarter';
  if (w.startsWith('y')) return 'year';
  return 'century';
}

const DESIGNATOR: Record<Unit, string> = {
  minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE',
};

/**
 * TimeML duration value: `P3M`, `PT5H`; a vague count gives `PXY`. A decade or century is
 * written in years, as the TempEval-3 and MEANTIME annotators mostly do: counted (`P10Y`,
 * `P200Y`) and vague alike ("decades-long" is `PXY` in MEANTIME), so that "a decade" and
 * "decades" are read in one unit.
 */
export function durationValue(count: number | null, unit: Unit): string {
  if (unit === 'decade' || unit === 'century') {
    return count === null ? 'PXY' : `P${count * (unit === 'decade' ? 10 : 100)}Y`;
  }
  // half an hour or a minute is written in the next unit down ("an hour and a half" PT1H30M)
  if (count !== null && count % 1 === 0.5 && (unit === 'hour' || unit === 'minute')) {
    return unit === 'hour' ? `PT${count - 0.5 ? `${count - 0.5}H` : ''}30M` : `PT${count - 0.5 ? `${count - 0.5}M` : ''}30S`;
  }
  const d = DESIGNATOR[unit];
  const n = count === null ? 'X' : String(count);
  return d.startsWith('T') ? `PT${n}${d.slice(1)}` : `P${n}${d}`;
}
