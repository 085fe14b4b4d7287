// The story's two designed palettes: ink for what happened, one accent for what is expected,
// a quiet shade behind the expected side, and a paper colour. Every text colour passes WCAG AA
// on both paper and shade (test/unit/column/palette.test.ts measures it). Pure data.
import type { TimelineTheme } from '../timeline/palette';

export const STORY_PALETTES = {
  light: {
    '--nl-s-ink': '#161616',
    '--nl-s-accent': '#b23c00',
    '--nl-s-muted': '#595959',
    '--nl-s-rule': '#8c8c8c',
    '--nl-s-paper': '#ffffff',
    '--nl-s-shade': '#fbf4ef',
    '--nl-s-focus': '#0b57d0',
  },
  dark: {
    '--nl-s-ink': '#f0f0f0',
    '--nl-s-accent': '#ff9b5e',
    '--nl-s-muted': '#b4b4b4',
    '--nl-s-rule': '#7a7a7a',
    '--nl-s-paper': '#15171a',
    '--nl-s-shade': '#221d1a',
    '--nl-s-focus': '#8ab4f8',
  },
} as const;

export type StoryColour = keyof (typeof STORY_PALETTES)['light'];

/** Inline declarations for a chosen theme; "auto" gives null (the stylesheet follows the reader). */
export function storyThemeStyle(theme: TimelineTheme): string | null {
  if (theme === 'auto') return null;
  return Object.entries(STORY_PALETTES[theme])
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}

/** The resolved colours of a theme, for exports that cannot read CSS variables. */
export const storyColours = (theme: 'light' | 'dark') => STORY_PALETTES[theme];
