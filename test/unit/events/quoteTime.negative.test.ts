// What must NOT move: day words outside a quote, quotes with no dated attribution, and quotes
// said long before the story (a memory, not today's words).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const startOf = (text: string, timexes: ReturnType<typeof timexOf>[], words: string) =>
  buildEvents(text, timexes, PUBLISHED).find((e) => e.when.text === words)?.when.start;

describe('a day word that keeps the publication as its anchor', () => {
  it('outside a quote, even beside a dated sentence', () => {
    const text = 'The minister resigned yesterday, two days after the vote on Sunday.';
    expect(startOf(text, [timexOf(text, 'yesterday', '2024-05-14'), timexOf(text, 'Sunday', '2024-05-12')], 'yesterday')).toBe('2024-05-14');
  });
  it('in a quote whose attribution gives no day', () => {
    const text = '“We signed the contract yesterday,” the director said.';
    expect(startOf(text, [timexOf(text, 'yesterday', '2024-05-14')], 'yesterday')).toBe('2024-05-14');
  });
  it('in a quote dated months before the story', () => {
    const text = '“We opened the mine yesterday,” the founder said on January 9.';
    expect(startOf(text, [timexOf(text, 'yesterday', '2024-05-14'), timexOf(text, 'January 9', '2024-01-09')], 'yesterday')).toBe('2024-05-14');
  });
  it('in a quote whose attribution gives a month, not a day', () => {
    const text = 'The coach told a radio show last month: “Yesterday we lost our best player.”';
    expect(startOf(text, [timexOf(text, 'last month', '2024-04'), timexOf(text, 'Yesterday', '2024-05-14')], 'Yesterday')).toBe('2024-05-14');
  });
});

describe('a story stamped just after midnight keeps its own day where the lead does not name the day before', () => {
  const text = 'Amara Diallo won the county cycling title, beating the defending champion by four seconds.\n\n“I will remember today for a long time,” she said.';
  it('leaves a quoted "today" on the publication day when the lead names no day', () => {
    const events = buildEvents(text, [timexOf(text, 'today', '2024-05-12')], '2024-05-12T00:40:00');
    expect(events.find((e) => e.when.text === 'today')?.when.start).toBe('2024-05-12');
  });
  it('leaves a quoted "today" on the publication day when the lead dates its news to the day of writing', () => {
    const dated = 'Amara Diallo won the county cycling title this morning.\n\n“I will remember today for a long time,” she said.';
    const events = buildEvents(dated, [timexOf(dated, 'this morning', '2024-05-12TMO'), timexOf(dated, 'today', '2024-05-12')], '2024-05-12T15:15:00');
    expect(events.find((e) => e.when.text === 'today')?.when.start).toBe('2024-05-12');
  });
  it('leaves a quoted "yesterday" where the lead opens on a happening six days back', () => {
    const feature = 'Two volunteers flew out after Tuesday\'s landslide in the valley.\n\nOne of them said, “We reached a farmhouse yesterday and found the family safe.”';
    const events = buildEvents(feature, [timexOf(feature, 'Tuesday', '2024-05-14'), timexOf(feature, 'yesterday', '2024-05-19')], '2024-05-20T10:00:00');
    expect(events.find((e) => e.when.text === 'yesterday')?.when.start).toBe('2024-05-19');
  });
  it('leaves a quoted "today" on the publication day when the lead\'s day is weeks back', () => {
    const old = 'Amara Diallo won the county cycling title on April 20.\n\n“I will remember today for a long time,” she said.';
    const events = buildEvents(old, [timexOf(old, 'April 20', '2024-04-20'), timexOf(old, 'today', '2024-05-12')], '2024-05-12T09:15:00');
    expect(events.find((e) => e.when.text === 'today')?.when.start).toBe('2024-05-12');
  });
  it('leaves an unquoted "today" on the publication day', () => {
    const plain = 'Amara Diallo won the county cycling title on Saturday.\n\nThe season ends today.';
    const events = buildEvents(plain, [timexOf(plain, 'Saturday', '2024-05-11'), timexOf(plain, 'today', '2024-05-12')], '2024-05-12T00:40:00');
    expect(events.find((e) => e.when.text === 'today')?.when.start).toBe('2024-05-12');
  });
});

describe('a clock in the attribution dates no other day', () => {
  it('leaves a quoted "tonight" on the publication day when the attribution gives only a clock of that day', () => {
    const text = '“The choir sings in the square tonight,” the festival director said at 9 a.m.';
    const events = buildEvents(text, [timexOf(text, 'tonight', '2024-05-15TNI', 'TIME'), timexOf(text, '9 a.m.', '2024-05-15T09:00', 'TIME')], PUBLISHED);
    expect(events.find((e) => e.when.text === 'tonight')?.when.start).toBe('2024-05-15');
  });
  it('leaves a clock without a day word where the tagger put it', () => {
    const text = '“The ferry leaves at 6 p.m.,” the harbour master said on Monday.';
    const events = buildEvents(text, [timexOf(text, '6 p.m.', '2024-05-15T18:00', 'TIME'), timexOf(text, 'Monday', '2024-05-13')], PUBLISHED);
    expect(events.find((e) => e.when.text === '6 p.m.')?.when.start ?? '2024-05-15').toBe('2024-05-15');
  });
});
