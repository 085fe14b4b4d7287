// A zoom or pan gesture, drawn without laying out. TimelineSvg, drawn with `slide`, gives
// everything it placed along the time axis that position (data-along); mid-gesture each such
// element moves to a·p + b, the place the same day has in the gesture's window (zoomWindow.ts,
// shiftBetween), and bands and cluster spans (data-stretch) also stretch by a around their
// mark's position, so a band keeps its true span while zooming; groups marked data-slide-clip
// clip what slides to the plot meanwhile. A gesture frame is then one style write per
// element: no layout(), no Svelte update, no text or attribute rewritten.
// Why not two custom properties on the host that every element's translate reads through
// calc(): a custom property is inherited, so each write restyles every node of the drawing,
// text included (measured 2-3x the cost of writing the ~150 elements that move).
// Knows the host element and the shift, nothing of events or layout.
import type { Orientation } from '../layout/types';
import type { AxisShift } from './zoomWindow';

interface Slid {
  el: SVGElement;
  p: number;
  stretch: boolean;
}

export interface Slider {
  /** Moves the drawing inside the host by `shift` along its time axis. */
  to(shift: AxisShift, orientation: Orientation): void;
  /** Puts every element back where layout() drew it, and forgets them (a new layout follows). */
  reset(): void;
}

export function slider(host: HTMLElement): Slider {
  let items: Slid[] | null = null;
  // Groups that clip what slides inside them to the plot (data-slide-clip names the clip).
  let clipped: Element[] = [];
  const collect = (): Slid[] => {
    clipped = Array.from(host.querySelectorAll('[data-slide-clip]'));
    for (const g of clipped) g.setAttribute('clip-path', g.getAttribute('data-slide-clip')!);
    return Array.from(host.querySelectorAll<SVGElement>('[data-along]'), (el) => ({
      el,
      p: Number(el.getAttribute('data-along')),
      stretch: el.hasAttribute('data-stretch'),
    }));
  };
  return {
    to({ a, b }, orientation) {
      items ??= collect();
      const px = (n: number) => `${Math.round(n * 10) / 10}px`;
      const horizontal = orientation === 'horizontal';
      for (const { el, p, stretch } of items) {
        if (stretch) {
          // Inside its mark, which already moved by the centre's shift: scale around the centre.
          const c = Math.round(p * (1 - a) * 10) / 10;
          el.style.transform = horizontal ? `matrix(${a},0,0,1,${c},0)` : `matrix(1,0,0,${a},0,${c})`;
        } else {
          const d = px((a - 1) * p + b);
          el.style.translate = horizontal ? `${d} 0` : `0 ${d}`;
        }
      }
    },
    reset() {
      for (const { el, stretch } of items ?? []) {
        if (stretch) el.style.removeProperty('transform');
        else el.style.removeProperty('translate');
      }
      for (const g of clipped) g.removeAttribute('clip-path');
      items = null;
      clipped = [];
    },
  };
}
