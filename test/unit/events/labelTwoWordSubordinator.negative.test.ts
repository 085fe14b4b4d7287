// "even" that opens no subordinate clause stay in the label (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('"even" with no subordinator after it is no fronted clause', () => {
  it('"Even" before a subject', () => {
    expect(label('Even the mayor voted for the levy on Tuesday.', 'on Tuesday')).toBe('Even the mayor voted for the levy');
  });

  it('a fronted clause followed by the saying of a quote is no opening', () => {
    expect(label('“Even though the pier has reopened, the repairs are not done,” said the harbour master on Monday.', 'on Monday')).not.toMatch(/^Said\b/i);
  });
});
