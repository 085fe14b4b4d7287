import { describe, expect, it } from 'vitest';
import { datesOtherThing } from '../../../src/lib/ingest/meta/otherDate';

describe('stamps that date the page stay read', () => {
  it('keeps a byline stamp followed by the photographer’s credit', () => {
    expect(datesOtherThing('by Ann Lee - ', ' photo by Bo Chen')).toBe(false);
    expect(datesOtherThing('Posted ', ' Photo: Bo Chen')).toBe(false);
  });

  it('keeps fields that name the page', () => {
    expect(datesOtherThing('Publish date: ', ' By Ann Lee')).toBe(false);
    expect(datesOtherThing('Print Date : ', ' Parks')).toBe(false);
    expect(datesOtherThing('Story date: 10:15 ', '')).toBe(false);
  });

  it('keeps a plain stamp', () => {
    expect(datesOtherThing('Parks Weekly | ', ' | 4:35 PM')).toBe(false);
  });
});
