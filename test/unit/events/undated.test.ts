import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => [e.label, e.status, e.modality]);

describe('undated projections', () => {
  it('reads the reported verb after "has said"', () => {
    expect(undated('The ministry has said it plans to close three rural clinics.')).toEqual([['The ministry has said it plans to close three rural clinics', 'projected', 'planned']]);
  });
  it('keeps a firm projection in the clause’s own verb', () => {
    expect(undated('The council is set to approve the new tram line.')).toEqual([['The council is set to approve the new tram line', 'projected', 'planned']]);
  });
});
