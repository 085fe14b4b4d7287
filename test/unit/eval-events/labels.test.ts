import { describe, expect, it } from 'vitest';
import { labelF1, labelFaults } from '../../../scripts/eval-events/labels';

const text = 'Officials said the council met on Tuesday to discuss the new bypass. The mayor resigned in 2019.';
const whole = (label: string, gold: string | null = null) => labelFaults(label, { text, gold });

describe('labels that read as a whole clause', () => {
  it('passes a short who-does-what clause in sentence case', () => {
    expect(whole('The council meets to discuss the bypass')).toEqual([]);
    expect(whole('Mayor resigns')).toEqual([]);
    expect(whole('Houston hires a new head coach')).toEqual([]);
  });

  it('passes a clause whose verb is an irregular past or whose head is an event noun', () => {
    expect(whole('Council held talks')).toEqual([]);
    expect(whole('Budget vote')).toEqual([]);
  });

  it('passes a present-tense verb that is in no word list when a subject stands before it', () => {
    expect(whole('China changes its position on Kashmir')).toEqual([]);
    expect(whole('Vice President Biden presides over the count')).toEqual([]);
    expect(whole('Bombs explode near the finish line')).toEqual([]);
  });

  it('passes a label opening on a quantity with "as many as"', () => {
    expect(whole('As many as 300 ferry workers walked out')).toEqual([]);
  });

  it('passes a leading pronoun when the gold label starts with the same one', () => {
    expect(whole('It rose 3 percent', 'It rose')).toEqual([]);
  });

  it('scores token overlap with the gold label as F1', () => {
    expect(labelF1('The mayor resigns', 'The mayor resigns')).toBe(1);
    expect(labelF1('Mayor resigns', 'The mayor resigns')).toBeCloseTo(0.8);
    expect(labelF1('Budget passes', 'The mayor resigns')).toBe(0);
  });
});

describe('labels that rewrite the article\'s words', () => {
  it('does not take a verb stripped of its ending for a word cut short', () => {
    expect(labelFaults('The mayor is set to resign', { text: 'The mayor resigned in 2019.', gold: null })).toEqual([]);
  });
});

describe('labels that end on a particle or an attribution', () => {
  it('passes a clause that ends on a particle or on its speaker and "says"', () => {
    const ctx = { text: 'He took six months off. The Fed can get away with three hikes, a strategist said.', gold: null };
    expect(labelFaults('Jobs takes six months off', ctx)).toEqual([]);
    expect(labelFaults('The Fed can get away with three rate hikes, a strategist says', ctx)).toEqual([]);
  });
});
