// The export sizes a desk asks for: an article column (640 or 960 px wide, as tall as the
// story) and social cards of a fixed size (1200 x 675, 1080 x 1350). Pure data and lookups.

export interface Preset {
  name: string;
  /** What the export menu says. */
  title: string;
  width: number;
  /** A fixed height (a card), or null: the picture is as tall as the story. */
  height: number | null;
}

export const PRESETS: readonly Preset[] = [
  { name: 'column-640', title: 'Article column, 640 px', width: 640, height: null },
  { name: 'column-960', title: 'Wide column, 960 px', width: 960, height: null },
  { name: 'social-1200x675', title: 'Social card, 1200 × 675', width: 1200, height: 675 },
  { name: 'social-1080x1350', title: 'Portrait card, 1080 × 1350', width: 1080, height: 1350 },
];

export const presetNamed = (name: string): Preset | undefined => PRESETS.find((p) => p.name === name);
