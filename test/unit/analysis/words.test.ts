import { describe, expect, it } from 'vitest';
import { WORD_BUDGET, analyseText, analysisOf, firstVerbGroup, verbGroupBefore } from '../../../src/lib/analysis';

describe('analyseText', () => {
  it('gives words whose offsets index the article text, quotes and emoji included', () => {
    const text = '“Kim’s team met 😀 in the U.S. on Tuesday,” he said. It was done.';
    const a = analyseText(text);
    for (const s of a.sentences) for (const w of a.wordsOf(s)) if (w.end > w.start) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(a.wordsOf(a.sentences[0]).map((w) => w.text)).toContain('Tuesday');
  });

  it("gives each sentence only words inside it, a contraction's empty half included", () => {
    for (const text of ['” \n\n (', ',\n\nThe', "They won't\n\nThe ferry sails."]) {
      const a = analyseText(text);
      for (const s of a.sentences) for (const w of a.wordsOf(s)) expect([w.start >= s.start, w.end <= s.end]).toEqual([true, true]);
    }
    const a = analyseText("They won't attend. The ferry sails.");
    expect(a.wordsOf(a.sentences[0]).map((w) => w.pos)).toContain('negative');
    expect(a.wordsOf(a.sentences[1]).map((w) => w.pos)).not.toContain('negative');
  });

  it('reads the part of speech and the verb form news status needs', () => {
    const a = analyseText('The ministry will close the clinic. Officials closed it. Workers are striking.');
    const [will, closed, striking] = a.sentences.map((s) => a.wordsOf(s));
    expect(will.find((w) => w.text === 'will')?.pos).toBe('modal');
    expect(closed.find((w) => w.text === 'closed')).toMatchObject({ pos: 'verb', form: 'past' });
    expect(striking.find((w) => w.text === 'striking')?.form).toBe('gerund');
  });

  it('gives each sentence the same words whether it is read alone or in a block', () => {
    const text = 'Talks began in Oslo. The envoy left on Friday. She returns next week.';
    const a = analyseText(text);
    const b = analyseText(text);
    const last = b.sentences[2];
    expect(b.wordsOf(last).map((w) => w.text)).toEqual(['She', 'returns', 'next', 'week']);
    expect(a.sentences.map((s) => a.wordsOf(s).map((w) => w.text))).toEqual([
      ['Talks', 'began', 'in', 'Oslo'],
      ['The', 'envoy', 'left', 'on', 'Friday'],
      ['She', 'returns', 'next', 'week'],
    ]);
  });

  it('reads no words past its budget of tagged characters, and still splits every sentence', () => {
    const sentence = 'The council met on Monday to discuss the new budget for the harbour district. ';
    const text = sentence.repeat(Math.ceil((2 * WORD_BUDGET) / sentence.length));
    const a = analyseText(text);
    const read = a.sentences.filter((s) => a.wordsOf(s).length > 0).length;
    expect(a.sentences.length).toBeGreaterThan(read);
    expect(read * sentence.length).toBeLessThanOrEqual(WORD_BUDGET + 1500 + sentence.length);
    expect(a.wordsOf(a.sentences[0]).length).toBeGreaterThan(0);
  });

  it('keeps the last analysis for the same text, and makes a new one for another', () => {
    expect(analysisOf('One text.')).toBe(analysisOf('One text.'));
    expect(analysisOf('Another text.').text).toBe('Another text.');
  });
});

describe('verb groups', () => {
  it('finds the first verb group with a linking "set to" and its negation', () => {
    const text = 'The stoppage isn’t likely to delay ferries, and the council is set to approve the line.';
    const a = analyseText(text);
    const words = a.wordsOf(a.sentences[0]);
    expect(firstVerbGroup(words, 0, text.length)).toMatchObject({ negative: true });
    expect(firstVerbGroup(words, text.indexOf('the council'), text.length)?.text).toBe('is set to approve');
  });
  it('finds the verb group just before a date', () => {
    const text = 'Exports will shrink next year, the minister said Wednesday.';
    const a = analyseText(text);
    expect(verbGroupBefore(a.wordsOf(a.sentences[0]), 0, text.indexOf('Wednesday'))?.text).toBe('said');
  });
});
