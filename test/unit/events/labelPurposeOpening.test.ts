// "To cut costs, the chain closed 40 stores": an infinitive of purpose fronted before the subject
// says why; the label is the main clause (label.ts, withoutOpenings). Sentences written for these
// tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an infinitive of purpose before the subject', () => {
  it('goes before a name', () => {
    expect(labels('To reach younger listeners, Radio Tallis launched a podcast channel on Tuesday.')).toContain('Radio Tallis launched a podcast channel');
  });
  it('goes before a determiner', () => {
    expect(labels('To ease the queues at the border, the ministry hired 300 extra guards in March.')).toContain('The ministry hired 300 extra guards');
  });
  it('goes after a dropped date', () => {
    expect(labels('In April 2019, to win back commuters, the rail firm cut its weekly fares.')).toContain('The rail firm cut its weekly fares');
  });
});
