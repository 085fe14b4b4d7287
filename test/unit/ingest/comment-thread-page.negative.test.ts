import { describe, expect, it } from 'vitest';
import { beforeThread } from '../../../src/lib/ingest/body/thread';
import { isCommentHeading, isCommentSignature } from '../../../src/lib/ingest/templateLines';

const story = [
  'The lighthouse on the north mole will be switched off for good in April, the harbour board said on Tuesday, ending 160 years of keepers and lamps.',
  'Its beam will be replaced by two solar buoys, which the board says cost a tenth as much to run and need a visit only once a year.',
  'The keepers\' cottage is to be sold, and the proceeds will pay for a small museum of the mole in the old customs house.',
];

describe('story lines that only look like a comment thread stay', () => {
  it('keeps reporting that mentions comments or a say', () => {
    for (const p of ['Comments from the fishermen were mostly angry.', 'Residents will have their say at a meeting on Friday.', 'Comments closed the session, the chair said later that evening after the vote.', 'Posted by the council on its website on Tuesday, the notice drew 300 replies.'])
      expect(isCommentHeading(p) || isCommentSignature(p), p).toBe(false);
  });

  it('keeps a "Have your say" link beside the headline, before the story', () => {
    const lines = ['Have your say', ...story];
    expect(beforeThread(lines)).toEqual(lines);
  });

  it('keeps the story after a box of one reader\'s quote set inside it under "Have your say"', () => {
    const lines = [...story.slice(0, 2), 'HAVE YOUR SAY', 'About time the board listened to the fishermen.', 'Marta, Eastport', story[2], 'The board meets again in May to set the date of the switch-off.'];
    expect(beforeThread(lines)).toEqual(lines);
  });

  it('keeps a story whose byline line is signed once', () => {
    const lines = ['Posted by Ines on March 6, 2024 2:09 PM', ...story, 'The board meets again in May.'];
    expect(beforeThread(lines)).toEqual(lines);
  });

  it('keeps a blog post signed once at its end', () => {
    const lines = [...story, 'Posted by Ines on March 6, 2024 2:09 PM'];
    expect(beforeThread(lines)).toEqual(lines);
  });
});
