// A date written with the object of a verb that looks back at a happening (welcoming, recalling,
// appealing against it) dates the happening: its label is the happening's phrase, not the
// looking back; a happening someone owns keeps its owner.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a happening looked back at is labelled by its own phrase', () => {
  it.each([
    ['Farmers applauded a sweeping decision by the Supreme Court in 2019 on water rights.', '2019', '2019', 'The Supreme Court’s sweeping decision'],
    ['The mayor mourned the collapse of the old bridge in 1987 at a ceremony.', '1987', '1987', 'The collapse of the old bridge'],
    ['Veterans commemorated the invasion in June 1944 with a parade.', 'June 1944', '1944-06', 'The invasion'],
    ['Lawyers for the pair appealed against the verdict in March 2021, saying the jury was misled.', 'March 2021', '2021-03', 'The verdict'],
  ])('%j', (text, words, value, label) => {
    expect(labelsOf(text, words, value)).toEqual([label]);
  });
});

describe('a happening of someone’s keeps whose it was', () => {
  it('names the owner from the clause’s subject', () => {
    const text = 'Prince has sold more albums than any other artist since his death in 2016.';
    expect(labelsOf(text, '2016', '2016')).toEqual(['Prince’s death']);
  });
  it('names the team a "their" stands for in its clause', () => {
    const text = 'The coach left the Rangers after their cup final defeat in May 2015, the club said.';
    expect(labelsOf(text, 'May 2015', '2015-05')).toEqual(['The Rangers’ cup final defeat']);
  });
  it('names the one person the clause names before a "his"', () => {
    const text = 'Farmers lobbied Okafor for more aid after his speech in March 2023 on grain prices.';
    expect(labelsOf(text, 'March 2023', '2023-03')).toEqual(['Okafor’s speech on grain prices']);
  });
  it('names the owner from the sentence before', () => {
    const text = 'The singer Maria Lopez lived in Lagos. Streams of her songs doubled after her arrest in 2015.';
    expect(labelsOf(text, '2015', '2015')).toEqual(['Maria Lopez’s arrest']);
  });
});

describe('the looking back’s own day before the object', () => {
  it('labels the happening of the year, the looking back of the day', () => {
    const text = 'Growers hailed on Tuesday the landmark ruling by the High Court in 2019 on water rights.';
    const events = buildEvents(text, [timexOf(text, 'Tuesday', '2024-05-14'), timexOf(text, '2019', '2019')], '2024-05-15');
    expect(events.map((e) => e.label).sort()).toEqual(['Growers hailed the landmark ruling by the High Court on water rights', 'The High Court’s landmark ruling'].sort());
  });
});
