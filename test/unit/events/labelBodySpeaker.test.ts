// "“We expect prices to rise,” the bank said": a quote attributed to a body described by its kind
// is the body's, and its "we" is that body (speaker.ts, describedBody; firstPerson.ts). The channel
// of a saying goes with it ("said in a note to clients", label.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a body described by its kind speaks its "we"', () => {
  it('"the carmaker said"', () => {
    expect(labels('“We will shut the paint shop in August,” the carmaker said.')).toContain('The carmaker will shut the paint shop');
  });
  it('"the ministry told reporters", the verb agreeing', () => {
    expect(labels('“We expect the new border posts to open in 2026,” the ministry told reporters.')).toContain('The ministry expects the new border posts to open');
  });
  it('with a word that describes it and a channel after the saying', () => {
    expect(labels('“We see rates falling in 2025,” the Frankfurt-based bank said in a note to clients on Tuesday.')).toContain('The Frankfurt-based bank sees rates falling');
  });
  it("the body's 'our' becomes its own", () => {
    expect(labels('“We keep our forecast of growth in 2025,” the insurer said.')).toContain('The insurer keeps its forecast of growth');
  });
  it('a comma after a figure still opens the attribution', () => {
    expect(labels('The number of ferries cancelled had risen to 14, port officials said late on Sunday.')).toContain('The number of ferries cancelled had risen to 14');
  });
});
