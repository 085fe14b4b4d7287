// The subject before a dash aside is taken only where the words before the opening dash are a
// subject, with no verb of their own, and the statement after the closing dash opens on its verb
// (dashAside.ts, underDashAside). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { underDashAside } from '../../../src/lib/events/dashAside';

describe('no subject from before a dash aside', () => {
  it('words with a verb of their own before the opening dash are a clause', () => {
    const text = 'The board approved the plan – a costly one for the town – was the verdict in May.';
    const at = text.indexOf('was the verdict');
    expect(underDashAside(text, { start: at, end: text.length })).toBeNull();
  });
  it('a statement after the closing dash that opens on its own subject', () => {
    const text = 'The rifles – hidden in crates – the police found them in May.';
    const at = text.indexOf('the police');
    expect(underDashAside(text, { start: at, end: text.length })).toBeNull();
  });
  it('an aside longer than a label drops (label.ts, DASH_ASIDE) leaves the statement as it is', () => {
    const text = 'Five guards from the night shift — including the duty officer Ann Roe, the night nurse Tom Hale, the relief porter Ivo Marek, the visiting inspector Lena Voss and the driver Sam Oyelaran — testified in May.';
    const at = text.indexOf('testified');
    expect(underDashAside(text, { start: at, end: text.length })).toBeNull();
  });
  it('a subject is found where the rule holds', () => {
    const text = 'The rifles – hidden in crates – were found in May.';
    const at = text.indexOf('were found');
    expect(underDashAside(text, { start: at, end: text.length })).toEqual({ start: 0, end: text.length });
  });
});
