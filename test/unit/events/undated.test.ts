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

describe('a projection that survives the hedge rules', () => {
  it('keeps a plan after an opening participle with a name in it', () => {
    const labels = buildEvents('Looking ahead, the Harbour Board will open two new berths.', [], '2024-05-15').map((e) => e.label);
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/the Harbour Board will open two new berths$/);
  });
});
