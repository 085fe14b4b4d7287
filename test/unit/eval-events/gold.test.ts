import { describe, expect, it } from 'vitest';
import { goldProblems, readGoldDir } from '../../../scripts/eval-events/gold';
import { labelFaults } from '../../../scripts/eval-events/labels';
import { article } from './helpers';

describe('the events gold', () => {
  it('reads every committed article without an inconsistent offset', () => {
    const articles = readGoldDir('test/fixtures/events-gold');
    expect(articles.length).toBeGreaterThanOrEqual(25);
    expect(new Set(articles.map((a) => a.source.outlet)).size).toBeGreaterThanOrEqual(10);
  });

  it('reads the late folder, annotated apart from the events work, without an inconsistent offset', () => {
    const late = readGoldDir('test/fixtures/events-gold/late');
    expect(late.length).toBeGreaterThanOrEqual(15);
    const early = new Set(readGoldDir('test/fixtures/events-gold').map((a) => a.id));
    expect(late.filter((a) => early.has(a.id))).toEqual([]);
  });

  it('reads the fresh folder, annotated before the events stage ran on it, apart from the other two', () => {
    const fresh = readGoldDir('test/fixtures/events-gold/fresh');
    expect(fresh.length).toBeGreaterThanOrEqual(12);
    const earlier = new Set([...readGoldDir('test/fixtures/events-gold'), ...readGoldDir('test/fixtures/events-gold/late')].map((a) => a.id));
    expect(fresh.filter((a) => earlier.has(a.id))).toEqual([]);
  });

  it('reads the fourth folder, annotated before the events stage ran on it, apart from the other three', () => {
    const fourth = readGoldDir('test/fixtures/events-gold/fourth');
    expect(fourth.length).toBeGreaterThanOrEqual(12);
    const earlier = new Set(['', '/late', '/fresh'].flatMap((d) => readGoldDir(`test/fixtures/events-gold${d}`)).map((a) => a.id));
    expect(fourth.filter((a) => earlier.has(a.id))).toEqual([]);
  });

  it('reads the fifth folder, a check kept out of every rule change, apart from the other four', () => {
    const fifth = readGoldDir('test/fixtures/events-gold/fifth');
    expect(fifth.length).toBeGreaterThanOrEqual(7);
    const earlier = new Set(['', '/late', '/fresh', '/fourth'].flatMap((d) => readGoldDir(`test/fixtures/events-gold${d}`)).map((a) => a.id));
    expect(fifth.filter((a) => earlier.has(a.id))).toEqual([]);
    for (const a of fifth) expect(goldProblems(a)).toEqual([]);
  });

  it('has gold labels that every label check finds whole', () => {
    const faulty = ['', '/late', '/fresh', '/fourth', '/fifth'].flatMap((d) => readGoldDir(`test/fixtures/events-gold${d}`)).flatMap((a) =>
      a.events.map((e) => ({ label: e.label, faults: labelFaults(e.label, { text: a.text, gold: e.label }) })).filter((x) => x.faults.length),
    );
    expect(faulty).toEqual([]);
  });

  it('reports a not-event whose span does not hold its words', () => {
    const a = article();
    a.notEvents[0].span.start += 1;
    expect(goldProblems(a)).toEqual(['notEvent 0: span does not hold "PUBLISHED: 3 March 2021"']);
  });

  it('reports a trigger that is not in its sentence', () => {
    const a = article();
    a.events[2].trigger = 'quit';
    expect(goldProblems(a)).toEqual(['event 2 (The mayor resigns): trigger "quit" not in its sentence']);
  });
});
