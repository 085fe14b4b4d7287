import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the readings of page-dates.test.ts must NOT take over. Sentences are written for these tests.
const WEDNESDAY = '2031-04-16'; // a Wednesday

const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: what the page-date readings leave alone', () => {
  it("'comes as' before a clause is still a backdrop ('The cut comes as output fell in March')", () => {
    expect(tagged('The cut comes as output fell in March.', '2031-05-02', 'March')?.value).toBe('2031-03');
  });

  it("'believed to have' looks back ('a climber believed to have fallen in March')", () => {
    expect(tagged('Rescuers found a climber believed to have fallen in March.', '2031-02-10', 'March')?.value).toBe('2030-03');
  });

  it("'was seen leaving' is a sighting, in the past", () => {
    expect(tagged('The suspect was seen leaving the station on Friday.', WEDNESDAY, 'Friday')?.value).toBe('2031-04-11');
  });

  it("a caption's 'seen' with a verb in -ing is a photograph ('The tanker, seen listing off the coast in May')", () => {
    expect(tagged('The tanker, seen listing off the coast in May, was later towed to port.', '2031-10-01', 'May')?.value).toBe('2031-05');
  });

  it("a possessive weekday after a perfect is the object's day ('the appeals that have followed Monday's flood')", () => {
    expect(tagged("The appeals that have followed Monday's flood raised millions.", '2031-04-19', 'Monday')?.value).toBe('2031-04-14');
  });

  it("a capitalised short past is a title's word ('The Night the Music Died is part of a season broadcast in June')", () => {
    expect(tagged('The Night the Music Died is part of a season of films broadcast in June.', '2031-05-20', 'June')?.value).toBe('2031-06');
  });

  it("'this past March' and 'last March' still name the March gone", () => {
    expect(tagged('Sales slumped this past March.', '2031-10-01', 'this past March')?.value).toBe('2031-03');
    expect(tagged('Sales slumped last March.', '2031-02-01', 'last March')?.value).toBe('2030-03');
  });

  it("a past clock time keeps the past day the story tells ('The blaze began on Sunday. Crews arrived at 9 p.m.')", () => {
    expect(valueOf('The blaze began on Sunday. Crews arrived at 9 p.m.', WEDNESDAY, '9 p.m.')).toBe('2031-04-13T21:00');
  });

  it("a deadline's clock time in a told night keeps its day ('By 11:15 p.m., detectives were at the scene')", () => {
    const text = 'The alarm was raised at 10 p.m. on March 3. By 11:15 p.m., detectives were at the scene.';
    expect(valueOf(text, WEDNESDAY, '11:15 p.m.')).toBe('2031-03-03T23:15');
  });

  it('a perfect with words between it and the weekday still reads back ("have risen sharply since Monday")', () => {
    expect(tagged('Yields have risen sharply since Monday.', WEDNESDAY, 'Monday')?.value).toBe('2031-04-14');
  });

  it("a time with no dash before it still joins the day after it ('Filed March 3. Talks resume at 9 a.m. on March 5')", () => {
    expect(valueOf('Filed March 3. Talks resume at 9 a.m. on March 5.', '2031-03-03', '9 a.m. on March 5')).toBe('2031-03-05T09:00');
  });

  it("a meeting's or a news conference's hour is a time of the story ('told a 4 p.m. news conference')", () => {
    expect(valueOf('The mayor told a 4 p.m. news conference the roads were clear.', WEDNESDAY, '4 p.m.')).toBe('2031-04-16T16:00');
    expect(valueOf('The 11 a.m. meeting was cancelled.', WEDNESDAY, '11 a.m.')).toBe('2031-04-16T11:00');
  });

  it("a day more than a week after the stamp, told in the past, is last year's ('On May 25, the agency replied' under May 6)", () => {
    expect(tagged('On May 25, the agency replied to the complaint.', '2031-05-06', 'May 25')?.value).toBe('2030-05-25');
  });

  it("'forecasts' as a noun after a name still looks ahead ('the Met Office forecasts and warnings through Thursday night')", () => {
    expect(tagged('The Met Office forecasts and warnings through Thursday night read like a list of woes.', WEDNESDAY, 'Thursday night')?.value).toBe('2031-04-17TNI');
  });

  it("a fronted 'In March,' before a plan still looks ahead ('In March, the new terminal will open')", () => {
    expect(tagged('In March, the new terminal will open to passengers.', '2031-02-10', 'March')?.value).toBe('2031-03');
  });
});
