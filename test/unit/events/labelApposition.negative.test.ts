// What the dropping of a long apposition must not take: a second subject joined by "and", or a
// clause whose verb the aside only seems to reach.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a long apposition is dropped only up to its subject’s verb', () => {
  it('keeps a second person joined by "and" after the first one’s apposition', () => {
    expect(label('Ana Roe, the mayor, and Tom Hale, her deputy, opened the bridge on Monday.', 'Monday')).toContain('Tom Hale');
  });
  it('keeps a list of names that follows the first one’s apposition', () => {
    expect(label('Ida Moss, the coach, Ben Ruiz and Kai Lee signed the letter on Monday.', 'Monday')).toContain('Ben Ruiz');
  });
  it('keeps a comma part that opens on a lower-case word, which may be a verb', () => {
    expect(label('Pia Holm, the new chair, promised reform, then stepped down on Monday.', 'Monday')).toContain('promised reform');
  });

  it('takes no opening phrase for the subject', () => {
    expect(label('In its filing on Friday, the port authority, the city’s largest landlord, said it would raise rents.', 'Friday')).not.toMatch(/^In its filing/);
  });
  it('takes no participle’s aside for the verb', () => {
    expect(label('Hale, an ex-reporter, raised in Leeds, had the idea of a paper for the town in 1971.', '1971')).toBe('Hale had the idea of a paper for the town');
  });

  it('takes no clause with a finite verb for an apposition', () => {
    expect(label('By 2030, town planners say, the port will employ 9,000 people, mostly dockers from nearby villages.', '2030')).toContain('the port will employ 9,000 people');
  });
});
