// How much of each event's label a reader can read, measured from the DOM of the built app as a
// user left it: every event mark carries its full label in data-label, and the text drawn for it
// carries data-label-for (DESIGN.md). A label counts by the share of its characters drawn in
// order, on screen and not hidden; an event hidden in a cluster, folded away or missing counts
// as nothing drawn. Also counts overlapping labels and marks, clusters, and where the first
// event stands on the first screen. Knows nothing of how a view is built.
import type { Page } from 'playwright-core';

export interface LabelFigures {
  /** Events the document holds (the larger of the expected count and the marks found). */
  events: number;
  /** Mean over events of the share of the label's characters drawn (0..1). */
  drawn: number;
  /** Labels cut (less than all of their characters drawn), with what was drawn. */
  cut: { label: string; drawn: string }[];
  /** Pairs of labels, or a label and another event's mark, that overlap. */
  overlaps: string[];
  clusters: number;
  /** Top and bottom of the first event's mark and label in page pixels, scrolled to the top. */
  first: { markTop: number; labelTop: number; labelBottom: number } | null;
}

/** Measures the page as it stands. `expected`: the events extraction gives, id and full label,
 *  for marks that do not carry data-label (builds before it) and events missing from the page. */
export function measureLabels(page: Page, expected: { id: string; label: string }[]): Promise<LabelFigures> {
  return page.evaluate((expected) => {
    const known = new Map(expected.map((e) => [e.id, e.label]));
    const viewW = document.documentElement.clientWidth;
    const squash = (s: string) => s.replace(/[\s\u00ad…]+/g, '');
    // Characters of `full` found in order in `drawn` (a wrapped line may add a hyphen).
    const inOrder = (full: string, drawn: string) => {
      let j = 0;
      let n = 0;
      for (const ch of full) {
        const k = drawn.indexOf(ch, j);
        if (k < 0) continue;
        n++;
        j = k + 1;
      }
      return n;
    };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return null;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || Number(s.opacity) === 0) return null;
      return r;
    };
    // The text itself: an SVG label's plate is wider than its words.
    const textBox = (el: Element) => visible(el.querySelector('text') ?? el);
    const drawnText = (el: Element) => {
      const lines = el.querySelectorAll('tspan');
      return lines.length ? Array.from(lines, (t) => t.textContent ?? '').join(' ') : (el.textContent ?? '');
    };

    const marks = Array.from(document.querySelectorAll('[data-event-id]'));
    const seen = new Set<string>();
    let sum = 0;
    const cut: { label: string; drawn: string }[] = [];
    const boxes: { id: string; label: DOMRect | null; mark: DOMRect | null }[] = [];
    for (const m of marks) {
      const id = m.getAttribute('data-event-id')!;
      if (seen.has(id)) continue;
      seen.add(id);
      const label = m.getAttribute('data-label') ?? known.get(id) ?? '';
      const full = squash(label);
      const labelEl = Array.from(document.querySelectorAll(`[data-label-for="${CSS.escape(id)}"]`)).find((el) => textBox(el));
      const box = labelEl ? textBox(labelEl) : null;
      let share = 0;
      let text = '';
      if (labelEl && box && full) {
        text = drawnText(labelEl);
        share = inOrder(full, squash(text)) / full.length;
        // A label running off the page's sides is cut there.
        const inside = Math.max(0, Math.min(box.right, viewW) - Math.max(box.left, 0));
        share *= Math.min(1, inside / box.width);
      } else if (!full) share = 1;
      sum += share;
      if (share < 0.999) cut.push({ label, drawn: text });
      const shape = m.querySelector('.nl-shape') ?? m;
      boxes.push({ id, label: box, mark: visible(shape) });
    }
    // An expected event the page shows under neither its id nor its label is missing (folded
    // away, or lost); the browser's own reading of a page may differ a little from Node's.
    const labels = new Set(marks.map((m) => m.getAttribute('data-label') ?? known.get(m.getAttribute('data-event-id') ?? '')));
    const missing = expected.filter((e) => !seen.has(e.id) && !labels.has(e.label));
    for (const e of missing) cut.push({ label: e.label, drawn: '' });
    const events = seen.size + missing.length;

    const overlaps: string[] = [];
    const hit = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = 0; j < boxes.length; j++) {
        if (i === j) continue;
        const a = boxes[i];
        const b = boxes[j];
        if (j > i && a.label && b.label && hit(a.label, b.label)) overlaps.push(`label ${a.id} / label ${b.id}`);
        if (a.label && b.mark && hit(a.label, b.mark) && !(b.mark.left <= a.label.left && b.mark.right >= a.label.right && b.mark.top <= a.label.top && b.mark.bottom >= a.label.bottom)) {
          overlaps.push(`label ${a.id} / mark ${b.id}`);
        }
      }
    }

    const clusters = Array.from(document.querySelectorAll('[data-cluster]')).filter((c) => visible(c)).length;
    let first: LabelFigures['first'] = null;
    const drawnBoxes = boxes.filter((b) => b.label && b.mark);
    if (drawnBoxes.length) {
      const y = window.scrollY;
      const top = drawnBoxes.reduce((a, b) => (b.mark!.top < a.mark!.top ? b : a));
      first = { markTop: Math.round(top.mark!.top + y), labelTop: Math.round(top.label!.top + y), labelBottom: Math.round(top.label!.bottom + y) };
    }
    return { events, drawn: events ? sum / events : 1, cut, overlaps, clusters, first };
  }, expected);
}
