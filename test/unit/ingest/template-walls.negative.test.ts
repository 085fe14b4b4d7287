// Issue 13: reporting that the boilerplate rules (template-walls.test.ts) keep: sentences about
// signing in, news delivered, a price for a month, standards and ad blockers, told by a reporter.
// Lines written for these tests.
import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

const REPORTING = [
  'Passengers must sign in or create an account before they can book the new Sunday sailings, the operator said.',
  'Get the latest figures and the picture changes: ferry use fell by a third in March.',
  'The council said leaflets would be delivered to every home on the island by Friday.',
  'Season tickets will cost islanders only $40 a month from April, the operator said.',
  'Our standards for the harbour wall were set in 1987, the engineer told the inquiry.',
  'Ad blockers cost the industry billions last year, the report found.',
  'Or so the operator says.',
  'The article continues a long series on the island economy.',
];

describe('reporting that reads like boilerplate', () => {
  it('keeps every line', () => {
    for (const line of REPORTING) expect(isNewsFurniture(line), line).toBe(false);
  });
});
