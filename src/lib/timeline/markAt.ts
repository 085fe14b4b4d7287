// Which mark a DOM event landed on: its shape (`data-mark-id`) or its label, drawn apart from
// the shape (`data-label-for`). Shared by the app's timeline and the embed viewer, which both
// draw TimelineSvg and delegate pointer and focus events from one container.
import type { Mark } from '../layout';

export function markAt(target: EventTarget | null, marks: readonly Mark[]): Mark | null {
  const g = (target as Element | null)?.closest?.('[data-mark-id],[data-label-for]');
  const id = g?.getAttribute('data-mark-id') ?? g?.getAttribute('data-label-for');
  return id ? (marks.find((m) => m.id === id) ?? null) : null;
}

/** The event a pointer or focus moved onto, for the details preview; null for clusters and gaps. */
export function eventIdAt(target: EventTarget | null, marks: readonly Mark[]): string | null {
  const m = markAt(target, marks);
  return m?.kind === 'event' ? m.id : null;
}
