// What the figure and "fall of" rules must leave: real dates beside numbers, the season.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal';

const values = (text: string, published = '2024-05-15') => tagTimexes(text, published).map((t) => `${t.text}=${t.value}`);

describe('dates and seasons that stay', () => {
  it('keeps a full date written with dots', () => {
    expect(values('The law took effect on 1.3.2024.').map((v) => v.split('=')[0])).toEqual(['1.3.2024']);
  });
  it('keeps the fall of a year', () => {
    expect(values('The plant will reopen in the fall of 2025.')).toEqual(['the fall of 2025=2025-FA']);
  });
  it('keeps "the fall of that year"', () => {
    expect(values('The mill closed in 1998. In the fall of that year the town lost its school.')).toContain('the fall of that year=1998-FA');
  });
  it('keeps a four-digit year after a month-day and a comma', () => {
    expect(values('The talks ended on 12 June, 2023 without a deal.')).toEqual(['12 June, 2023=2023-06-12']);
  });
  it('keeps a date after a figure and a comma', () => {
    expect(values('Sales rose 4.2 percent, on March 3, 2024.')).toEqual(['March 3, 2024=2024-03-03']);
  });
});

describe('a fronted deadline after "yet" reads its clause', () => {
  it('reads "Yet by March, ... was" as the March behind', () => {
    expect(values('Yet by March, the mill was already closed.')).toEqual(['March=2024-03']);
  });
});
