// Height messages between an embedded frame and its parent page, in the three dialects
// newsrooms already listen for: Pym.js (a string), AMP's embed-size, and Newsline's own.
// Pure: no window, no DOM. The parent decides *who* may send (event.source); this module
// only decides *what* is a well-formed message.

/** Pym's child ids are page-chosen; keep them to characters Pym's own regex round-trips. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,80}$/;
const PYM_HEIGHT = /^pymxPYMx([A-Za-z0-9_.:-]{1,80})xPYMxheightxPYMx(\d{1,6})$/;

/** Frames taller than this are a bug or an attack, not a timeline. */
export const MAX_FRAME_HEIGHT = 20000;

export interface HeightMessage {
  /** The child id the frame was given, or null (AMP messages carry none). */
  id: string | null;
  height: number;
}

/** A child id from the query string, or the fallback when it is missing or malformed. */
export function cleanChildId(raw: string | null | undefined, fallback = 'newsline'): string {
  return raw && CHILD_ID.test(raw) ? raw : fallback;
}

export function pymHeightMessage(childId: string, height: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${Math.ceil(height)}`;
}

export function ampSizeMessage(height: number) {
  return { sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) } as const;
}

export function newslineHeightMessage(id: string, height: number) {
  return { type: 'newsline:height', id, height: Math.ceil(height) } as const;
}

/** All three messages a frame posts for one height, in the order it posts them. */
export function heightMessages(childId: string, height: number): unknown[] {
  return [pymHeightMessage(childId, height), ampSizeMessage(height), newslineHeightMessage(childId, height)];
}

const validHeight = (h: unknown): h is number =>
  typeof h === 'number' && Number.isFinite(h) && h >= 0 && h <= MAX_FRAME_HEIGHT;

/** Reads any of the three dialects; null for anything else (never throws on hostile input). */
export function parseHeightMessage(data: unknown): HeightMessage | null {
  if (typeof data === 'string') {
    if (data.length > 200) return null;
    const m = PYM_HEIGHT.exec(data);
    if (!m) return null;
    const height = Number(m[2]);
    return validHeight(height) ? { id: m[1], height } : null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.type === 'newsline:height' && typeof d.id === 'string' && validHeight(d.height)) {
    return { id: d.id, height: Math.ceil(d.height) };
  }
  if (d.sentinel === 'amp' && d.type === 'embed-size' && validHeight(d.height)) {
    return { id: null, height: Math.ceil(d.height) };
  }
  return null;
}
