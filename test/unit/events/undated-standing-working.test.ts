// A sum paid once, a contract's terms, a decision on a kind picked by a future of its own, and a capability
// told with "soon" (a change on its way) stay. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const undated = (text: string) =>
  extract(text, { title: null, published: '2024-05-15', url: null, publisher: null }).events.filter((e) => !e.when.start).map((e) => e.label);

describe('an act arranged', () => {
  it.each([
    ['Ticket holders for the cancelled gala will receive a full refund.', 'Ticket holders for the cancelled gala will receive a full refund'],
    ['The deal will pay the striker $4 million per year.', 'The deal will pay the striker $4 million per year'],
    ['Branches whose leases will not be renewed will receive a closure notice.', 'Branches whose leases will not be renewed will receive a closure notice'],
    ['Subscribers will soon be able to pause their plan from the settings page.', 'Subscribers will be able to pause their plan from the settings page'],
  ])('draws "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
