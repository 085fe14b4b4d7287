// Greedy lane packing along the time axis. A lane holds marks on one line and labels on
// another, so each is tracked apart: a slot fits a lane when its mark starts after the lane's
// last mark and its label after the lane's last label (a label may slide later by up to
// `shift` pixels, joined to its mark by a leader). When no lane has room, the slot joins the
// latest-starting slot among the lanes, which becomes a cluster. O(n * lanes); slots must come
// in time order. Knows nothing of events, dates or orientation: only intervals in pixels.

export class LanePacker {
  readonly markEnd: number[];
  readonly labelEnd: number[];
  /** Label end of the slot before the last, so a cluster's new label can be re-placed. */
  readonly labelBefore: number[];
  /** Index (in the caller's list) of the last slot in each lane, -1 when empty. */
  readonly last: number[];

  constructor(
    lanes: number,
    private readonly gap: number,
    private readonly shift = 0,
  ) {
    this.markEnd = new Array(lanes).fill(-Infinity);
    this.labelEnd = new Array(lanes).fill(-Infinity);
    this.labelBefore = new Array(lanes).fill(-Infinity);
    this.last = new Array(lanes).fill(-1);
  }

  /** Where the label starts in the lane `fit` last found (kept here: no object per call). */
  labelAt = 0;

  /** The first lane with room (its label start in `labelAt`), or -1 when none has room. */
  fit(markLo: number, labelLo: number, lanes = this.markEnd.length): number {
    for (let i = 0; i < lanes; i++) {
      if (this.markEnd[i] + 2 > markLo) continue;
      const at = Math.max(labelLo, this.labelEnd[i] + this.gap);
      if (at - labelLo <= this.shift) {
        this.labelAt = at;
        return i;
      }
    }
    return -1;
  }

  put(lane: number, markHi: number, labelHi: number, index: number): void {
    this.labelBefore[lane] = this.labelEnd[lane];
    this.markEnd[lane] = markHi;
    this.labelEnd[lane] = labelHi;
    this.last[lane] = index;
  }

  /** The lane whose last slot starts latest (`starts` gives a slot's start): the nearest host. */
  latest(starts: (index: number) => number): number {
    let best = -1;
    for (let i = 0; i < this.last.length; i++) {
      if (this.last[i] < 0) continue;
      if (best < 0 || starts(this.last[i]) > starts(this.last[best])) best = i;
    }
    return best;
  }

  /** Where a re-placed label in `lane` may start at the earliest. */
  labelFloor(lane: number): number {
    return this.labelBefore[lane] + this.gap;
  }
}
