// Hand-made events for the story layout's tests: explicit days, explicit publication date.
import type { Granularity, TimelineEvent } from '../../../src/lib/document';

export function ev(
  id: string,
  label: string,
  status: 'past' | 'projected',
  start: string | null,
  end: string | null = start,
  granularity: Granularity | null = start ? 'day' : null,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return { id, label, status, when: { timex: start, start, end: start ? end : null, granularity, text: null }, source: { start: 0, end: 0 }, ...extra };
}
