import { describe, expect, it } from 'vitest';
import {
  isByline, isCaptionCredit, isCommentCount, isNewsFurniture, isNewsletterBox, isNewsletterPitch, isOutletPitch, isReadMore, isShareBar, isTimeStamp, isTweetSignature, isVideoPlayer,
} from '../../../src/lib/ingest/templateLines';

const cases: [string, (p: string) => boolean, string[]][] = [
  ['photo captions and credits', isCaptionCredit, [
    'Photo: Marta Quill/Harbor Gazette',
    '(AP Photo/Lena Stroud)',
    'Photograph: Tomas Reyes/Getty Images',
    'Credit...Ana Pilar for The Harbor Gazette',
    'File photo of the port authority chairman. (Reuters)',
    'Firefighters on the ridge on Sunday. Dana Holt/AFP via Getty Images',
    'flooded pier at dawn.jpg',
    '/ Source: Harbor Realty',
    'Ana Pilar for The Harbor Gazette',
    'Jo Kett Studio | Moment | Getty Images',
  ]],
  ['bylines', isByline, [
    'By Priya Mendel', 'By TOMAS REYES | Associated Press', 'By Ana Pilar and Jo Kett, Harbor Gazette', 'Story by Lena Stroud',
    'By: Priya Mendel, THE HARBOR PRESS', 'By TOMAS REYES, AP Business Writer 2 hours, 5 minutes ago', 'By LENA STROUD, Associated Press Writer Tue Mar 5, 8:02 AM ET',
    'Mar 4 2024 by Jo Kett, Harbor Gazette',
    'By Priya Q. Mendel - Tue, 03/04/2024 - 9:15am.', 'By Jo Kett | March 4, 2024', 'By Ana Pilar -- Harbor Trade Weekly, 3/16/2024',
  ]],
  ['time stamps', isTimeStamp, [
    'Published 3:45 PM ET, Tue November 5, 2025',
    'Updated 3 hours ago',
    'PUBLISHED: 09:12 EST, 4 March 2024 | UPDATED: 11:40 EST, 4 March 2024',
    'Last modified on Wed 6 Mar 2024 10.05 GMT',
    'Harbor Money (Boston) First published March 4, 2024: 6:10 AM ET',
    'March 4, 2024 | 7:08pm',
    'Nov. 5, 2025 9:30 a.m. ET',
    'March 8',
    '5 hours ago',
    'Wed, 2024-03-06 10:05.',
    'Associated Press - March 4, 2024 6:10 AM ET',
    'Posted online: Tuesday, March 5, 2024 at 08:00:00',
    'Tuesday, March 5th 2024, 4:00 AM',
    '09:12 JST, March 4, 2024',
    '21 mins ago11:48 Jo Kett', '2 hours ago 10:05',
  ]],
  ['embedded tweets\' sign-off lines', isTweetSignature, ['— Harbor Police (@HarborPD) April 15, 2019', '— Jo Kett (@jokett) 5 November 2025']],
  ['video players', isVideoPlayer, ['JUST WATCHED', 'Replay', 'More Videos ...', 'Now playing', 'Video Ad Feedback', '02:41 - Source: Harbor TV', 'We apologize, this video has expired.', 'WATCH: Divers raise the hull', 'Watch now']],
  ['share bars', isShareBar, ['Share', 'Facebook Twitter Email', 'Share this article', 'Tweet | Share | Email', 'Copy link']],
  ['newsletter boxes', isNewsletterBox, ['Sign up for the Morning Tide newsletter', 'Enter your email address', 'Subscribe to our daily briefing']],
  ['newsletter pitches inside a paragraph', isNewsletterPitch, ['Want more from Jo? Sign up for her weekly newsletter.', 'Cet article est paru dans notre newsletter « Le port ». Vous pouvez vous inscrire gratuitement.', 'Jeden Morgen die wichtigsten Nachrichten: Jetzt unseren Newsletter abonnieren.']],
  ['comment counts', isCommentCount, ['42 Comments', 'Comments (12)', 'View all comments', 'Join the conversation']],
  ['links to other stories', isReadMore, ['Read more: Ferry fares to rise in spring', 'RELATED: Port strike ends after nine days', 'Also read: The new harbor master', 'More from Harbor Gazette', 'Mehr zum Thema: Fähren im Sturm', 'Lesen Sie auch: Der neue Hafenmeister', 'À lire aussi : la grève du port', 'Leer más: El puerto reabre', 'READ NEXT: Ferry fares to rise in spring', 'MORE : The harbor master on a year of storms']],
  ['the outlet\'s tip lines and channels', isOutletPitch, [
    'Got a story? Get in touch with our news team by emailing us at tips@harborgazette.example. Or you can submit your videos here.',
    'Do you have a story for the Gazette? Email the newsroom at desk@harborgazette.example',
    'Follow Harbor Gazette on Twitter and Facebook for the latest news updates.',
    'Follow us on Instagram for more pictures of the port.',
    'For more stories like this, check our news page.',
  ]],
];

describe('news template lines in the story box are furniture', () => {
  for (const [what, rule, lines] of cases) {
    it(`recognises ${what}`, () => {
      for (const line of lines) {
        expect(rule(line), line).toBe(true);
        expect(isNewsFurniture(line), line).toBe(true);
      }
    });
  }
});
