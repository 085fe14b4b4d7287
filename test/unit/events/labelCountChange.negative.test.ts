// A verb joined to the relative clause's own by "and" is the relative clause's, and so is the date
// after it (restrictive.ts): "a storm that flooded the valley and killed 12 on Friday" dates the
// storm's killing, whatever the main clause.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, dates: [string, string][]) => buildEvents(text, dates.map(([w, v]) => timexOf(text, w, v)), '2024-05-15').map((e) => e.label);

describe('a relative clause that holds its own count', () => {
  it('labels the relative clause', () => {
    const text = 'Farmers blamed a storm that flooded the valley and killed 12 on Friday.';
    expect(labelsOf(text, [['on Friday', '2024-05-10']])).toEqual(['A storm flooded the valley and killed 12']);
  });
});
