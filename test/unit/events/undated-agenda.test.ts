// What the rules on slogans, procedures and conduct must leave: an act a programme names, a
// pact sought, a thing put to a use that names an act. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an act a programme names stays a projection', () => {
  it('keeps a pact sought', () => {
    expect(undated('The cabinet will seek a new fishing pact with the islands.')).toEqual(['The cabinet will seek a new fishing pact with the islands']);
  });
  it('keeps a body to be set up', () => {
    expect(undated('Her ministers will establish a council of rural mayors.')).toEqual(['Her ministers will establish a council of rural mayors']);
  });
  it('keeps a use that names an act', () => {
    expect(undated('The levy will be used to repair the harbour wall.')).toEqual(['The levy will be used to repair the harbour wall']);
  });
});
