// Which way a timeline of a given width runs: the rule the interactive view uses (vertical,
// time running down, below 600 px), so an export or an embed at a width looks like the app at
// that width. Pure.
import type { Orientation } from '../layout/types';

export const VERTICAL_BELOW = 600;

export const orientationFor = (width: number): Orientation => (width < VERTICAL_BELOW ? 'vertical' : 'horizontal');
