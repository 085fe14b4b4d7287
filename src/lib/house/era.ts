// Decades and centuries read as text, never as a calendar point: "the 1990s", "the 14th
// century", or the article's own words when they are a stretch of time ("for centuries",
// "for decades"). Pure; knows nothing of layout.
import { dayParts } from './styles';

/** "The 1990s". */
export function formatDecade(start: string): string {
  const p = dayParts(start);
  if (!p) return start;
  return `The ${Math.floor(p.year / 10) * 10}s`;
}

/** "The 14th century" (1300-1399). */
export function formatCentury(start: string): string {
  const p = dayParts(start);
  if (!p) return start;
  const n = Math.floor(p.year / 100) + 1;
  return `The ${ordinal(n)} century`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

// "for centuries", "for decades", "centuries ago", "for generations": a stretch, not a date.
const STRETCH = /\b(?:for|over|in|across)?\s*(?:many\s+|several\s+|two\s+|three\s+|a\s+few\s+)?(?:centuries|decades|generations)(?:\s+ago)?\b/i;

/** The article's words when they state a stretch of time, capitalised for a kicker; else null. */
export function stretchWords(text: string | null | undefined): string | null {
  const m = STRETCH.exec(text ?? '');
  if (!m) return null;
  const words = m[0].trim().replace(/\s+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
