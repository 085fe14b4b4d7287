// What is not an article, whatever its file name says: bytes of another format, or a web
// page whose story is a few headlines. Shared by the app and the CLI so both refuse the same
// inputs. Must not know how the input was read.

/**
 * Less story text than this from a web page means the page is not an article: a home page,
 * a section front or a list of links gives a few headlines, not a story (a short news brief
 * is still over 400 characters).
 */
export const MIN_STORY_CHARS = 200;

/** What the input is when its first characters say it is not text (a renamed PDF or image), else null. */
export function binaryKind(content: string): string | null {
  const head = content.slice(0, 1024);
  if (head.startsWith('%PDF-')) return 'a PDF';
  if (/^\uFFFDPNG|^GIF8|^\uFFFD\uFFFD\uFFFD|^RIFF....WEBP/.test(head)) return 'an image';
  // Text never holds NUL characters; binary formats are full of them.
  return head.includes('\u0000') ? 'a binary file' : null;
}
