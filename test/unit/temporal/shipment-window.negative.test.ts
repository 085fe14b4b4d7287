import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Shipments counted in months already gone are figures, not a deal's window. Sentences written
// for these tests; published Monday 6 June 1988.
const values = (text: string) => tagTimexes(text, '1988-06-06').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the months of a forward shipment, negative cases', () => {
  it('"shipments in March and April fell" are the months gone', () => {
    expect(values('Rice shipments in March and April fell sharply, the ministry said.')).toEqual(['March|1988-03', 'April|1988-04']);
  });
});
