// Named events an article dates once and then refers to by name: "the APEC summit last week"
// ... "the summit during APEC failed to materialize". The later statement takes the earlier
// date. Deliberately narrow: only acronym names (APEC, G20, COP28) registered next to an event
// noun, and only referred to with "during", "at" or "on the sidelines of". Must not know
// about labels or statuses.
import type { Dated } from './ranges';

/** A named event's date: the timex the article gave it and its range. */
type Anchor = Dated;

const NAMED_EVENT =
  /\b([A-Z][A-Z0-9]{1,7})\)?\s+(?:summit|conference|forum|talks|games|meeting|congress|convention|elections?|festival|expo|session|rally|parade|assembly)\b/g;
const REFERENCE = /\b(?:during|at|on the sidelines of|at the sidelines of)\s+(?:the\s+|this\s+|that\s+)?([A-Z][A-Z0-9]{1,7})\b/;

export class Anchors {
  private readonly byName = new Map<string, Anchor>();

  /** Remembers the names of events a dated statement mentions; the first date for a name wins. */
  register(statement: string, anchor: Anchor): void {
    NAMED_EVENT.lastIndex = 0;
    for (let m = NAMED_EVENT.exec(statement); m; m = NAMED_EVENT.exec(statement)) {
      if (!this.byName.has(m[1])) this.byName.set(m[1], anchor);
    }
  }

  /** The date of a named event this undated statement happens "during" or "at", if known. */
  find(statement: string): Anchor | null {
    const m = REFERENCE.exec(statement);
    return m ? (this.byName.get(m[1]) ?? null) : null;
  }
}
