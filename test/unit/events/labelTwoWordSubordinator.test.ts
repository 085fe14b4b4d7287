// A fronted clause opened by a two-word subordinator ("now that", "even though", "even as",
// "given that") gives way to the main clause, as one opened by "when" or "after" does (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a fronted two-word subordinate clause is left out of the label', () => {
  it('"Now that ..." before the main clause', () => {
    expect(label('Now that she chairs the ethics panel, Senator Okafor said on Monday she will reopen the inquiry.', 'on Monday')).toBe('Senator Okafor said she will reopen the inquiry');
  });

  it('"Even though ..." before the main clause', () => {
    expect(label('Even though ticket sales slumped, the orchestra opened its new hall in March.', 'in March')).toBe('The orchestra opened its new hall');
  });

  it('"Given that ..." before the main clause', () => {
    expect(label('Given that the bridge was closed, the ferry added two sailings on Friday.', 'on Friday')).toBe('The ferry added two sailings');
  });
});
