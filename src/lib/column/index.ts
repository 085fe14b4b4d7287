// The story layout: one readable column of dated entries (see layout.ts).
export { columnLayout, geometryFor, kickerWidth } from './layout';
export { wrapLines } from './wrap';
export { breakWords, timeGap, QUIET_DAYS } from './gaps';
export type * from './types';
