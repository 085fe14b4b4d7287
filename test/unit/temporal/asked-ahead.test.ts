import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Issue 13/16: the perfect of asking, inviting or telling ("has asked the growers to meet on
// Monday") reports a request that stands; the act asked for lies ahead of the story.
const WED = '2021-09-15';

describe('tagTimexes: the act a standing request asks for', () => {
  it.each([
    ['has asked ... to', 'The mayor has asked the bus drivers to return to work on Monday.', 'Monday', '2021-09-20'],
    ['have invited ... to', 'Organisers have invited the former champions to parade on Saturday.', 'Saturday', '2021-09-18'],
    ['has summoned ... to', 'The ministry has summoned the ambassador to explain the remarks on Friday.', 'Friday', '2021-09-17'],
    ['has told ... to', 'The landlord has told the tenants to leave by Tuesday.', 'Tuesday', '2021-09-21'],
  ])('%s: the day is ahead', (_name, sentence, words, value) => {
    expect(tagged(sentence, WED, words)?.value).toBe(value);
  });
});
