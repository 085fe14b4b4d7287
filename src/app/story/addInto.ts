// Adding articles to the open timeline, from files or a paste, ending in one notice that says
// what came in, what waits for a date and what could not be read (each file by name, so
// nothing the user gave disappears without a word). Knows nothing of components.
import type { Authoring } from '../editor/authoring.svelte';
import { readArticleFiles, readPastedArticle, type ArticleFile, type ReadReport } from './readArticles';
import { idsIn } from './storyState';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The notice for one batch: what was added, what waits, what was refused (named). */
export function addedWords(report: ReadReport): string {
  const waiting = report.articles.filter((a) => !a.published).length;
  const parts: string[] = [];
  if (report.articles.length) parts.push(`Added ${plural(report.articles.length, 'article', 'articles')}.`);
  if (waiting) parts.push(`${plural(waiting, 'article states', 'articles state')} no publication date: enter ${waiting === 1 ? 'it' : 'them'} in the list.`);
  if (report.refused.length) {
    const shown = report.refused.slice(0, 3).join(' ');
    const more = report.refused.length > 3 ? ` And ${report.refused.length - 3} more files were not read.` : '';
    parts.push(`${report.articles.length ? '' : 'No article was added. '}${shown}${more}`);
  }
  return parts.join(' ') || 'No article files were given.';
}

export async function addFilesInto(
  authoring: Authoring,
  files: readonly ArticleFile[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const report = await readArticleFiles(files, idsIn(authoring.present), onProgress);
  authoring.addArticles(report.articles);
  authoring.say(addedWords(report), report.refused.length ? 'error' : 'info');
  return report.articles.length;
}

/** Another article's text, pasted: true when it was added. */
export function addPastedInto(authoring: Authoring, text: string): boolean {
  const ids = idsIn(authoring.present);
  const read = readPastedArticle(text, ids, ids.length + 1);
  if (typeof read === 'string') {
    authoring.say(read, 'error');
    return false;
  }
  authoring.addArticles([read]);
  authoring.say(addedWords({ articles: [read], refused: [] }));
  return true;
}
