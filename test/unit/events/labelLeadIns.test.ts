// Words that lead into something a label leaves out go with it: a saying's participle before a cut
// quote, the channel of a statement, a writer's count of points, a day's description, "circa".
import { describe, expect, it } from 'vitest';
import { makeLabel } from '../../../src/lib/events/label';
import { shortenedSubject } from '../../../src/lib/events/longLabel';

function label(text: string, date: string): string {
  const at = text.indexOf(date);
  return makeLabel(text, { start: 0, end: text.length }, [{ start: at, end: at + date.length }]);
}

describe('a lead-in with nothing after it goes', () => {
  it('drops a saying participle whose quote was cut', () => {
    expect(label('On Friday the coach stormed out of the press room, saying: "We were robbed by the referee and everyone here saw it happen."', 'On Friday')).toBe('The coach stormed out of the press room');
  });
  it('drops the statement a saying was made in, with the saying', () => {
    expect(label('The airline said in a statement on Monday the route would close in the spring.', 'on Monday')).toBe('The route would close in the spring');
  });
  it('keeps the speaker where a pronoun opens what was said', () => {
    expect(label('The ferry operator said in a press release on Monday it would add two sailings.', 'on Monday')).toBe('The ferry operator said in a press release it would add two sailings');
  });
  it('drops a writer’s count of points', () => {
    expect(label('Third, the tax on fuel was cut in 2012 by half.', 'in 2012')).toBe('The tax on fuel was cut by half');
  });
});

describe('words that describe a date go with it', () => {
  it('drops the description of a day', () => {
    expect(label('The champion won her third title on a freezing Sunday in Oslo.', 'Sunday')).toBe('The champion won her third title in Oslo');
  });
  it('drops "circa" before a year', () => {
    expect(label('A novel about dock workers in Leith circa 1920 will be filmed.', '1920')).toBe('A novel about dock workers in Leith will be filmed');
  });
});

describe('a happening that does something keeps its verb', () => {
  it('keeps "is expected to" after a long happening', () => {
    expect(shortenedSubject('The surge of water from the broken dam is expected to flood the lower town within hours of the break')).toMatch(/is expected to flood/);
  });
});

describe('a channel and whom it was sent to go with the saying', () => {
  it('drops "wrote in a letter to X that"', () => {
    expect(label('The governor wrote in a letter to the minister on Tuesday that the dam was unsafe.', 'on Tuesday')).toBe('The dam was unsafe');
  });
});

describe('the words a tagger leaves beside a date go with it', () => {
  it('drops "into" before a year', () => {
    expect(label('The strike could drag the dispute into 2027.', '2027')).toBe('The strike could drag the dispute');
  });
  it('drops "to at least" before a day', () => {
    expect(label('The vote was put back to at least June 3.', 'June 3')).toBe('The vote was put back');
  });
  it('drops a determiner left before the date', () => {
    expect(label('Rents will rise faster this coming year.', 'coming year')).toBe('Rents will rise faster');
  });
});

describe('a label cut before its subject is borrowed is cut again after', () => {
  it('keeps the whole phrase once the subject is in front', async () => {
    const { buildEvents } = await import('../../../src/lib/events');
    const { timexOf } = await import('./helpers');
    const text = 'Okafor joined the rescue service in 2004 and was a member of a four-man mountain team in 2011 to find two climbers lost on the north face of the peak.';
    const labels = buildEvents(text, [timexOf(text, '2004', '2004'), timexOf(text, '2011', '2011')], '2024-05-15').map((e) => e.label);
    expect(labels).toContain('Okafor was a member of a four-man mountain team');
  });
});

describe('where or when it was said goes with the saying', () => {
  it('drops "he said after the meeting"', () => {
    expect(label('The board will meet again in June, he said after the hearing on Monday.', 'on Monday')).toBe('The board will meet again in June');
  });
});

describe('a wire’s ASCII quote marks', () => {
  it('go as curly ones do, with the attribution after them', () => {
    expect(label("``The ferry will sail again in May,'' the operator said on Tuesday.", 'on Tuesday')).toBe('The ferry will sail again in May');
  });
});

describe('"going into" a date is the date’s', () => {
  it('drops the participle with its "into"', () => {
    expect(label('The Saints were top of the table going into the winter break.', 'the winter break')).toBe('The Saints were top of the table');
  });
});
