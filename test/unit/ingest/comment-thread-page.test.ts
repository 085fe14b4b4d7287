import { describe, expect, it } from 'vitest';
import { storyText } from '../../../src/lib/ingest/body';
import { beforeThread } from '../../../src/lib/ingest/body/thread';
import { parseHtmlNode } from '../../../src/lib/ingest/dom/node';
import { isCommentHeading, isCommentSignature } from '../../../src/lib/ingest/templateLines';

const story = [
  'The lighthouse on the north mole will be switched off for good in April, the harbour board said on Tuesday, ending 160 years of keepers and lamps.',
  'Its beam will be replaced by two solar buoys, which the board says cost a tenth as much to run and need a visit only once a year.',
  'The keepers\' cottage is to be sold, and the proceeds will pay for a small museum of the mole in the old customs house.',
];
const read = (html: string) => storyText(parseHtmlNode(html), { title: 'North mole light to go dark', reparse: () => parseHtmlNode(html) });
// an old template: the story and the readers' comments in the same <p class="story">
const page = (thread: string) =>
  `<html><body><div><h1>North mole light to go dark</h1>${story.map((p) => `<p class="story">${p}</p>`).join('')}${thread}</div></body></html>`;

describe('a reader comment thread printed like the story is cut where it begins', () => {
  it('cuts at the heading a comment system prints above the thread', () => {
    const thread = '<h3>Have your say</h3><p class="story">The light kept my grandfather safe every winter of his life. Shame on the board.</p><p class="story">Ines, Eastport</p><p class="story">Solar buoys will fail in the first storm next January, mark my words.</p><p class="story">Tomas R</p>';
    expect(read(page(thread))).toBe(story.join('\n\n'));
  });

  it('cuts at "Comments are now closed for this story" and the readers\' names under it', () => {
    const thread = '<p><b>Comments are now closed for this story</b></p><p><b>Marta K</b><br>They said the same about the ferry last spring.<hr><b>Olek</b><br>Next year it will be the pier.</p>';
    expect(read(page(thread))).toBe(story.join('\n\n'));
  });

  it('cuts from the first comment when each comment is signed under it', () => {
    const thread =
      '<p class="story">#Olek and Marta</p><p class="story">Nobody asked the fishermen, as usual, and they go out before dawn every day.</p>' +
      '<p><b>Posted by Ines on March 6, 2024 2:09 PM</b><br><a href="#">Report this comment</a></p>' +
      '<p class="story">I watched that beam from my window for forty years and will miss it next winter.</p><p><b>Posted by Tomas R on March 6, 2024 1:41 PM</b></p>';
    expect(read(page(thread))).toBe(story.join('\n\n'));
  });

  it('cuts at a signature printed over each comment, with the tools line above it', () => {
    const thread =
      '<p>Print Email this Comment</p><p>Posted by: Dana, Eastport on 1:19pm Thu 7 Mar 24</p><p>The museum is a fine idea if it opens before the summer.</p>' +
      '<p>Posted by: Jo Kett, Harbour on 5:17pm Thu 7 Mar 24</p><p>Keep the light, sell the buoys.</p>';
    expect(read(page(thread))).toBe(story.join('\n\n'));
  });
});

describe('comment headings and signatures', () => {
  it('recognises the headings comment systems print', () => {
    for (const h of ['Comments', 'Have your say', 'Comments are now closed for this story', 'Post a comment', 'Reader comments (12)', '3 Comments', 'Comments are closed.', 'Your views'])
      expect(isCommentHeading(h), h).toBe(true);
  });

  it('recognises the signature lines comment systems print', () => {
    for (const s of ['Posted by Ines on March 6, 2024 2:09 PM', 'Posted by: Dana, Eastport on 1:19pm Thu 7 Mar 24', 'Report this comment', 'Posted by TOMAS R on 7 March 2024 at 09:12', 'Report abuse'])
      expect(isCommentSignature(s), s).toBe(true);
  });

  it('finds the thread in plain paragraphs', () => {
    const lines = [...story, 'Have your say', 'A reader writes here about the pier.', 'Olek', 'And another reader here.', 'Marta K'];
    expect(beforeThread(lines)).toEqual(story);
  });
});
