// The publication date as a careful reader finds it: a cascade from the most reliable signal
// to the least (JSON-LD, meta tags, microdata, the header's <time>, the script state, the
// URL, the visible dateline), each candidate checked for plausibility, and a UTC stamp read in the newsroom's
// own zone when the page says it elsewhere. Must not know how the page was parsed, nor read
// the clock: every bound comes from the page itself.
import type { PublishedFrom } from '../types';
import type { Stamp } from './published';

export interface DateSignals {
  jsonLd: Stamp | null;
  meta: Stamp | null;
  microdata: Stamp | null;
  time: Stamp | null;
  /** A publication stamp in the page's script state (scriptState.ts). */
  script: Stamp | null;
  url: string | null;
  dateline: string | null;
  /** The page's own "last modified" stamps: a publication later than these is suspect. */
  modified: (Stamp | null)[];
  /** Every zoned stamp the page writes, to find the local form of a UTC instant. */
  zoned: Stamp[];
}

export interface PublishedDate {
  published: string;
  publishedFrom: PublishedFrom;
}

// Web news began in the mid-1990s; an earlier stamp is a CMS default or a placeholder.
const EARLIEST_YEAR = 1995;
const DAY_MS = 86_400_000;

const dayOf = (value: string) => Date.parse(`${value.slice(0, 10)}T00:00:00Z`);

function plausible(value: string, signals: DateSignals, bounded: boolean): boolean {
  if (+value.slice(0, 4) < EARLIEST_YEAR) return false;
  // Published after the page's own last modification: the stamp may be a render time. Only
  // a preference: when every signal is later, the "modified" stamp is the stale one.
  if (bounded) for (const m of signals.modified) if (m && dayOf(value) > dayOf(m.value) + DAY_MS) return false;
  return true;
}

/**
 * A UTC stamp names an instant, not the newsroom's day: 2025-11-05T23:30Z is the 6th in Seoul.
 * The local form of the same instant written elsewhere on the page wins; else a visible
 * dateline whose day contains the instant in some real zone (UTC-12 to UTC+14).
 */
function localForm(stamp: Stamp, signals: DateSignals): string {
  if (stamp.zone !== 'utc' || stamp.instant === null) return stamp.value;
  const local = signals.zoned.find((z) => z.zone === 'offset' && z.instant !== null && Math.abs(z.instant - stamp.instant!) <= 1);
  if (local) return local.value;
  const seen = signals.dateline ?? (signals.time && !signals.time.zone ? signals.time.value : null);
  if (seen && seen.slice(0, 10) !== stamp.value.slice(0, 10)) {
    const instant = stamp.instant * 60_000;
    const start = dayOf(seen);
    if (instant >= start - 14 * 3_600_000 && instant < start + DAY_MS + 12 * 3_600_000) return seen.slice(0, 10);
  }
  return stamp.value;
}

export function choosePublished(signals: DateSignals): PublishedDate | null {
  const ordered: [PublishedFrom, Stamp | null][] = [
    ['json-ld', signals.jsonLd],
    ['meta', signals.meta],
    ['microdata', signals.microdata],
    ['time', signals.time],
    // The CMS's own field, in the app state a page ships: metadata, though not in a tag.
    ['meta', signals.script],
    ['url', signals.url ? { value: signals.url, zone: null, instant: null } : null],
    ['dateline', signals.dateline ? { value: signals.dateline, zone: null, instant: null } : null],
  ];
  for (const bounded of [true, false]) {
    for (const [from, stamp] of ordered) {
      if (!stamp || !plausible(stamp.value, signals, bounded)) continue;
      return { published: localForm(stamp, signals), publishedFrom: from };
    }
  }
  return null;
}
