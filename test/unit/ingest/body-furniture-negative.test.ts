import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

// Reporting that merely starts like a template line: each must stay in the story.
const REPORTING = [
  'By the end of the week, the ferry company had cancelled 40 crossings.',
  'By Tuesday the port was open again, officials said.',
  'Published figures show the harbor handled 2 million tonnes in March.',
  'Updated rules for small boats take effect on April 1, the council said.',
  'The mayor said the photo of the flooded pier was taken on March 3.',
  'Share prices of the ferry operator fell 4 percent on Monday.',
  'Subscribers to the water utility will pay 6 percent more from May.',
  'Comments from residents were largely in favour of the new breakwater.',
  'Read the full council report, the chairwoman urged, before Thursday\'s vote.',
  'Replaying the footage, investigators saw the crane tip at 4:12 p.m.',
  'The Espinosa problem',
  'Why the harbor flooded',
  'Watchdogs warned on Monday that the harbor fund was short.',
  'She previously covered shipping for Reuters.',
  'Kett spent a decade reporting for Bloomberg',
  'Watch for delays on the ferry routes, the port said.',
  'More than 30,000 readers now subscribe to the fishermen\'s newsletter, which started in 2019 as a single photocopied page.',
  'By Thursday, 40 crossings had been cancelled',
  'By Friday 2 hours ago the pier was shut',
  'March 3, 2024 by the harbour wall, crews found the wreck',
  'Reuters - the agency - reported the sale',
  'By Tuesday the port was open again - March 4, 2024.',
  'By noon the pier was shut. Crews - March 4, 2024',
  'Got a story about the old ferry? Residents said they had plenty, but none would email the council.',
  'Follow the money, the auditor told the council on Tuesday.',
  'For more than a decade, the harbor has been the town\'s biggest employer, the mayor said.',
  'More: the council also voted to extend the pier by 40 metres, which will cost $2 million and take until 2027 to build, officials said in a long statement that ran to several pages and covered many other items besides.',
  'Ferries | Harbor | Port authority said on Monday the Getty Images were wrong',
  '9:15 on March 4, 2024 the pier collapsed, killing two workers',
  '2 hours ago 10:05 the ferry left without its captain',
];

describe('reporting is never template furniture', () => {
  it('keeps sentences that start with a template word', () => {
    for (const line of REPORTING) expect(isNewsFurniture(line), line).toBe(false);
  });
});

describe('a label word that starts reporting', () => {
  it('keeps "Related" and "Trending" when a sentence follows', () => {
    for (const line of ['Related charges were filed against two harbor pilots on Friday.', 'Trending upward since March, ferry fares reached a record in July.']) {
      expect(isNewsFurniture(line), line).toBe(false);
    }
  });
});
