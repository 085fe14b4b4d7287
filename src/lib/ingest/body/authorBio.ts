// The author's box that closes an opinion piece or a republished story: the writer's name alone
// on a line, then who they are ("Jo Lind is a senior researcher with the Harbour Institute.",
// "Is a visiting lecturer at …" where the name sits in its own element), and the republishing
// note ("First published in The Conversation."). Present tense, at the very end, after the
// story: a word about the writer, not the story's. Must not know about the DOM.
import { cutTail } from './storyTail';

// A name of two to four capitalised words, or a pronoun, then "is a/an/the … <role>"
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+`;
const ROLE =
  'correspondent|reporter|writer|editor|columnist|contributor|researcher|professor|lecturer|fellow|journalist|author|analyst|producer|critic|commentator|scholar|historian|economist|novelist|photographer|student|candidate';
const BIO = new RegExp(String.raw`^(?:${NAME}\s+|(?:He|She|They)\s+)?(?:[Ii]s|[Aa]re)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,5}(?:${ROLE})s?\s+(?:at|with|for|of|in|and)\s`, 'u');
const NAME_ALONE = new RegExp(String.raw`^${NAME}$`, 'u');
const REPUBLISHED = /^(?:This (?:article|story|piece|column) (?:was|is) )?(?:[Ff]irst|[Oo]riginally) (?:published|appeared) (?:in|on|by|at) (?:the )?\p{Lu}[^.\d]{1,60}\.?$/u;
const MAX_BIO = 600;
const MAX_NAME = 40;

export function isAuthorBio(p: string): boolean {
  return p.length <= MAX_BIO && BIO.test(p);
}

/** The story without the author's box at its end. */
export function withoutAuthorBio(paragraphs: string[]): string[] {
  let end = paragraphs.length;
  let bio = false;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i].trim();
    if (isAuthorBio(p)) bio = true;
    else if (!REPUBLISHED.test(p) && !(bio && p.length <= MAX_NAME && NAME_ALONE.test(p))) break;
    end = i;
  }
  // (the author's box closes a story: a line like it near the top is the story's own)
  return end === paragraphs.length ? paragraphs : cutTail(paragraphs, end);
}
