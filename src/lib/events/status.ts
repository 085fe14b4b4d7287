// Past or projected, and how sure: from the date's range against the publication day, then
// from the clause's cue words. Must not know about text positions or labels.
import type { EventStatus, Modality } from '../document';
import type { Cues } from './cues';

export interface DayRange {
  start: string;
  end: string;
}

/**
 * A range wholly after the publication day is projected and one wholly before it is past,
 * whatever the verbs say (the tagger already read the tense to place it). A range holding the
 * publication day ("this week", "this year") is projected only when the clause points ahead,
 * or when its mod says "later"/"earlier". For the publication day itself only the words before
 * the date count: "will speak today" is ahead, "announced today that it will ..." is done.
 * `toldAsDone`: the verb group the date belongs to is a plain past ("announced", "interviewed").
 */
export function statusOf(
  range: DayRange | null,
  publishedDay: string,
  cues: Cues,
  mod?: string,
  cuesBefore: () => Cues = () => cues,
  toldAsDone = false,
): EventStatus {
  if (!range) return 'projected';
  if (range.start > publishedDay) return 'projected';
  if (range.end < publishedDay) return 'past';
  if (mod === 'AFTER' || mod === 'ON_OR_AFTER') return 'projected';
  if (mod === 'BEFORE' || mod === 'ON_OR_BEFORE') return 'past';
  if (range.start === range.end) return cuesBefore().future ? 'projected' : 'past';
  // "this year the Treasury announced that she would replace ...", "Over the past two months, I
  // interviewed women who ... would": the date's own verb is a past; a future further on is
  // what was announced, not when
  if (toldAsDone) return 'past';
  return cues.future ? 'projected' : 'past';
}

/** Called off beats everything; past facts are asserted; projections carry their cue's doubt. */
export function modalityOf(status: EventStatus, cues: Cues): Modality | undefined {
  if (cues.didNotHappen) return 'did-not-happen';
  if (status === 'past') return 'asserted';
  return cues.future ?? undefined;
}
