import { describe, expect, it } from 'vitest';
import { labelledStamps } from '../../../src/lib/ingest/meta/labelledStamp';

describe('dates near a "by" that are no byline stamp', () => {
  it('leaves a date in prose before "by"', () => {
    expect(labelledStamps('The tape plant closed on March 4, 2031 by order of the court.').published).toBeNull();
  });

  it('leaves a reader comment’s "by handle at" stamp', () => {
    expect(labelledStamps('Great read BY tapefan AT March 4, 2031 05:30 PM').published).toBeNull();
  });

  it('leaves a date after a lower-case "by" in prose', () => {
    expect(labelledStamps('sales were cut by half - March 4, 2031 figures show').published).toBeNull();
  });
});
