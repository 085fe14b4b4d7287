// The legend: two inline words, "Past" in ink and "Expected" in the accent. Everything else a
// mark can say reads without a key (a band is a span, a crossed-out label did not happen, an
// axis break carries its length in words). Measured with the width table; knows nothing of
// events beyond which kinds are present.
import { textWidth } from './textWidth';
import type { LegendItem } from './types';

const SWATCH = 22;
const SPACING = 18;

export const LEGEND_ROW = 22;
/** A condensed axis's break, said as a reader asks it: what is missing there. */
export const BREAK_LEGEND = 'Axis break: quiet time cut short';

export function legendItems(
  present: { didNotHappen: boolean; range: boolean; axisBreak?: boolean },
  width: number,
  fontSize: number,
  margin: number,
): { items: LegendItem[]; height: number } {
  void present;
  const entries: [LegendItem['key'], string][] = [
    ['past', 'Past'],
    ['projected', 'Expected'],
  ];
  const items: LegendItem[] = [];
  let x = margin;
  let y = 4;
  for (const [key, text] of entries) {
    const w = SWATCH + textWidth(text, fontSize);
    if (x > margin && x + w > width - margin) {
      x = margin;
      y += LEGEND_ROW;
    }
    items.push({ key, text, x, y });
    x += w + SPACING;
  }
  return { items, height: y + LEGEND_ROW + 4 };
}
