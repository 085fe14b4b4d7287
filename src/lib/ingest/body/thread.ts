// Where a reader comment thread begins among a page's paragraphs. Old templates print the thread
// in the same markup as the story (`<p class="story">` for both), so no class tells them apart
// and Readability keeps both; the lines a comment system prints do: its heading ("Have your
// say", "Comments are now closed for this story") or the signature it puts under or over every
// comment ("Posted by Dana on March 6, 2024 2:09 PM", "Report this comment"). Readers' words
// are not the story, and the days they name would become events. Must not know about the DOM,
// dates in the prose or events.
import { isCommentHeading, isCommentSignature } from '../templateLines';
import { STORY_BEFORE } from './storyTail';

// (A thread follows a story, STORY_BEFORE long at least: a heading nearer the top, a "Have your
// say" link beside the headline, is a link, not the thread.)
// A signature marks a thread only when it repeats: one "Posted by ..." is the story's own byline.
const MIN_SIGNATURES = 2;
// The first comment stands above the first signature; the thread starts at the short line
// (its heading, a reply's "#Name", "Print Email this Comment") at most this many lines up.
const FIRST_COMMENT_LINES = 4;
const HEADING_CHARS = 60;
const ENDS_SENTENCE = /[.!?…]["'”’)]?$/;

// A heading starts a thread when comments signed by readers follow it: a signature line, or a
// reader's name alone on its line ("Marta K", "J-F (Ottawa)"). A box of one reader's quote set
// inside the story under "Have your say" ("... Sal, NYC") is one comment, and the story goes on.
const SIGNED_LOOK = 10;
const NAME_CHARS = 40;
const NAME_WORDS = 4;
const isSigner = (p: string) => isCommentSignature(p) || (p.length <= NAME_CHARS && p.split(/\s+/).length <= NAME_WORDS && !ENDS_SENTENCE.test(p) && !/[:;,]$/.test(p));
const signedAfter = (paragraphs: string[], i: number) => paragraphs.slice(i + 1, i + 1 + SIGNED_LOOK).filter(isSigner).length >= MIN_SIGNATURES;

/** The paragraphs before the page's comment thread (all of them when it prints none). */
export function beforeThread(paragraphs: string[]): string[] {
  const storyAt: number[] = [];
  let chars = 0;
  for (const p of paragraphs) {
    storyAt.push(chars);
    chars += p.length;
  }
  const afterStory = (i: number) => i >= 2 && storyAt[i] >= STORY_BEFORE;
  const heading = paragraphs.findIndex((p, i) => afterStory(i) && isCommentHeading(p) && signedAfter(paragraphs, i));
  const signatures = paragraphs.flatMap((p, i) => (isCommentSignature(p) ? [i] : []));
  let start = heading >= 0 ? heading : paragraphs.length;
  if (signatures.length >= MIN_SIGNATURES && signatures[0] < start) {
    let first = signatures[0];
    for (let i = first - 1; i >= Math.max(0, first - FIRST_COMMENT_LINES); i--) {
      const p = paragraphs[i];
      if (p.length <= HEADING_CHARS && !ENDS_SENTENCE.test(p)) {
        first = i;
        break;
      }
    }
    if (afterStory(first)) start = first;
  }
  return paragraphs.slice(0, start);
}
