// What lead-ins must not take: a participle that says more than a saying, a day without a
// description, a happening said to be something.
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';
import { shortenedSubject } from '../../../src/lib/events/longLabel';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('lead-ins stay where they lead somewhere', () => {
  it('keeps a participle with its object', () => {
    expect(label('The club sold its striker on Monday, raising funds for the stadium.', 'on Monday')).toContain('raising funds');
  });
  it('keeps "second" where it is no count of points', () => {
    expect(label('Second-quarter profit rose 8% in 2012.', 'in 2012')).toMatch(/^Second-quarter profit rose/);
  });
  it('keeps what stands before an undescribed day', () => {
    expect(label('The band played a free show for fans on Sunday.', 'Sunday')).toBe('The band played a free show for fans');
  });
  it('keeps the statement that holds no saying', () => {
    expect(label('The board made changes in a statement of accounts on Monday.', 'on Monday')).toBe('The board made changes in a statement of accounts');
  });
});

describe('a happening said to be something is still the happening', () => {
  it('keeps the happening alone when the rest is its description', () => {
    expect(shortenedSubject('The collapse of the tunnel under the river near Hull was the worst accident in the history of the line')).toBe('The collapse of the tunnel under the river near Hull');
  });
});

describe('a channel with more said of it keeps its saying', () => {
  it('does not open on what was said of the channel', () => {
    expect(label('The chief executive said in an email to staff seen by the paper on Monday that offices would reopen.', 'on Monday')).not.toMatch(/^To staff/);
  });
});

describe('words of the clause stay', () => {
  it('keeps "into" that is no date’s', () => {
    expect(label('Police looked into the fire on Monday.', 'on Monday')).toBe('Police looked into the fire');
  });
  it('keeps "this" that opens the clause', () => {
    expect(label('This bridge reopened on Monday.', 'on Monday')).toBe('This bridge reopened');
  });
});

describe('a saying with news after it stays', () => {
  it('keeps what was reported', () => {
    expect(label('The chain reported record sales after the launch on Monday.', 'on Monday')).toBe('The chain reported record sales after the launch');
  });
});

describe('a finite "is heading into" keeps its verb', () => {
  it('drops only the preposition', () => {
    expect(label('The region is heading into the dry season with full reservoirs.', 'the dry season')).toMatch(/^The region is heading/);
  });
});
