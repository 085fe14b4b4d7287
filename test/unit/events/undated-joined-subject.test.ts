// A plan told in a clause of its own after "and", with a subject of its own, and a plan told as readiness
// in the present, are plans. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('a plan after "and", a plan as readiness', () => {
  it.each([
    ['The ministry accepts the need to shorten queues and a new fund will be set up to pay for clinics.', 'A new fund will be set up to pay for clinics'],
    ['The harbour board thanked the divers and the council will dredge the channel.', 'The council will dredge the channel'],
    ['The tenants are gearing up to sue their landlord over the damp.', 'The tenants are gearing up to sue their landlord over the damp'],
    ['The union is getting ready to ballot its members on the offer.', 'The union is getting ready to ballot its members on the offer'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
