// Cuts article text into sentence-sized pieces so that each date expression is read with its
// own verbs, and so that the work per piece is bounded whatever the input (a 5 MB article
// without punctuation is cut at word breaks every MAX_PIECE characters). Knows nothing of dates.

export interface Piece {
  start: number;
  end: number;
}

const MAX_PIECE = 1000;

/** Sentence ends: . ! ? followed by space and a capital/quote/digit, or any line break. */
const BOUNDARY = /[.!?]["'\u201d)\]]?\s+(?=["'\u201c(\[]?[A-Z0-9])|\n+/g;

const ABBREVIATION = /(?:\b[A-Za-z]\.[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Gen|Sen|Rep|Gov|Inc|Corp|Co|Ltd|vs|Lt|Col|Prof|Jr|Sr))$/;

export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const push = (end: number) => {
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
    from = end;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // "3 p.m. Monday", "the U.S. Senate", "Mr. Moon": an abbreviation's period is no sentence
    // end (a wrong cut would only cost a sentence its verbs, or a time its day).
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    push(m.index + 1);
    from = m.index + m[0].length;
  }
  push(text.length);
  return pieces.flatMap((p) => withoutLongTokens(text, p));
}

// No date is written as 40 characters without a space; such runs (digits, base64, junk) are
// left out so that no parser scans them.
const LONG_TOKEN = /\S{40,}/g;

function withoutLongTokens(text: string, piece: Piece): Piece[] {
  const slice = text.slice(piece.start, piece.end);
  if (!/\S/.test(slice)) return [];
  const out: Piece[] = [];
  let from = piece.start;
  LONG_TOKEN.lastIndex = 0;
  for (let m = LONG_TOKEN.exec(slice); m; m = LONG_TOKEN.exec(slice)) {
    if (piece.start + m.index > from) out.push({ start: from, end: piece.start + m.index });
    from = piece.start + m.index + m[0].length;
  }
  if (piece.end > from) out.push({ start: from, end: piece.end });
  return out;
}
