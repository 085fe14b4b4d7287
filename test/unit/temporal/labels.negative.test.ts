import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Time words set as a label name no time (issue 16, the fresh split's advice column): a
// title-case phrase quoted alone names a folder or a list, one opening a line before a colon or
// a slash heads a section, and a span whose unit is capitalised inside a sentence is part of a
// title or a product's name. Monday 2025-03-10.
const MON = '2025-03-10';

const LABELS: [string, string, string][] = [
  ['a quoted folder name', 'File the invoices in the \u201cThis Week\u201d folder and forget them.', 'this week'],
  ['a quoted list name with straight quotes', 'Anything urgent goes on the "Today" list.', 'today'],
  ['a heading before a colon', 'Some rules for the inbox.\nToday: anything a client is waiting on.', 'today'],
  ['a heading before a slash', 'Sort the rest.\nThis Month/Quarter: the long replies.', 'this month'],
  ['a film title with a capitalised unit', 'The list ends with Casablanca and 12 Years a Slave.', '12 years'],
  ["a product's warranty in title case", 'The kettle comes with a 3 Year Warranty for $29.', '3 year'],
  ["a product's battery life in title case", 'The shop also sells a Compact Monopod with 20-Hour Battery Life.', '20-hour'],
];

describe('tagTimexes: time words set as labels', () => {
  it.each(LABELS)('%s is not tagged', (_name, text, words) => {
    expect(tagTimexes(text, MON).filter((t) => t.text.toLowerCase() === words)).toEqual([]);
  });
});
