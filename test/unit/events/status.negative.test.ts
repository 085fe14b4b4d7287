// What must NOT be read as past: a period holding the publication day whose date comes after a
// past verb and dates what the verb is about ("cut its forecast for growth this year").
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

describe('a date after a past verb is not made past by the verb alone', () => {
  it('keeps a forecast’s year projected', () => {
    const text = 'The central bank cut its forecast for growth this year and said exports would slow.';
    const at = text.indexOf('this year');
    const events = buildEvents(text, [{ start: at, end: at + 9, text: 'this year', type: 'DATE', value: '2024' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['projected']);
  });
  it('keeps a fronted date projected when its past verb group holds a plan', () => {
    const text = 'This year the ferry line was set to add two crossings, the operator said.';
    const at = text.indexOf('This year');
    const events = buildEvents(text, [{ start: at, end: at + 9, text: 'This year', type: 'DATE', value: '2024' }], '2024-05-15');
    expect(events.map((e) => e.status)).toEqual(['projected']);
  });
});

describe('a plan that was made, told with a plain past, stays past', () => {
  it('"planned the closures this year" is past', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const text = 'The trust quietly planned the closures this year.';
    const at = text.indexOf('this year');
    expect(buildEvents(text, [{ start: at, end: at + 9, text: 'this year', type: 'DATE', value: '2024' }], '2024-05-15').map((e) => e.status)).toEqual(['past']);
  });
});
