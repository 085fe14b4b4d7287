// Issue 13: boilerplate lines every outlet's CMS prints inside or under the story: a registration
// wall and its "or", a signup box's title and pitch, the line where an ad is set, a tag list's
// label, the outlet's standards note, a subscription price, an ad-blocker notice, a "follow us on
// Google News" line. Lines written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

const cases: [string, string[]][] = [
  ['a registration wall', ['Sign In or Create an Account', 'Create a free account or log in', 'or', 'Log in']],
  ['a signup box', [
    'Get daily Harbor County news',
    'Get the latest ferry strike news to your phone Join us on WhatsApp',
    "Get the day's top stories delivered to your inbox so you never miss a headline.",
  ]],
  ['where an ad is set', ['Article continues below', 'Story continues after advertisement', 'Continue reading below']],
  ['a tag list', ['TOPICS', 'Categories', 'MORE ABOUT', 'Published under: Harbor County, Ferries, Strikes']],
  ["the outlet's word about itself", [
    'Our Standards: The Gazette Trust Principles.',
    'Get in touch with our news team by emailing us at desk@gazette.example.',
    'Ad block users: parts of this page may not load while an ad blocker is on.',
    'Stay informed with the Gazette – independent journalism for only $4 a month. Subscribe today.',
    'Follow the Harbor Gazette on Google News to get our stories in your feed.',
  ]],
];

describe('CMS boilerplate lines', () => {
  for (const [kind, lines] of cases) {
    it(`drops ${kind}`, () => {
      for (const line of lines) expect(isNewsFurniture(line), line).toBe(true);
    });
  }
});
