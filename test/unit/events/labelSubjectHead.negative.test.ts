// What cutting a long subject to its head must not do: lose the words that make the head mean
// something, cut inside a name, or take a verb of a clause inside the subject for the subject's.
import { describe, expect, it } from 'vitest';
import { shortenedSubject } from '../../../src/lib/events/longLabel';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a long subject keeps what its head needs', () => {
  it('keeps an "of" phrase, without which the head says nothing', () => {
    expect(label('The condition of the damaged dam above the town of Brenner is still unknown and is the reason that the evacuation order stands, engineers said on Monday.', 'on Monday')).not.toMatch(/^The condition is/);
  });
  it('does not leave a quantity alone as the head', () => {
    expect(shortenedSubject('Nine of the twelve regional offices of the tax agency in the north were closed for two weeks after the flooding of the river')).not.toMatch(/^Nine (?:were|of the twelve regional offices were)/);
  });
  it('does not cut inside a name written with "of"', () => {
    expect(shortenedSubject('Minister of Health Amara Diallo and the heads of three regional hospitals in the south met to agree new rules on visits and staffing')).not.toMatch(/^Minister met/);
  });
  it('keeps a short label whole', () => {
    expect(shortenedSubject('The mayor of the town of Lenz resigned')).toBe('The mayor of the town of Lenz resigned');
  });
});

describe('the subject’s verb is the first finite verb', () => {
  it('leaves a label whose first verb follows its subject closely', () => {
    const s = 'Nadia Okafor was announcing plans for the regional council to review whether new pumps were needed to keep the tunnels dry';
    expect(shortenedSubject(s)).toBe(s);
  });
  it('leaves two sentences run together as they are', () => {
    const s = 'Aerial pictures of the flooded valley 2207 The Daily Ledger says the flood will ruin the region’s farms for a decade';
    expect(shortenedSubject(s)).toBe(s);
  });
});

describe('dropped dates leave the words a verb needs', () => {
  it('keeps a verb’s own "into" before a date', () => {
    expect(label('Crews hope to get into Friday without another outage.', 'Friday')).toContain('get into');
  });
});
