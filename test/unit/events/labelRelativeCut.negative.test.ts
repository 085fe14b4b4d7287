// Where a long label is not cut before "that" (shorten.ts).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/lib/events/shorten';

describe('a "that" is no relative on an object', () => {
  it('after a saying verb: what was said is the news', () => {
    expect(shorten('The chief engineer of the regional water board warned that falls in the reservoir levels could force rationing by June')).not.toBe('The chief engineer of the regional water board warned');
  });

  it('before a noun in -ss: "that class" is no verb', () => {
    expect(shorten('The head teacher of the village school moved the pupils of that class into the hall for the rest of the term')).not.toMatch(/school moved the pupils of$/);
  });

  it('after a name: the relative may say which one', () => {
    expect(shorten('The regional health board of the northern district named Westfield Hospital that treats most burns cases in the county')).not.toBe('The regional health board of the northern district named Westfield Hospital');
  });

  it('after an apposition: the relative says what the thing is', () => {
    expect(shorten('The winger Tom Ashby picked up a knock on his left knee, an injury that keeps most players out for a month')).not.toBe('The winger Tom Ashby picked up a knock on his left knee, an injury');
  });

  it('where a later phrase can be cut instead', () => {
    expect(shorten('The city will move to a scheme that charges drivers by the mile in the centre of town')).toBe('The city will move to a scheme that charges drivers');
  });
});
