// What a demonstrative does not make a pronoun's name (antecedent.ts, subject).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a demonstrative that is no clause’s subject', () => {
  it('leaves a "that" of a reported clause alone', () => {
    const text = 'Ann Price runs the clinic.\n\nShe said that nurses were tired, and she will hire more staff next month.';
    expect(labels(text).some((l) => /^The nurses will hire/.test(l))).toBe(false);
  });
});

describe('a demonstrative before a day', () => {
  it('is no subject: "This week" names no thing', () => {
    const text = 'This week the port reopened after the storm.\n\nIt handled six ships on Saturday.';
    expect(labels(text).some((l) => /^The week/.test(l))).toBe(false);
  });
});

describe('a demonstrative opening the sentence before', () => {
  it('does not name a later "it": the thing meant may be the object', () => {
    const text = 'The board set up a new fund for small farms.\n\nThis delay is slowing the rollout of the fund.\n\nIt may not open until August.';
    expect(labels(text)).not.toContain('The delay may not open');
  });
});

describe('a demonstrative in another number than the pronoun', () => {
  it('does not name a "they"', () => {
    const text = 'The crew sealed the shaft.\n\nWhen this cap held, they began to pump mud into the shaft on Friday.';
    expect(labels(text).some((l) => /^The cap began/.test(l))).toBe(false);
  });
});
