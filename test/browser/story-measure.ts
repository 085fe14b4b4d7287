// What a reader sees of each event's label, measured from the DOM of any view (the story
// column, the scale chart, an exported SVG): the share of the label's characters drawn in the
// text carrying `data-label-for`, overlapping labels and marks, clusters, and where the first
// event's label stands. Runs inside the page (page.evaluate); knows nothing of how it was drawn.

export interface LabelMeasure {
  /** Characters of full labels drawn, and in all (every event of the document counts). */
  drawn: number;
  total: number;
  /** Event ids whose label is not drawn in full. */
  cut: string[];
  /** Pairs of different events whose label or mark boxes overlap. */
  overlaps: string[];
  clusters: number;
  /** Top and bottom (page px) of the first event's label in reading order, or null. */
  firstLabel: { top: number; bottom: number } | null;
}

/** In the page: measure the view against the document's events `[id, label][]`. */
export function measureLabels(events: [string, string][]): LabelMeasure {
  const squash = (s: string) => s.replace(/[\s\u2026]+/g, '').replace(/\.\.\.$/, '');
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) return false;
    // Clipped by its own SVG or off the page's sides: not drawn.
    const svg = el.closest('svg');
    const box = svg ? svg.getBoundingClientRect() : { left: 0, right: document.documentElement.clientWidth };
    return r.left >= box.left - 1 && r.right <= box.right + 1;
  };
  let drawn = 0;
  let total = 0;
  const cut: string[] = [];
  for (const [id, label] of events) {
    const full = squash(label);
    total += full.length;
    const texts = Array.from(document.querySelectorAll(`[data-label-for="${CSS.escape(id)}"]`)).filter(visible);
    const seen = squash(texts.map((t) => t.textContent ?? '').join(''));
    let share = 0;
    if (seen && full.includes(seen)) share = seen.length;
    else {
      while (share < Math.min(seen.length, full.length) && seen[share] === full[share]) share++;
    }
    drawn += Math.min(share, full.length);
    if (share < full.length) cut.push(id);
  }
  const boxes: { id: string; r: DOMRect }[] = [];
  for (const el of Array.from(document.querySelectorAll('[data-label-for]'))) {
    if (visible(el)) boxes.push({ id: (el as HTMLElement).dataset.labelFor ?? el.getAttribute('data-label-for')!, r: el.getBoundingClientRect() });
  }
  // A mark is the shape it draws; an HTML entry's mark holds its label, so its box is the label's.
  for (const el of Array.from(document.querySelectorAll('[data-event-id]'))) {
    const shape = el.querySelector('circle, rect, path, line') ?? null;
    if (shape && visible(shape)) boxes.push({ id: el.getAttribute('data-event-id')!, r: shape.getBoundingClientRect() });
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.id === b.id) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) overlaps.push(`${a.id}/${b.id}`);
    }
  }
  const first = document.querySelector('[data-label-for]');
  const fr = first?.getBoundingClientRect();
  return {
    drawn,
    total,
    cut,
    overlaps,
    clusters: document.querySelectorAll('[data-cluster]').length,
    firstLabel: fr ? { top: fr.top + scrollY, bottom: fr.bottom + scrollY } : null,
  };
}
