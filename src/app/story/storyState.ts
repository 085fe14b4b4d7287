// A timeline's articles as the user adds, dates and removes them: each change is a new
// AuthoringState (so it is one undo step and is saved like any other). One dated article is an
// ordinary article; two or more are a story, whose text is every article's text joined and
// whose `article` is the story itself: the user's headline (else the first article's title)
// and the newest article's date, the "as of" of the whole timeline. An article without a date
// waits beside the story, never dropped and never guessed. The user's edits follow their
// sentences when an article leaves and the others move up in the joint text.
// Pure; knows nothing of components, files or how the story's events are found.
import type { StoryArticleSpan } from '../../lib/document';
import { remapEdits, type OffsetMap } from '../../lib/edits';
import { articlesOf, joinArticles } from '../../lib/story/joint';
import type { StoryArticle } from '../../lib/story/types';
import { parsePublished } from '../../lib/temporal/reference';
import type { AuthoringState, WaitingArticle } from '../editor/state';
import type { ReadArticle } from './readArticles';

/** Whether the timeline is shown as a list of articles rather than one article's text. */
export function isStory(state: Pick<AuthoringState, 'articles' | 'waiting'>): boolean {
  return (state.articles?.length ?? 0) >= 2 || (state.waiting?.length ?? 0) > 0;
}

const openId = (state: AuthoringState) => state.article.title?.trim() || 'Article 1';

/** The dated articles of the timeline: a story's, or the one open article (with text and a date). */
export function articlesIn(state: AuthoringState): StoryArticle[] {
  if (state.articles?.length) return articlesOf({ text: state.text, articles: state.articles });
  if (!state.text.trim() || !parsePublished(state.article.published)) return [];
  const { title, url, publisher, published } = state.article;
  return [{ id: openId(state), text: state.text, published, title, url, publisher }];
}

/** Where each dated article lies in the state's text now. */
function spansIn(state: AuthoringState): Array<Pick<StoryArticleSpan, 'id' | 'start' | 'end'>> {
  if (state.articles?.length) return state.articles;
  return articlesIn(state).map((a) => ({ id: a.id, start: 0, end: state.text.length }));
}

/** Old offsets -> new, article by article; null inside an article that left. */
function offsetMap(before: ReturnType<typeof spansIn>, after: ReturnType<typeof spansIn>): OffsetMap {
  const now = new Map(after.map((s) => [s.id, s.start]));
  return (offset) => {
    const old = before.find((s) => offset >= s.start && offset <= s.end);
    const start = old ? now.get(old.id) : undefined;
    return old && start !== undefined ? offset - old.start + start : null;
  };
}

const newest = (articles: StoryArticle[]) => articles.map((a) => a.published).reduce((a, b) => (b > a ? b : a));

/** The state holding exactly `articles` (dated, in order) and `waiting`. */
function compose(state: AuthoringState, articles: StoryArticle[], waiting: WaitingArticle[]): AuthoringState {
  const { articles: _a, waiting: _w, ...rest } = state;
  const keepWaiting = waiting.length ? { waiting } : {};
  if (articles.length === 0) {
    return { ...rest, text: '', article: { ...state.article, published: '' }, ...keepWaiting };
  }
  if (articles.length === 1) {
    const [a] = articles;
    const single = { ...rest, text: a.text, article: { title: a.title ?? null, published: a.published, url: a.url ?? null, publisher: a.publisher ?? null }, ...keepWaiting };
    return { ...single, edits: remapEdits(state.edits, offsetMap(spansIn(state), spansIn(single))) };
  }
  const joined = joinArticles(articles);
  const title = state.article.title?.trim() ? state.article.title : (articles[0].title ?? null);
  const story: AuthoringState = {
    ...rest,
    text: joined.text,
    article: { title, published: newest(articles), url: null, publisher: null },
    articles: joined.articles,
    ...keepWaiting,
  };
  return { ...story, edits: remapEdits(state.edits, offsetMap(spansIn(state), joined.articles)) };
}

const toStory = (a: ReadArticle): StoryArticle => ({ id: a.id, text: a.text, published: a.published, title: a.title, url: a.url, publisher: a.publisher });
const toWaiting = (a: ReadArticle): WaitingArticle => ({ id: a.id, text: a.text, title: a.title, url: a.url, publisher: a.publisher });

/** Every id in use, so new articles get their own. */
export function idsIn(state: AuthoringState): string[] {
  return [...articlesIn(state).map((a) => a.id), ...(state.waiting ?? []).map((a) => a.id), ...(state.articles ? [] : [openId(state)])];
}

/** The open article becomes the story's first; the added ones follow, the undated waiting. */
export function addArticles(state: AuthoringState, added: ReadArticle[]): AuthoringState {
  let waiting = state.waiting ?? [];
  // an open article still waiting for its date waits in the story too
  if (!state.articles && state.text.trim() && !parsePublished(state.article.published)) {
    const { title, url, publisher } = state.article;
    waiting = [{ id: openId(state), text: state.text, title, url, publisher }, ...waiting];
  }
  const dated = added.filter((a) => parsePublished(a.published));
  const undated = added.filter((a) => !parsePublished(a.published));
  return compose(state, [...articlesIn(state), ...dated.map(toStory)], [...waiting, ...undated.map(toWaiting)]);
}

/** Takes an article (dated or waiting) out of the timeline. */
export function removeArticle(state: AuthoringState, id: string): AuthoringState {
  const waiting = (state.waiting ?? []).filter((a) => a.id !== id);
  return compose(state, articlesIn(state).filter((a) => a.id !== id), waiting);
}

/** A waiting article given its date by the user joins the story (at its end). */
export function dateArticle(state: AuthoringState, id: string, published: string): AuthoringState {
  const article = state.waiting?.find((a) => a.id === id);
  if (!article || !parsePublished(published)) return state;
  const waiting = state.waiting!.filter((a) => a !== article);
  return compose(state, [...articlesIn(state), { ...article, published }], waiting);
}
