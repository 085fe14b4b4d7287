import { describe, expect, it } from 'vitest';
import { slider } from '../../src/lib/timeline/slide';

// A drawing as TimelineSvg gives it with `slide`: positions along the axis, a stretching
// band, and a group that clips what slides.
function drawing() {
  const host = document.createElement('div');
  host.innerHTML = `<svg><g data-slide-clip="url(#clip)">
    <g id="point" data-along="100"></g>
    <g id="band" data-along="200"><rect id="shape" data-along="200" data-stretch=""></rect></g>
  </g><g id="legend"></g></svg>`;
  const $ = (id: string) => host.querySelector<SVGElement>(`#${id}`)!;
  return { host, $ };
}

describe('slider', () => {
  it('moves each element from p to a·p + b along x, and stretches a band by a around its position', () => {
    const { host, $ } = drawing();
    slider(host).to({ a: 2, b: -50 }, 'horizontal');
    expect($('point').style.getPropertyValue('translate')).toBe('50px 0'); // 2·100 − 50 − 100
    expect($('band').style.getPropertyValue('translate')).toBe('150px 0');
    expect($('shape').style.getPropertyValue('transform')).toBe('matrix(2,0,0,1,-200,0)');
    expect($('legend').getAttribute('style')).toBeNull();
  });

  it('moves along y on a vertical timeline', () => {
    const { host, $ } = drawing();
    slider(host).to({ a: 1, b: 30 }, 'vertical');
    expect($('point').style.getPropertyValue('translate')).toBe('0 30px');
    expect($('shape').style.getPropertyValue('transform')).toBe('matrix(1,0,0,1,0,0)');
  });

  it('clips the marked groups while sliding and puts everything back on reset', () => {
    const { host, $ } = drawing();
    const s = slider(host);
    s.to({ a: 1.5, b: 0 }, 'horizontal');
    expect(host.querySelector('[data-slide-clip]')!.getAttribute('clip-path')).toBe('url(#clip)');
    s.reset();
    expect(host.querySelector('[data-slide-clip]')!.hasAttribute('clip-path')).toBe(false);
    expect($('point').style.getPropertyValue('translate')).toBe('');
    expect($('shape').style.getPropertyValue('transform')).toBe('');
  });

  it('finds the elements again after a reset, when a new layout has drawn new ones', () => {
    const { host } = drawing();
    const s = slider(host);
    s.to({ a: 1, b: 10 }, 'horizontal');
    s.reset();
    host.querySelector('svg')!.insertAdjacentHTML('beforeend', '<g id="late" data-along="0"></g>');
    s.to({ a: 1, b: 10 }, 'horizontal');
    expect(host.querySelector<SVGElement>('#late')!.style.getPropertyValue('translate')).toBe('10px 0');
  });
});
