// Real input for the render benchmark: what a reader's hands send, through the DevTools
// protocol (Input.dispatchMouseEvent), so the page handles true wheel and mouse events with
// the browser's own hit testing, event dispatch and scheduling. Chrome sends a trackpad pinch
// as a wheel event with ctrlKey, so a ctrl+wheel (modifiers 2) stands for a pinch too.
// One input per frame: after each input the driver waits until the page has drawn a frame,
// then leaves a trace marker (console.timeStamp) that closes that input's window; a pause
// longer than Timeline.svelte's SETTLE_MS ends each gesture, closed by a "settle" marker.
// Knows nothing of what the page draws: it aims at the box mountReal() returned.
import type { CDPSession, Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Marker texts: a window closed by GESTURE holds one input's frame, by SETTLE a pause. */
export const START = 'nl:start';
export const GESTURE = 'nl:gesture';
export const SETTLE = 'nl:settle';

/** Per input, how far a pinch moves: small steps, as a trackpad sends them. */
export const PINCH_DELTA = 8;
const STEPS = 15;
const PAUSE_MS = 350;
const DRAG_STEP = 20;

// In a task after the next frame's rendering (rAF callbacks, style, layout, paint): the marker.
async function mark(page: Page, text: string) {
  await page.evaluate((t) => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => (console.timeStamp(t), done())))), text);
}

/**
 * The gesture, 60 inputs and 4 pauses: pinch in right of the centre, pinch in left of it,
 * drag the view towards later dates, pinch out. Returns the zoom factor the page reports after
 * each gesture (so the driver can check two libraries saw the same zoom).
 */
export async function gesture(page: Page, box: Box): Promise<number[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const y = Math.round(box.y + Math.min(box.h / 2, 120));
  const at = (f: number) => Math.round(box.x + box.w * f);
  const zooms: number[] = [];
  const send = (params: Record<string, unknown>) => cdp.send('Input.dispatchMouseEvent', params as never);
  const settle = async () => {
    await page.waitForTimeout(PAUSE_MS);
    await mark(page, SETTLE);
    zooms.push(await page.evaluate(() => (window as unknown as { zoomFactor: () => number }).zoomFactor()));
  };
  const pinch = async (x: number, deltaY: number) => {
    await send({ type: 'mouseMoved', x, y });
    await mark(page, START);
    for (let i = 0; i < STEPS; i++) {
      await send({ type: 'mouseWheel', x, y, deltaX: 0, deltaY, modifiers: 2 });
      await mark(page, GESTURE);
    }
    await settle();
  };
  await pinch(at(0.6), -PINCH_DELTA);
  await pinch(at(0.4), -PINCH_DELTA);
  const x0 = at(0.6);
  await send({ type: 'mouseMoved', x: x0, y });
  await mark(page, START);
  await send({ type: 'mousePressed', x: x0, y, button: 'left', buttons: 1, clickCount: 1 });
  await mark(page, GESTURE);
  for (let i = 1; i < STEPS; i++) {
    await send({ type: 'mouseMoved', x: x0 - i * DRAG_STEP, y, button: 'left', buttons: 1 });
    await mark(page, GESTURE);
  }
  await settle();
  await send({ type: 'mouseReleased', x: x0 - (STEPS - 1) * DRAG_STEP, y, button: 'left', buttons: 0, clickCount: 1 });
  await pinch(at(0.5), PINCH_DELTA);
  await cdp.detach();
  return zooms;
}
