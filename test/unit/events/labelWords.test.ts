// Labels that read without the article: the person a pronoun stands for, the article agreeing
// with the word after a dropped date, a dated possessive turned into "the".
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labels = (text: string, timexes: [string, string, ('DATE' | 'TIME')?][]) =>
  buildEvents(text, timexes.map(([w, v, type]) => timexOf(text, w, v, type ?? 'DATE')), '2024-05-15').map((e) => e.label);

describe('labels that stand alone', () => {
  it('names the person a leading "she" stands for, from the sentence before, without her title', () => {
    const text = 'Sen. Ada Brooks spoke for an hour. She left the chamber on Tuesday.';
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['Ada Brooks left the chamber']);
  });
  it('leaves "he" alone when the sentence before names no one', () => {
    const text = 'The hall was full. He left the chamber on Tuesday.';
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['He left the chamber']);
  });
  it('turns a dated possessive into "the"', () => {
    const text = "Tuesday's vote split the council.";
    expect(labels(text, [['Tuesday', '2024-05-14']])).toEqual(['The vote split the council']);
  });
  it('makes the article agree once a time before the noun is dropped', () => {
    const text = 'The firm gave an 8 a.m. briefing to investors.';
    expect(labels(text, [['8 a.m.', '2024-05-15T08:00', 'TIME']])).toEqual(['The firm gave a briefing to investors']);
  });
  it('keeps "That’s" whole when it opens the clause', () => {
    const text = 'That’s changed on Monday, traders said.';
    expect(labels(text, [['Monday', '2024-05-13']])).toEqual(['That’s changed']);
  });
});

describe('labels without date words', () => {
  it('leaves out every date of the clause, not only the event’s own', () => {
    const text = 'The studio announced on Monday a premiere to be held on June 2.';
    expect(labels(text, [['Monday', '2024-05-13'], ['June 2', '2024-06-02']])).toEqual(['The studio announced a premiere to be held', 'The studio announced a premiere to be held']);
  });
  it('keeps the other date where it tells two elliptical events apart, so the labels differ', () => {
    const text = 'Traders expect two rate cuts, the first in July and the second in October.';
    const both = labels(text, [['July', '2024-07'], ['October', '2024-10']]);
    expect(both).toHaveLength(2);
    expect(both[0]).not.toBe(both[1]);
  });

  it('writes a dated possessive standing for a noun named before it as "the one"', () => {
    const text = 'The port rejected the rumours, such as Friday’s about a closure, as baseless.';
    expect(labels(text, [['Friday', '2024-05-10']])).toEqual(['The port rejected the rumours, such as the one about a closure']);
  });
  it('writes a dated possessive before its noun as "the"', () => {
    const text = 'The mayor spoke at Friday’s meeting of the port board.';
    expect(labels(text, [['Friday', '2024-05-10']])).toEqual(['The mayor spoke at the meeting of the port board']);
  });
});

describe('labels cut to a glance keep a verb', () => {
  it('does not stop after an appositive that has no verb', () => {
    const text = 'The Harlow Paper Company, the largest employer in the valley by a wide margin, closed its second mill on Monday.';
    const [label] = labels(text, [['Monday', '2024-05-13']]);
    expect(label).not.toBe('The Harlow Paper Company, the largest employer in the valley by a wide margin');
    expect(label.endsWith('…') || /closed/.test(label)).toBe(true);
  });
  it('drops the subordinator of a clause cut off its main clause', () => {
    const text = 'Bond prices recovered on Tuesday, as dealers were betting on a longer purchase program through next June.';
    expect(labels(text, [['Tuesday', '2024-05-14'], ['next June', '2025-06']])).toContain('Dealers were betting on a longer purchase program');
  });
});

describe('labels that name their actor', () => {
  it('replaces "It" by the subject of the sentence before', () => {
    const text = 'In its spring report, the OECD lowered its forecast for Italy. It expects exports to stall in June.';
    expect(labels(text, [['June', '2024-06']])).toEqual(['The OECD expects exports to stall']);
  });
  it('replaces "He" by the one proper name of the sentence before when no person is tagged', () => {
    const text = 'The leave is the second in five years for Okonkwo, the airline’s founder. He sold his first company in 2004.';
    expect(labels(text, [['2004', '2004']])).toEqual(['Okonkwo sold his first company']);
  });
  it('drops an "it" that stands for nothing with its frame', () => {
    const text = 'It is expected that the new bridge will open to traffic in July.';
    expect(labels(text, [['July', '2024-07']])).toEqual(['The new bridge will open to traffic']);
  });
  it('drops an appositive between the subject and its verb', () => {
    const text = 'The Harlow Paper Company, the largest employer in the valley, closed its mill on Monday.';
    expect(labels(text, [['Monday', '2024-05-13']])).toEqual(['The Harlow Paper Company closed its mill']);
  });
});

describe('labels with asides', () => {
  it('drops a bracketed attribution without losing the verb after it', () => {
    const text = 'For last month, the share of cyclists (according to the city’s own traffic counters) rose to 4%.';
    expect(labels(text, [['last month', '2024-04']])).toEqual(['The share of cyclists rose to 4%']);
  });
  it('never ends a cut label on "along"', () => {
    const text = 'The central bank is set to publish its latest inflation forecast along with a rate decision on May 29.';
    const [label] = labels(text, [['May 29', '2024-05-29']]);
    expect(label).not.toMatch(/\balong$/);
  });
});

describe('one moment, one event', () => {
  it('gives a clock time and its day in one clause one event, labelled without either', () => {
    const text = 'The firm gave an 8 a.m. presentation to bondholders on Thursday.';
    const events = buildEvents(text, [timexOf(text, '8 a.m.', '2024-05-09T08:00', 'TIME'), timexOf(text, 'Thursday', '2024-05-09')], '2024-05-15');
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['8 a.m.', 'The firm gave a presentation to bondholders']]);
  });
});

describe('the first count of a range of years ago', () => {
  it('leaves no orphan count in the label ("two or three weeks ago")', () => {
    const text = 'The ferry last ran two or three weeks ago.';
    const two = text.indexOf('two');
    const three = text.indexOf('three weeks ago');
    const labels = buildEvents(text, [{ start: two, end: two + 3, text: 'two', type: 'DURATION', value: 'P2W' }, { start: three, end: three + 15, text: 'three weeks ago', type: 'DATE', value: '2024-04-24' }], '2024-05-15').map((e) => e.label);
    expect(labels).toEqual(['The ferry last ran']);
  });
});
