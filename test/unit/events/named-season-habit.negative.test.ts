// Issue 13: a capitalised season before a capitalised noun is a word of a name ("the Autumn
// Offensive", "the Winter Games"), and "the weekend" with a word of habit is every weekend
// ("they usually train on the weekend"). Neither dates a happening. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2021-11-03';
const datesOf = dateWordsWith(PUBLISHED);

describe('seasons in names and weekends of habit', () => {
  it('drops a season that opens a name in brackets', () => {
    expect(datesOf('Rebels began a campaign (the Autumn Offensive) that drove the army back.', [['the Autumn', '2021-FA']])).toEqual([]);
  });
  it('drops "the weekend" of a habit', () => {
    expect(datesOf('Seasonal staff usually work on the weekend and earn less.', [['the weekend', '2021-W44-WE']])).toEqual([]);
  });
});
