// A plan with no frequency stays a plan beside the habit rule. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a plan with no frequency', () => {
  it('keeps a committee that will meet the tenants', () => {
    expect(undated('The tenants committee will meet the new owners of the block.')).toEqual(['The tenants committee will meet the new owners of the block']);
  });
});
