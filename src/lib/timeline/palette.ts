// The timeline's two palettes, for a drawing whose theme is chosen rather than left to the
// reader's colour scheme (the app's light/dark preview). TimelineSvg's stylesheet carries the
// same values for "auto" (light, and dark under prefers-color-scheme), which SVG export reads;
// test/unit/layout/palette.test.ts keeps the two equal. Knows nothing of the DOM.

export type TimelineTheme = 'auto' | 'light' | 'dark';

export const PALETTES = {
  light: {
    '--nl-past': '#161616',
    '--nl-projected': '#b23c00',
    '--nl-void': '#6b6b6b',
    '--nl-ink': '#1b1b1b',
    '--nl-muted': '#585858',
    '--nl-rule': '#9a9a9a',
    '--nl-paper': '#ffffff',
    '--nl-focus': '#0b57d0',
  },
  dark: {
    '--nl-past': '#f0f0f0',
    '--nl-projected': '#ff9b5e',
    '--nl-void': '#a9a9a9',
    '--nl-ink': '#eeeeee',
    '--nl-muted': '#b8b8b8',
    '--nl-rule': '#777777',
    '--nl-paper': '#15171a',
    '--nl-focus': '#8ab4f8',
  },
} as const;

/** Inline declarations fixing a chosen theme, or null for "auto" (the stylesheet decides). */
export function themeStyle(theme: TimelineTheme): string | null {
  if (theme === 'auto') return null;
  return Object.entries(PALETTES[theme])
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
}
