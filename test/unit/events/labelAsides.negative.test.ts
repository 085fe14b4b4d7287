// What the dropping of long asides must not do: join a clause to the verb of another one.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('long asides are dropped only after a subject', () => {
  it('keeps a clause with its own verb from taking the verb of the next one', () => {
    const text = 'After school, Ama moved to Accra in 2019, where she sold maps and, for the most part, was told to go home.';
    expect(label(text, '2019')).not.toContain('Accra was told');
  });
  it('keeps a doing that is the subject of its own verb, which sets no scene', () => {
    expect(label('Pressing the button will let riders call a driver from Friday, minus paying by card.', 'Friday')).not.toMatch(/^Minus/);
  });
  it('keeps a short label’s aside, which costs no room', () => {
    expect(label('The mill, idle for years, was sold on Monday.', 'Monday')).toBe('The mill, idle for years, was sold');
  });
});

describe('who a name is, said beside it, leaves the label; other asides stay', () => {
  it('drops "now a senator for the coast" between a name and its verb', () => {
    expect(label('Okafor, now a senator for the coast, built the harbour road in 1994.', '1994')).toBe('Okafor built the harbour road');
  });
  it('drops an age between commas', () => {
    expect(label('Lindqvist, 34, won the sprint on Saturday.', 'Saturday')).toBe('Lindqvist won the sprint');
  });
  it('keeps a place named before a list that is no apposition', () => {
    expect(label('Oslo, Bergen and Tromsø raised fares on Monday.', 'Monday')).toBe('Oslo, Bergen and Tromsø raised fares');
  });
});

describe('an age or a description between commas that is no apposition before a verb', () => {
  it('keeps the ages of a list of names', () => {
    expect(label('Anna Roe, 19, and Ben Roe, 23, were released from hospital on Saturday.', 'Saturday')).toBe('Anna Roe, 19, and Ben Roe, 23, were released from hospital');
  });
  it('keeps a description whose own list has commas', () => {
    expect(label('The Arctic Run, the long sled, ski and snowshoe race, was cancelled on Friday.', 'Friday')).not.toContain('Run ski');
  });
  it('keeps the name’s description before a relative clause', () => {
    expect(label('Mr. Okoro, 86, who left office in 2001, entered hospital on Friday.', 'Friday')).not.toContain('Okoro who');
  });
});
