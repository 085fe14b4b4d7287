// Issue 13: a web address pasted into the copy (a tweet's link, a bracketed site) reads as no words
// in a label, nor does its scheme left where a clause was cut at its colon. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { makeLabel } from '../../../src/lib/events/label';
import { timexOf } from './helpers';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('labels without web addresses', () => {
  it('drops a bracketed address', () => {
    expect(label('The ferry company posted its new timetable (www.example.org/ferries) on Friday.', 'on Friday')).toBe('The ferry company posted its new timetable');
  });
  it.each([
    ['a happening named by its day', 'Please follow the guidance from Exeter City Council about tonight’s planned rally in the cathedral square https://t.co/Ab12Cd34', 'tonight', '2024-08-05'],
    ['a clause with a link at its end', 'Organisers announced Sunday’s fun run along the river https://t.co/Zz9', 'Sunday', '2024-08-04'],
  ])("drops a tweet's link after %s", (_name, text, words, value) => {
    const [event] = buildEvents(text, [timexOf(text, words, value, 'DATE')], '2024-08-05');
    expect(event.label).not.toMatch(/https?|t\.co/);
  });
});
