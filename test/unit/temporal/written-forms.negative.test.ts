import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Words of the written forms in written-forms.test.ts that, as used here, name no time of their
// own (issue 16): a surname that is a month, a lower-case "election day", "as soon as", "the
// present owners", "the days after", "the future"/"the past" before a noun, "recently"
// and "long ago" that only introduce the date after them, a question, and an adjective with a
// hyphen. Wednesday 2024-10-16.
const WED = '2024-10-16';

const NOT_TIMES: [string, string, string][] = [
  ["a possessive 'May' after a first name", 'The plan won Theresa May\u2019s backing in cabinet.', 'may'],
  ["a possessive 'May' after a first name, straight apostrophe", "Fans cheered Brian May's guitar solo.", 'may'],
  ["'the future' before a noun", 'He shared a dormitory with the future king.', 'future'],
  ["'the future' before a plural noun", 'Planners argued over the future routes of the tram.', 'future'],
  ["'the past' before a noun", 'The past winners were invited to the gala.', 'past'],
  ["'recently' in 'as recently as' before a year", 'The lake froze over as recently as 2012.', 'recently'],
  ["'long ago' in 'as long ago as' before a year", 'Monks brewed beer there as long ago as 1350.', 'long ago'],
  ["'long ago' in a question", 'How long ago did the ferry stop running?', 'long ago'],
  ["'all-day' with a hyphen before a noun", 'The union called an all-day meeting.', 'all-day'],
  ["'years of age' after a count is an age, not a vague span", 'The keeper retired at 70 years of age.', 'years'],
  ["'the months of' after a determiner", 'The months of the harvest are the busiest.', 'months'],
  ["'one day's pay' is a count, not a vague day", "The crew lost one day's pay.", 'one day'],
  ["'on one day in March' names a day of March, not a vague one", 'It snowed on one day in March.', 'one day'],
  ["a lower-case 'sixties' of temperatures", 'Temperatures stayed in the sixties all week.', 'sixties'],
  ["'Another year, another scandal' measures nothing", 'Another year, another scandal at the club.', 'another year'],
  ["'the Christmas holidays' is a season, not the day", 'Shops hired extra staff for the Christmas holidays.', 'christmas'],
  ["'the last hour of trading' is a part of the session, not an hour up to now", 'Shares slid in the last hour of trading.', 'hour'],
  ["'soon' in 'as soon as'", 'The crews start as soon as the tide turns.', 'soon'],
  ["'present' before a noun", 'The present owners bought the mill cheaply.', 'present'],
  ["'days' after a determiner before 'after'", 'In the days after the flood, volunteers arrived.', 'days'],
  ["a lower-case 'election day' of any election", 'Officials counted ballots long after election day in the borough.', 'election day'],
];

describe('tagTimexes: written forms that name no time here', () => {
  it.each(NOT_TIMES)('%s is not tagged', (_name, sentence, word) => {
    expect(tagTimexes(sentence, WED).filter((t) => t.text.toLowerCase().includes(word))).toEqual([]);
  });

  it("a sentence-opening possessive 'May' stays the month", () => {
    expect(tagTimexes("May's rainfall broke the record.", WED).map((t) => [t.text, t.value])).toContainEqual(['May', '2024-05']);
  });

  it("'the future' before a verb stays a vague future", () => {
    expect(tagTimexes('The future looks bleak for the shipyard.', WED).map((t) => [t.text, t.value])).toContainEqual(['The future', 'FUTURE_REF']);
  });

  it("'lasted one day' is no vague reference", () => {
    expect(tagTimexes('The strike lasted one day.', WED).filter((t) => /_REF$/.test(t.value))).toEqual([]);
  });

  it("'the year' in a past report keeps the past year the story named", () => {
    expect(tagTimexes('Output at the yard fell in 2019. Profit for the year fell too.', WED).map((t) => [t.text, t.value])).toContainEqual(['the year', '2019']);
  });

  it("'the last year' beside figures stays the last year, even after a perfect", () => {
    expect(tagTimexes('The ferry line has reported a loss of $3 million for the last year.', WED).map((t) => [t.text, t.type, t.value])).toContainEqual(['the last year', 'DATE', '2023']);
  });

  it("'will have' stays ahead: 'will have finished by Friday' is the coming Friday", () => {
    expect(tagTimexes('The crew will have finished the hull by Friday.', WED).map((t) => [t.text, t.value])).toContainEqual(['Friday', '2024-10-18']);
  });
});
