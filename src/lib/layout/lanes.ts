// How many lanes each side of the axis gets. A story's events bunch up: "last week" holds half
// of them, and with a fixed few lanes they vanish into a "7 events" cluster at first view. So,
// unless the caller fixes the count, lanes grow one at a time (on the side that still has a
// cluster) while packing at fit-all leaves events clustered, up to a height a newsroom page
// takes (about 860 px of lanes). When even that leaves many events clustered the data is a
// dump, not a story: clusters and zoom serve it better than a tall stack, so the few default
// lanes stay. Chosen at fit-all and kept for every zoom frame, so the height never jumps while
// zooming. Vertically lanes are columns: two, or three where fitAxis.ts asks. Knows nothing of
// drawing; only counts.
import type { Slot } from './slots';

const BASE = 3;
/** Lanes on both sides together take at most about this height (12 lanes of three-line labels). */
const BUDGET_PX = 1200;
const SHORT_STORY = 60;
/** Clustered events beyond this many per lane still to give mean the budget cannot help. */
const PER_LANE = 3;

export function chooseLanes(
  counts: readonly [number, number],
  maxLanes: number | null,
  horizontal: boolean,
  pack: (lanes: [number, number]) => Slot[],
  /** Vertical: a third column (fitAxis.ts asks for one when two leave events clustered). */
  third = false,
  /** Horizontal: a lane's height, which sets how many lanes the budget holds. */
  laneSize = 71,
): [number, number] {
  const BUDGET = Math.max(2 * BASE, Math.floor(BUDGET_PX / laneSize));
  const fixed = maxLanes ?? (horizontal ? BASE : 2);
  const base: [number, number] = [Math.max(1, Math.min(fixed, counts[0])), Math.max(1, Math.min(fixed, counts[1]))];
  if (maxLanes !== null) return base;
  const total = counts[0] + counts[1];
  // Vertical lanes are columns across a phone's width, shared by both sides: two read best (a
  // label wraps at 110 px on a 375 px phone, at 66 px in three); a third where the width has
  // room for it (geometry.ts) when asked.
  if (!horizontal) return third ? [2, 1] : [1, 1];
  const lanes: [number, number] = [...base];
  for (;;) {
    const clustered = [0, 0];
    for (const s of pack(lanes)) if (s.members.length > 1) clustered[s.group] += s.members.length;
    if (!clustered[0] && !clustered[1]) return lanes;
    const room = BUDGET - lanes[0] - lanes[1];
    // At the budget, a few events left in a cluster still read better than five lanes' worth.
    // A short story (an article's few dozen events) keeps every lane it was given: what is
    // still clustered is a pile on one day, and each lane opened a label.
    if (room <= 0) return total <= SHORT_STORY || clustered[0] + clustered[1] <= total * 0.25 ? lanes : base;
    if (clustered[0] + clustered[1] > room * PER_LANE) return base;
    // The side with more clustered events grows first.
    const side = clustered[0] >= clustered[1] ? 0 : 1;
    if (lanes[side] >= counts[side]) return base; // cannot happen: a side never clusters with a lane per event
    lanes[side]++;
  }
}
