// The words of one sentence with their part of speech, read by compromise's tagger (its 'two'
// build: a maintained English tagger, lexicon plus rules, no model file; about 130 KB gzipped,
// without the phrase-level methods of the full build, which we do not use). Only this file knows
// compromise's API; the rest of the pipeline reads `Word`. Offsets index the article text.
import nlp from 'compromise/two';

export type PartOfSpeech =
  | 'noun'
  | 'pronoun'
  | 'verb'
  | 'auxiliary'
  | 'modal'
  | 'adjective'
  | 'adverb'
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'number'
  | 'negative'
  | 'other';

export type VerbForm = 'past' | 'present' | 'gerund' | 'infinitive' | 'participle';

export interface Word {
  start: number;
  end: number;
  text: string;
  pos: PartOfSpeech;
  /** For verbs and auxiliaries: the form the tagger read. */
  form?: VerbForm;
  /** A proper name ("Boeing", "Seoul"): capitalised by the language, not by its position. */
  proper: boolean;
  /** Part of a person's name ("Steve Jobs"). */
  person: boolean;
  /** Part of a place's or an organisation's name ("Seoul", "the IMF"). */
  placeOrOrganization: boolean;
  /** A date word the tagger knows ("Tuesday", "March"); the temporal stage decides its value. */
  date: boolean;
  possessive: boolean;
  copula: boolean;
}

/** Whether the word is a verb of the clause: a verb, an auxiliary or a modal. */
export const isVerbal = (w: Word): boolean => w.pos === 'verb' || w.pos === 'auxiliary' || w.pos === 'modal';

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function posOf(tags: Set<string>): PartOfSpeech {
  if (tags.has('Negative')) return 'negative';
  if (tags.has('Modal')) return 'modal';
  if (tags.has('Auxiliary') || tags.has('Copula')) return tags.has('Auxiliary') ? 'auxiliary' : 'verb';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Pronoun')) return 'pronoun';
  if (tags.has('Value') && !tags.has('Date')) return 'number';
  if (tags.has('Noun') || tags.has('Date')) return 'noun';
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Adverb')) return 'adverb';
  if (tags.has('Determiner')) return 'determiner';
  if (tags.has('Preposition')) return 'preposition';
  if (tags.has('Conjunction')) return 'conjunction';
  return 'other';
}

function formOf(tags: Set<string>): VerbForm | undefined {
  if (tags.has('Gerund')) return 'gerund';
  if (tags.has('Participle') || tags.has('PerfectTense')) return 'participle';
  if (tags.has('PastTense')) return 'past';
  if (tags.has('Infinitive')) return 'infinitive';
  if (tags.has('PresentTense')) return 'present';
  return undefined;
}

// compromise builds its lexicon and matchers on first use; doing it when the module loads (the
// app's Worker starts before the first paste) keeps that cost out of the first extraction.
nlp('Officials said on Monday they will meet.').json({ offset: true, terms: { offset: true } });

/** The words of `text[from, to)`. A contraction's hidden word ("it’s" -> is) has no width. */
export function readWords(text: string, from: number, to: number): Word[] {
  const slice = text.slice(from, to);
  const sentences = nlp(slice).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  const out: Word[] = [];
  for (const s of sentences) {
    for (const t of s.terms) {
      const tags = new Set(t.tags);
      const start = from + t.offset.start;
      out.push({
        start,
        end: start + t.offset.length,
        text: t.text,
        pos: posOf(tags),
        form: formOf(tags),
        proper: tags.has('ProperNoun'),
        person: tags.has('Person') && !tags.has('Pronoun'),
        placeOrOrganization: tags.has('Place') || tags.has('Organization') || tags.has('Acronym'),
        date: tags.has('Date'),
        possessive: tags.has('Possessive'),
        copula: tags.has('Copula'),
      });
    }
  }
  return out;
}
