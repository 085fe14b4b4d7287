// "in the early hours of Wednesday": the tagger takes the day, and the words that name which part
// of it go with it when the label drops the date (label.ts, withoutSpans). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('the hours of a dropped day', () => {
  it('go with the day between the commas of an aside after "that"', () => {
    expect(labels('The minister claimed that, in the early hours of Thursday, rebel drones struck two fuel depots.')).toContain('Rebel drones struck two fuel depots');
  });
  it('go with the day at the end of the clause', () => {
    expect(labels('Thieves cut through the fence of the bus garage in the small hours of Monday.')).toContain('Thieves cut through the fence of the bus garage');
  });
  it('an early or late part of the day goes with it too', () => {
    expect(labels('Officers said that, in the late evening of May 9, two masked men robbed the kiosk.')).toContain('Two masked men robbed the kiosk');
  });
  it('go with the day after a verb of going on', () => {
    expect(labels('The budget talks dragged on into the early hours of Wednesday.')).toContain('The budget talks dragged on');
  });
});
