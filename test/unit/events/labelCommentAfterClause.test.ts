// An opening phrase written without its comma runs on into the main clause; a participle after
// the comma comments on that clause, so the clause is kept (label.ts, withoutOpenings).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a main clause before a closing participle is kept', () => {
  it('keeps the clause a fronted phrase with no comma runs into', () => {
    expect(label('At one stage on Sunday the rebels shelled the bridge, forcing drivers to turn back.', 'on Sunday')).toBe('At one stage the rebels shelled the bridge');
  });
  it('keeps it after a fronted "in" phrase too', () => {
    expect(label('In the small hours the storm flooded the lower town on Tuesday, cutting power to 3,000 homes.', 'on Tuesday')).toBe('In the small hours the storm flooded the lower town');
  });
});
