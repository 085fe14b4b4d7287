// A quote's "I" attributed to one described by office is that office-holder; a spokesman's "we"
// is the organisation written beside the office.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a speaker described by office', () => {
  it.each([
    ['“I will step down on Friday,” the coach told reporters.', 'on Friday', '2024-05-17', 'The coach will step down'],
    ['“We will close the depot in June,” an Acme spokeswoman said.', 'in June', '2024-06', 'Acme will close the depot'],
    ['“We will close the depot in June,” a spokesman for Acme Freight said.', 'in June', '2024-06', 'Acme Freight will close the depot'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});
