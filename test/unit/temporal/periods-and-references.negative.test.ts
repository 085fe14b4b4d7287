import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Words that look like times but, as news uses them, name none (issue 16): frequency
// adjectives that classify a thing, "current"/"recent" as plain adjectives, "formerly", numbers
// in words that are counts, "overnight" before a noun. Tuesday 2024-10-22.
const TUE = '2024-10-22';

const NOT_TIMES: [string, string, string][] = [
  ["'annual' before the name of a meeting", 'The annual meeting drew 300 shareholders.', 'annual'],
  ["'quarterly' before a dividend", 'The board declared a quarterly dividend of 20 cents.', 'quarterly'],
  ["'daily' before a newspaper", 'The daily newspaper ran the story on its front page.', 'daily'],
  ["'monthly' before a survey", 'The monthly survey of purchasing managers is closely watched.', 'monthly'],
  ["'current' before a person's title", 'Its current chief executive will stay on.', 'current'],
  ["'current' before things", 'The airline will retire its current fleet.', 'current'],
  ["'recent' before a study", 'A recent survey found support for the plan.', 'recent'],
  ["'recent' before a ranked performance", 'It was the club\u2019s recent best performance.', 'recent'],
  ["'hourly' before a wage", 'Cleaners are asking for a $15 hourly wage.', 'hourly'],
  ["'monthly' before a capitalised name", 'The monthly Steam survey is out.', 'monthly'],
  ["'formerly' before a role", 'She was formerly a banker in Zurich.', 'formerly'],
  ["a capital 'Now' ending a product's name", 'The carrier said its CableBox Now service would not count against data caps.', 'Now'],
  ["a capital 'Now' ending a show's name before a comma", 'Viewers of Harbour Live Now, a late bulletin, complained.', 'Now'],
  ["a count in words", 'The club has nineteen twenty-year-olds in its squad.', 'nineteen'],
  ["an ordinal before a noun", 'The fire reached the 15th floor by noon on the 3rd of May.', '15th'],
  ["'full-year' before something that is not a figure", 'He signed a full-year contract with the club.', 'full-year'],
  ["'the full-year' before something that is not a figure", 'He turned down the full-year contract.', 'full-year'],
  ["'the year' as an object, not a subject of its own verb", 'She called it the year of the comeback.', 'year'],
  ["'overnight' before a noun", 'The overnight rate was left at 4%.', 'overnight'],
];

describe('tagTimexes: adjectives and counts that are not times', () => {
  it.each(NOT_TIMES)('%s is not tagged', (_name, sentence, word) => {
    expect(tagTimexes(sentence, TUE).filter((t) => t.text.toLowerCase().includes(word))).toEqual([]);
  });

  it("'annual' before a figure stays a period of one year", () => {
    expect(tagTimexes('The group posted its first annual loss since 1992.', TUE).map((t) => [t.text, t.type, t.value])).toContainEqual(['annual', 'DURATION', 'P1Y']);
  });

  it("'current' before a state of affairs stays a present reference", () => {
    expect(tagTimexes('Under the current circumstances, rates will hold.', TUE).map((t) => t.value)).toContain('PRESENT_REF');
  });

  it("'recent' before losses stays a past reference", () => {
    expect(tagTimexes('Analysts blame recent losses on weak demand.', TUE).map((t) => t.value)).toContain('PAST_REF');
  });

  it('a September 11 that is not the attacks keeps the year the sentence gives it', () => {
    expect(tagTimexes('The council met on September 11 to vote.', TUE).map((t) => t.value)).toEqual(['2024-09-11']);
  });

  it("a fiscal year is never written as an FY value", () => {
    expect(tagTimexes('Losses narrowed in fiscal 2023 and the current fiscal year.', TUE).filter((t) => t.value.startsWith('FY'))).toEqual([]);
  });
});
