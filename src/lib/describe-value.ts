// A value from outside (an opened file, a saved record, a link) as an error message names it:
// the way the user would see it in their JSON, cut short, never "[object Object]". Knows
// nothing of where the value came from or what was expected of it.

const LONGEST = 40;

const cut = (s: string) => (s.length > LONGEST ? `${s.slice(0, LONGEST - 1)}…` : s);

/** `"3rd"`, `{"d":3}`, `[1,2]`, `null`, `nothing` (undefined), `an empty text`, `an empty list`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === '') return 'an empty text';
  if (typeof v === 'string') return JSON.stringify(cut(v));
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null) return String(v);
  if (typeof v === 'function' || typeof v === 'symbol') return `a ${typeof v}`;
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    json = undefined; // a cycle or a BigInt inside
  }
  if (json === undefined) return Array.isArray(v) ? 'a list' : 'an object';
  if (json === '[]') return 'an empty list';
  if (json === '{}') return 'an empty object';
  return cut(json);
}
