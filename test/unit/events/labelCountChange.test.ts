// "The death toll from a storm that flattened the harbour rose to 14 on Sunday": news tells a
// count's change with the thing counted named in the subject, and a relative clause on it; the
// date after the count's verb is the main clause's, and the label is the subject without the
// relative clause and the count's predicate (restrictive.ts). A subject named after its title
// speaks of itself as a named one does, and a participle of place after a noun is no verb of the
// subject (longLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { shortenedSubject } from '../../../src/lib/events/longLabel';
import { timexOf } from './helpers';

const labelsOf = (text: string, dates: [string, string][]) => buildEvents(text, dates.map(([w, v]) => timexOf(text, w, v)), '2024-05-15').map((e) => e.label);

describe('a count that changed, its subject holding a relative clause', () => {
  it.each([
    ['The death toll from a storm that flattened the fishing harbour at Sines in the south climbed to 14 on Sunday after divers found two more bodies.', 'on Sunday', 'The death toll from a storm climbed to 14'],
    ['The number of homes from a landslide that buried half of the hill village reached 60 by Tuesday, officials said.', 'by Tuesday', 'The number of homes from a landslide reached 60'],
  ])('%j', (text, date, label) => {
    expect(labelsOf(text, [[date, '2024-05-12']])).toEqual([label]);
  });
  it('ends the relative clause at the count’s verb when the date is in it', () => {
    const text = 'The death toll from a blast that tore through a fuel depot on Sunday rose to 9.';
    expect(labelsOf(text, [['on Sunday', '2024-05-12']])).toEqual(['A blast tore through a fuel depot']);
  });
});

describe('a long subject around its verb', () => {
  it('names the speaker after the title has gone', () => {
    expect(shortenedSubject('Council spokeswoman Ana Ruiz told reporters that she did not expect the ferry to run again this summer')).toBe('Ana Ruiz did not expect the ferry to run again this summer');
  });
  it('cuts a subject before its participle of place', () => {
    expect(shortenedSubject('An old chapel located near the quay of the fishing port had long served as the store of the lifeboat crew')).toBe('An old chapel had long served as the store of the lifeboat crew');
  });
});
