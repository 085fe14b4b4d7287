import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The same words where they tell the past. Sentences written for these tests; published
// Wednesday 11 March 2026.
const values = (text: string, published = '2026-03-11') => tagTimexes(text, published).map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the verb group tells the side of publication, negative cases', () => {
  it('"the plans for the stadium were approved on Friday": plans with no infinitive of their own', () => {
    expect(values('The plans for the stadium were approved on Friday.')).toEqual(['Friday|2026-03-06']);
  });
  it('"ahead of schedule on Friday" is a manner, no thing ahead', () => {
    expect(values('The bridge reopened ahead of schedule on Friday.')).toEqual(['Friday|2026-03-06']);
  });
  it('"was followed by a recount on Friday": the finite passive keeps its past', () => {
    expect(values('The vote was followed by a recount on Friday.')).toEqual(['Friday|2026-03-06']);
  });
  it('"the handover came Thursday": the past of the same verb', () => {
    expect(values('The handover came Thursday, with the outgoing chief flying to the new base.')).toEqual(['Thursday|2026-03-05']);
  });
  it('"the handover comes after Thursday\'s vote": a backdrop, which has happened', () => {
    expect(values('The handover comes after Thursday\'s vote.')).toEqual(['Thursday|2026-03-05']);
  });
});
