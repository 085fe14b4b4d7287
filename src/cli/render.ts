// `newsline render DOC.json --svg OUT.svg | --png OUT.png [--preset NAME | --width N]
//   [--scale 2] [--theme light|dark] [--date-style ap|uk|iso] [--transparent] [--view scale]`:
// the browser's export, without a browser. By default the story layout, drawn by the same
// builder as the app's Export buttons (story-export.ts) with the document's presentation
// settings; `--view scale` gives the scale chart through svelte/server as before. resvg
// rasterises with the system fonts (text is simply not drawn when a machine has none;
// rendering never fails for want of fonts).
import { writeFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import type { NewslineDocument } from '../lib/document';
import { serverDrawing } from '../lib/publish/server-drawing';
import { toStandaloneSvg } from '../lib/publish/svg';
import type { Theme } from '../lib/publish/css-scheme';
import { PRESETS, presetNamed } from '../lib/publish/presets';
import { storyExportSvg } from '../lib/publish/story-export';
import type { DateStyle } from '../lib/house/styles';
import { readDocument } from '../lib/validate';
import { withoutRetellings } from '../lib/edits/retellings';
import { type Io, UsageError } from './io';
import { readInput } from './read';

export { RENDER_USAGE } from './renderUsage';

interface RenderArgs {
  input: string;
  svg: string | null;
  png: string | null;
  width: number;
  scale: number;
  /** Unset: the document's own theme (its presentation), light when it has none or 'auto'. */
  theme: Theme | undefined;
  transparent: boolean;
  preset: string | null;
  view: 'story' | 'scale';
  dateStyle: DateStyle | undefined;
}

export function parseRenderArgs(argv: string[]): RenderArgs {
  const args: RenderArgs = {
    input: '', svg: null, png: null, width: 960, scale: 2, theme: undefined, transparent: false,
    preset: null, view: 'story', dateStyle: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--svg') args.svg = value();
    else if (flag === '--png') args.png = value();
    else if (flag === '--width') args.width = number(flag, value(), 240, 4000);
    else if (flag === '--scale') args.scale = number(flag, value(), 1, 4);
    else if (flag === '--theme') args.theme = oneOf<Theme>(flag, value(), ['light', 'dark']);
    else if (flag === '--transparent') args.transparent = true;
    else if (flag === '--preset') args.preset = oneOf(flag, value(), PRESETS.map((p) => p.name));
    else if (flag === '--view') args.view = oneOf(flag, value(), ['story', 'scale']);
    else if (flag === '--date-style') args.dateStyle = oneOf<DateStyle>(flag, value(), ['ap', 'uk', 'iso']);
    else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`);
    else if (args.input) throw new UsageError(`one document at a time (got ${args.input} and ${flag})`);
    else args.input = flag;
  }
  if (!args.input) throw new UsageError('no document given');
  if (!args.svg && !args.png) throw new UsageError('say where to write: --svg OUT.svg and/or --png OUT.png');
  if (args.preset && args.view === 'scale') throw new UsageError('--preset draws the story; leave out --view scale');
  if (args.preset && argv.includes('--width')) throw new UsageError('--preset sets the width; give --preset or --width, not both');
  return args;
}

function number(flag: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} must be a number from ${min} to ${max}, got ${raw}`);
  return n;
}

function oneOf<T extends string>(flag: string, raw: string, allowed: T[]): T {
  if (!allowed.includes(raw as T)) throw new UsageError(`${flag} must be ${allowed.join(' or ')}, got ${raw}`);
  return raw as T;
}

async function readDoc(path: string, io: Io): Promise<NewslineDocument> {
  const { content } = await readInput(path, io);
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new UsageError(`${path} is not JSON (render reads a document made by newsline extract)`);
  }
  try {
    return readDocument(value);
  } catch (err) {
    throw new UsageError(`${path}: ${(err as Error).message}`);
  }
}

/** The scale chart's standalone SVG at a width (`--view scale`). */
export function renderSvg(doc: NewslineDocument, width: number, theme: Theme = 'light', transparent = false): string {
  return toStandaloneSvg(doc, serverDrawing(doc, width), { theme, background: !transparent });
}

/** Exactly what --svg writes for these arguments: each happening drawn once, as the app shows it. */
export function renderFor(told: NewslineDocument, args: Pick<RenderArgs, 'width' | 'theme' | 'transparent' | 'preset' | 'view' | 'dateStyle'>): string {
  const doc = { ...told, events: withoutRetellings(told.events) };
  if (args.view === 'scale') return renderSvg(doc, args.width, args.theme ?? (doc.presentation?.theme === 'dark' ? 'dark' : 'light'), args.transparent);
  return storyExportSvg(doc, {
    preset: args.preset && presetNamed(args.preset) ? args.preset : null,
    width: args.width,
    theme: args.theme,
    transparent: args.transparent,
    dateStyle: args.dateStyle,
  });
}

export function rasterise(svg: string, scale: number): Uint8Array {
  // resvg maps the generic sans-serif to Arial, absent on most Linux machines; DejaVu Sans is
  // the common Linux face (fonts-dejavu-core). When neither exists resvg falls back to any font.
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans', defaultFontFamily: 'DejaVu Sans' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}

/** The `render` command; failures throw and main() prints them as one `newsline: ...` line, exit 2. */
export async function runRender(argv: string[], io: Io): Promise<number> {
  const args = parseRenderArgs(argv);
  const doc = await readDoc(args.input, io);
  const svg = renderFor(doc, args);
  if (args.svg) await write(args.svg, svg);
  if (args.png) await write(args.png, rasterise(svg, args.scale));
  return 0;
}

// Why a picture could not be written, in a user's words ("ENOENT" told nobody anything).
const WRITE_FAILURES: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EISDIR: 'it is a folder; give a file name such as timeline.svg',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENAMETOOLONG: 'the file name is too long',
};

async function write(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot write ${path}: ${WRITE_FAILURES[code] ?? (code || (err as Error).message)}`);
  }
}
