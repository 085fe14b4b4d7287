// Keyboard order of the marks: time order as laid out (undated last), so arrow keys walk the
// story from its earliest event to what is expected next. Knows nothing of the DOM.
import type { Mark } from '../layout/types';

export type Step = 'next' | 'previous' | 'first' | 'last';

const KEYS: Record<string, Step> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

export const stepForKey = (key: string): Step | null => KEYS[key] ?? null;

/** The id of the mark one step from `currentId` (wrapping is deliberately off: ends stay ends). */
export function stepFrom(marks: readonly Mark[], currentId: string | null, step: Step): string | null {
  if (marks.length === 0) return null;
  if (step === 'first') return marks[0].id;
  if (step === 'last') return marks[marks.length - 1].id;
  const i = marks.findIndex((m) => m.id === currentId);
  if (i < 0) return marks[0].id;
  const j = step === 'next' ? Math.min(marks.length - 1, i + 1) : Math.max(0, i - 1);
  return marks[j].id;
}
