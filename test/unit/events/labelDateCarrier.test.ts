// A day made the subject only to carry the happening ("Friday saw ...", "Monday marked a day
// when ...") gives the label to the happening itself (label.ts).
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a day that "saw" or "marked" a happening leaves the label to the happening', () => {
  it('"<day> saw X do Y" is X doing Y', () => {
    expect(label('Tuesday saw striking dockers block the harbour gates.', 'Tuesday')).toBe('Striking dockers block the harbour gates');
  });

  it('"<day> saw" before a noun of happening keeps that noun', () => {
    expect(label('Last month saw a sharp rise in flu admissions.', 'Last month')).toBe('A sharp rise in flu admissions');
  });

  it('"<day> marked a X in which ..." is the clause after "in which"', () => {
    expect(label('Thursday marked the first session in which the assembly debated the levy.', 'Thursday')).toBe('The assembly debated the levy');
  });

  it('"<day> marked a X, when ..." is the clause after "when"', () => {
    expect(label('Sunday marked a turning point, when the rebels took the airport.', 'Sunday')).toBe('The rebels took the airport');
  });
});
