// A label's words read from the article's one analysis (labelWords.ts) rather than tagged again:
// each word of the label is its clause's word, with its part of speech and offsets into the label.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/lib/analysis';
import { labelWordsFrom } from '../../../src/lib/events/labelWords';
import { makeLabel } from '../../../src/lib/events/label';
import { startArticleLabels } from '../../../src/lib/events/longLabel';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('a label read from its clause’s words', () => {
  it('finds every word of a label that left out a date, with offsets into the label', () => {
    const text = 'The harbour board on Thursday approved a new ferry timetable.';
    const label = 'The harbour board approved a new ferry timetable';
    const words = labelWordsFrom(analyseText(text), text, whole(text), label)!;
    expect(words.map((w) => w.text)).toEqual(['The', 'harbour', 'board', 'approved', 'a', 'new', 'ferry', 'timetable']);
    for (const w of words) expect(label.slice(w.start, w.end)).toBe(w.text);
    expect(words.find((w) => w.text === 'approved')).toMatchObject({ pos: 'verb', form: 'past' });
  });

  it('keeps the part of speech the article’s reading gave each word', () => {
    const text = 'Dockers at the container port walked out, the union said.';
    const a = analyseText(text);
    const label = 'Dockers at the container port walked out';
    const words = labelWordsFrom(a, text, whole(text), label)!;
    const read = a.wordsOf(a.sentences[0]);
    for (const w of words) expect(w.pos).toBe(read.find((r) => r.text === w.text)!.pos);
  });

  it('reads a hyphenated word as the tagger splits it, and "a" for the "an" its date stood before', () => {
    const text = 'An 8 a.m. well-attended briefing opened the summit.';
    const label = 'A well-attended briefing opened the summit';
    const words = labelWordsFrom(analyseText(text), text, { start: 0, end: text.length }, label)!;
    expect(words[0]).toMatchObject({ text: 'A', start: 0, end: 1 });
    expect(words.map((w) => w.text)).toContain('briefing');
  });

  it('reads only the words of the clause the label was made from', () => {
    const text = 'Council members met behind closed doors. Their vote came late.';
    const second = { start: text.indexOf('Their'), end: text.length };
    expect(labelWordsFrom(analyseText(text), text, second, 'Their vote came late')!.map((w) => w.text)).toEqual(['Their', 'vote', 'came', 'late']);
  });
});

describe('a long label made in an analysed article', () => {
  const dated = (text: string, date: string) => [{ start: text.indexOf(date), end: text.indexOf(date) + date.length }];
  it('is cut to its subject’s head with the words the analysis read, as when read on its own', () => {
    const text = 'Engineers at the national grid operator’s eastern control centre in the capital warned on Friday that about 300 substations could fail.';
    startArticleLabels(null);
    const alone = makeLabel(text, whole(text), dated(text, 'on Friday'));
    startArticleLabels(analyseText(text));
    expect(makeLabel(text, whole(text), dated(text, 'on Friday'))).toBe('Engineers warned that about 300 substations could fail');
    expect(alone).toBe('Engineers warned that about 300 substations could fail');
    startArticleLabels(null);
  });
  it('keeps the head’s nearest phrase and the verb', () => {
    const text = 'The search for the missing hikers across the ridges to the north of the lake resumed on Monday.';
    startArticleLabels(analyseText(text));
    expect(makeLabel(text, whole(text), dated(text, 'on Monday'))).toBe('The search for the missing hikers across the ridges resumed');
    startArticleLabels(null);
  });
});
