import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month before goods and a figure's noun ("September coffee exports", "June gold output")
// names the month of the figure, which the tense places as before. Sentences written for these
// tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a contract named by its goods, negative cases', () => {
  it('"September coffee exports fell" in November is the September gone', () => {
    expect(values('September coffee exports fell 10 pct, the institute said.', '1988-11-16')).toEqual(['September|1988-09']);
  });
  it('"June gold output rose" in November is the June gone', () => {
    expect(values('June gold output rose four pct from May.', '1988-11-16')).toEqual(['June|1988-06', 'May|1988-05']);
  });
});
