// The layout stage: events + width + options -> positions. See layout.ts.
export { layout, fitWindow } from './layout';
export type { LayoutOptions } from './options';
export type * from './types';
export { dateInWords, statusInWords } from './dateWords';
export { dayNumber, dayString } from './days';
export { textWidth } from './textWidth';
