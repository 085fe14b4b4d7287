import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the named happening's year must not take (narrativeYear.ts). Published Thursday 2025-10-16.
const PUB = '2025-10-16';
const FILLER =
  ' The inquiry sat for six hours. Lawyers for the families asked about the warnings issued to residents, the state of the river gauges and the staffing of the control room. The chair adjourned until the next sitting, when the regional engineer is to give evidence about the maintenance records and the reports that were filed.';

describe('tagTimexes: a named happening keeps to its own month', () => {
  it('a bare month later in the story is the story\'s own: "the March 2019 floods" ... "in March, the council approved" stays 2025', () => {
    const text = `The inquiry into the March 2019 floods opened on Monday.${FILLER} In March, the council approved new defences.`;
    expect(tagged(text, PUB, 'March')!.value).toBe('2025-03');
  });

  it('a day of another month is not moved: "the March 2019 floods" ... "on April 2, the council voted" stays 2025', () => {
    const text = `The inquiry into the March 2019 floods opened on Monday.${FILLER} On April 2, the council voted to rebuild the levee.`;
    expect(tagged(text, PUB, 'April 2')!.value).toBe('2025-04-02');
  });

  it('a month and year naming no happening sets nothing: "the March 2019 report" ... "on March 14, the levee gave way" stays 2025', () => {
    const text = `The inquiry read the March 2019 report on Monday.${FILLER} Witnesses said that on March 14, the levee gave way.`;
    expect(tagged(text, PUB, 'March 14')!.value).toBe('2025-03-14');
  });

  it('a day ahead of the story is not moved: "the March 2019 floods" ... "will report on March 14" stays ahead', () => {
    const text = `The inquiry into the March 2019 floods opened on Monday.${FILLER} The panel will report on March 14.`;
    expect(tagged(text, PUB, 'March 14')!.value).toBe('2026-03-14');
  });
});
