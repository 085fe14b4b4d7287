// Cuts article text into sentence-sized pieces so that each date expression is read with its
// own verbs, and so that the work per piece is bounded whatever the input (a 5 MB article
// without punctuation is cut at word breaks every MAX_PIECE characters). Knows nothing of dates.
import { analysisOf } from '../analysis';

export interface Piece {
  start: number;
  end: number;
}

const MAX_PIECE = 1000;

/** The pipeline's sentences (analysis/sentences.ts), each cut again at word breaks so that no
 * piece is longer than MAX_PIECE. */
export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const sentence of analysisOf(text).sentences) {
    let from = sentence.start;
    const end = sentence.end;
    while (end - from > MAX_PIECE) {
      // the last two cuts share what is left evenly, so no tail of a few words is orphaned
      const target = end - from < 2 * MAX_PIECE ? from + Math.floor((end - from) / 2) : from + MAX_PIECE;
      // search back only within this piece: lastIndexOf on the whole text would make a text
      // without spaces quadratic
      const floor = from + Math.floor(MAX_PIECE / 4);
      const space = text.slice(floor, target).lastIndexOf(' ');
      const cut = space >= 0 ? floor + space : target;
      pieces.push({ start: from, end: cut });
      from = cut;
    }
    if (end > from) pieces.push({ start: from, end });
  }
  const out: Piece[] = [];
  for (const piece of pieces) withoutLongTokens(text, piece, out);
  return out;
}

// No date is written as 40 characters without a space; such runs (digits, base64, junk) are
// left out so that no parser scans them. Found by counting the run of non-space characters
// (a regular expression would try 40 characters from every letter of ordinary prose).
const LONG_TOKEN = 40;
// what \s matches
const SPACE = /\s/;

const isSpace = (text: string, i: number, code: number) => code === 32 || (code < 128 ? code >= 9 && code <= 13 : SPACE.test(text[i]));

/** Whether `piece` holds a run of LONG_TOKEN characters without a space. */
function holdsLongToken(text: string, piece: Piece): boolean {
  // (any LONG_TOKEN characters in a row hold one of the piece's every LONG_TOKEN-th characters:
  // only the runs through those are measured, a few characters each in prose, instead of every
  // character of the piece)
  for (let probe = piece.start + LONG_TOKEN - 1; probe < piece.end; probe += LONG_TOKEN) {
    if (isSpace(text, probe, text.charCodeAt(probe))) continue;
    let from = probe;
    while (from > piece.start && !isSpace(text, from - 1, text.charCodeAt(from - 1))) from--;
    let to = probe + 1;
    while (to < piece.end && !isSpace(text, to, text.charCodeAt(to))) to++;
    if (to - from >= LONG_TOKEN) return true;
  }
  return false;
}

/** The parts of `piece` between its long tokens, added to `out`. */
function withoutLongTokens(text: string, piece: Piece, out: Piece[]): void {
  if (!holdsLongToken(text, piece)) {
    // the piece whole, unless it is blank
    for (let i = piece.start; i < piece.end; i++) {
      if (!isSpace(text, i, text.charCodeAt(i))) return void out.push({ start: piece.start, end: piece.end });
    }
    return;
  }
  let from = piece.start;
  let run = 0;
  let blank = true;
  for (let i = piece.start; i <= piece.end; i++) {
    const code = i < piece.end ? text.charCodeAt(i) : 32;
    const space = code === 32 || (code < 128 ? code >= 9 && code <= 13 : SPACE.test(text[i]));
    if (!space) {
      run++;
      blank = false;
      continue;
    }
    if (run >= LONG_TOKEN) {
      if (i - run > from) out.push({ start: from, end: i - run });
      from = i;
    }
    run = 0;
  }
  // (a blank piece has no token, so nothing was added)
  if (blank) return;
  if (piece.end > from) out.push({ start: from, end: piece.end });
}
