// One column of the story drawn as SVG elements with live text: spine, bullets and bands,
// kickers, labels (every line of every label), the Published marker, breaks and the shaded
// expected side. Plain attributes, no CSS and no var(), so browsers, resvg, Inkscape and
// Illustrator draw it alike. Every article-derived string goes through escapeXml.
import type { ColumnGeometry, EntryRow, Row } from '../column/types';
import { escapeXml } from './xml';

export interface Ink {
  ink: string;
  accent: string;
  muted: string;
  rule: string;
  paper: string;
  shade: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A column's rows as SVG, placed with its first row at y = 0 (the caller translates it). */
export function columnSvg(rows: Row[], g: ColumnGeometry, width: number, ink: Ink, projectedTop: number | null): string {
  if (!rows.length) return '';
  const top = rows[0].y;
  const y = (row: Row) => row.y - top;
  const out: string[] = [];
  const last = rows[rows.length - 1];
  const bottom = y(last) + last.height;
  // The expected side, shaded from the marker (or the column's top, if it starts after it).
  if (projectedTop !== null && last.y >= projectedTop) {
    const from = Math.max(0, projectedTop - top - 4);
    out.push(`<rect x="0" y="${r1(from)}" width="${width}" height="${r1(bottom - from + 10)}" rx="3" fill="${ink.shade}"/>`);
  }
  const mid = (row: Row) => (row.kind === 'entry' ? bulletY(row, g) : row.kind === 'published' ? 9 : 0);
  rows.forEach((row, i) => {
    const from = i === 0 ? y(row) + mid(row) : y(row) - row.gap;
    const to = row === last ? y(row) + mid(row) : y(row) + row.height;
    if (to > from) {
      const dash = row.kind === 'break' ? ' stroke-dasharray="3 4"' : '';
      out.push(`<line x1="${g.spineX}" x2="${g.spineX}" y1="${r1(from)}" y2="${r1(to)}" stroke="${ink.rule}" stroke-width="1"${dash}/>`);
    }
  });
  for (const row of rows) out.push(rowSvg(row, y(row), g, width, ink));
  return out.join('\n');
}

function bulletY(row: EntryRow, g: ColumnGeometry): number {
  return row.kickerLines.length ? g.kickerLine / 2 : g.lineHeight / 2;
}

const kickerAttrs = (g: ColumnGeometry, fill: string) =>
  `font-size="${g.kickerSize}" font-weight="700" letter-spacing="${r1(g.kickerSize * 0.06)}" fill="${fill}"`;

function rowSvg(row: Row, t: number, g: ColumnGeometry, width: number, ink: Ink): string {
  const base = (lineHeight: number, size: number) => t + (lineHeight - size) / 2 + size * 0.8;
  switch (row.kind) {
    case 'published':
      return [
        `<g data-marker="published" data-day="${escapeXml(row.day)}">`,
        `<line x1="${g.textX}" x2="${width}" y1="${r1(t)}" y2="${r1(t)}" stroke="${ink.ink}" stroke-width="1"/>`,
        `<circle cx="${g.spineX}" cy="${r1(t + 9)}" r="5" fill="${ink.ink}"/>`,
        `<text x="${g.textX}" y="${r1(t + 5 + g.kickerSize)}" ${kickerAttrs(g, ink.ink)}>${escapeXml(row.text.toUpperCase())}</text>`,
        '</g>',
      ].join('');
    case 'break':
      return `<text x="${g.textX}" y="${r1(base(row.height, g.kickerSize + 1))}" font-size="${g.kickerSize + 1}" font-style="italic" fill="${ink.muted}">${escapeXml(row.text)}</text>`;
    case 'undated':
      return `<text x="${g.textX}" y="${r1(base(g.kickerLine, g.kickerSize))}" ${kickerAttrs(g, ink.accent)}>${escapeXml(row.text.toUpperCase())}</text>`;
    case 'fold':
      return `<text x="${g.textX}" y="${r1(base(g.kickerLine, g.kickerSize + 2) + 4)}" font-size="${g.kickerSize + 2}" font-weight="700" fill="${ink.ink}">${escapeXml(row.text)}</text>`;
    case 'entry':
      return entrySvg(row, t, g, ink);
  }
}

function entrySvg(row: EntryRow, t: number, g: ColumnGeometry, ink: Ink): string {
  const e = row.event;
  const background = e.prominence === 'background';
  const expected = row.side !== 'past';
  const colour = expected ? ink.accent : ink.ink;
  const cy = t + bulletY(row, g);
  const parts: string[] = [];
  parts.push(
    `<g data-event-id="${escapeXml(e.id)}" data-status="${e.status}" data-start="${escapeXml(e.when.start ?? '')}" ` +
      `data-end="${escapeXml(e.when.end ?? '')}" data-label="${escapeXml(e.label)}"${background ? ' data-prominence="background"' : ''}>`,
  );
  if (row.uncertain) {
    // A stretch of time: a band down the whole entry, never short enough to read as a bullet.
    const h = Math.max(16, row.height - 4);
    parts.push(`<rect x="${g.spineX - 4}" y="${r1(t + 2)}" width="8" height="${r1(h)}" rx="4" fill="${expected ? ink.shade : ink.paper}" stroke="${colour}" stroke-width="1.5"/>`);
  } else {
    const dash = row.side === 'undated' ? ' stroke-dasharray="3 2"' : '';
    parts.push(`<circle cx="${g.spineX}" cy="${r1(cy)}" r="4.5" fill="${expected ? ink.shade : ink.paper}" stroke="${colour}" stroke-width="2"${dash}/>`);
  }
  row.kickerLines.forEach((line, i) => {
    const yy = t + i * g.kickerLine + (g.kickerLine - g.kickerSize) / 2 + g.kickerSize * 0.8;
    const [date, detail] = row.kicker && row.detail && line.startsWith(row.kicker) ? [row.kicker, line.slice(row.kicker.length)] : row.kicker && line === row.kicker ? [line, ''] : ['', line];
    parts.push(
      `<text x="${g.textX}" y="${r1(yy)}" ${kickerAttrs(g, colour)}>${date ? escapeXml(date.toUpperCase()) : ''}` +
        // Leading spaces of a tspan collapse in SVG: the separator's spaces are non-breaking.
        (detail ? `<tspan fill="${ink.muted}">${escapeXml(detail.replace(/^ /, '\u00a0').replace(/ (?=·)|(?<=·) /g, '\u00a0').toUpperCase())}</tspan>` : '') +
        '</text>',
    );
  });
  const labelTop = t + (row.kickerLines.length ? row.kickerLines.length * g.kickerLine + 2 : 0);
  const first = labelTop + (g.lineHeight - g.fontSize) / 2 + g.fontSize * 0.8;
  parts.push(
    // Background (told in passing, as context) reads quieter than the news: lighter ink, plain weight.
    `<text data-label-for="${escapeXml(e.id)}" font-size="${g.fontSize}" font-weight="${background ? 400 : 500}" fill="${background ? ink.muted : ink.ink}">` +
      row.lines
        .map((line, i) => `<tspan x="${g.textX}" y="${r1(first + i * g.lineHeight)}">${escapeXml(line)}${i < row.lines.length - 1 ? ' ' : ''}</tspan>`)
        .join('') +
      '</text>',
  );
  parts.push('</g>');
  return parts.join('');
}
