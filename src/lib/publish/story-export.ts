// The one entry point both the app's Export buttons and `newsline render` call for the story
// picture: a preset or a width, the document's presentation settings (or the caller's), and
// out comes the standalone SVG. Pure; the PNG is the caller's (canvas in the browser, resvg
// in Node).
import type { NewslineDocument } from '../document';
import type { DateStyle } from '../house/styles';
import { framing } from './presentation';
import { presetNamed } from './presets';
import { storySvg } from './story-svg';

export interface StoryExportOptions {
  /** A preset's name (presets.ts); it sets the width and, for a card, the height. */
  preset?: string | null;
  /** The width when no preset is named (default 640). */
  width?: number;
  theme?: 'light' | 'dark';
  transparent?: boolean;
  credit?: string | null;
  dateStyle?: DateStyle;
}

export function storyExportSvg(doc: NewslineDocument, o: StoryExportOptions = {}): string {
  const preset = o.preset ? presetNamed(o.preset) : undefined;
  if (o.preset && !preset) throw new Error(`unknown preset ${o.preset}`);
  const f = framing(doc, { credit: o.credit, dateStyle: o.dateStyle });
  const theme = o.theme ?? (f.theme === 'dark' ? 'dark' : 'light');
  return storySvg(doc, {
    width: preset?.width ?? o.width ?? 640,
    height: preset?.height ?? null,
    theme,
    background: !o.transparent,
    dateStyle: f.dateStyle,
    headline: f.headline,
    dek: f.dek,
    credit: f.credit,
  });
}
