// How much room time gets between two entries: a gap that grows with the days between them
// (a day a little, a month more), capped, and past a quiet stretch a labelled break instead
// ("8 months later"), so years of nothing never push the story off the screen. Pure.

/** Days after which the column cuts the stretch and labels it. */
export const QUIET_DAYS = 60;

/** Extra room, in px at a 17 px label, for `days` between two entries (0..28). */
export function timeGap(days: number, scale = 1): number {
  if (!(days > 0)) return 0;
  return Math.round(Math.min(28, 3.5 * Math.sqrt(days)) * scale);
}

/** "3 years later", "8 months later", "9 weeks later" for a quiet stretch; null when short. */
export function breakWords(days: number): string | null {
  if (!(days > QUIET_DAYS)) return null;
  const years = Math.floor(days / 365.25);
  if (years >= 2) return `${years} years later`;
  if (years === 1) return days >= 365.25 * 1.5 ? 'More than a year later' : 'A year later';
  const months = Math.round(days / 30.44);
  return `${months} months later`;
}
