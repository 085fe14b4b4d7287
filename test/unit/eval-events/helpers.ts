// Small hand-made articles and system events for the eval:events scorer's tests.
import type { GoldArticle, GoldEvent } from '../../../scripts/eval-events/gold';
import type { SystemEvent } from '../../../scripts/eval-events/match';

export const TEXT =
  'The council met on Tuesday and will vote on the budget next month. ' +
  'The mayor resigned in 2019. ' +
  'PUBLISHED: 3 March 2021. ' +
  'The bypass will open.';

const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`no "${quote}" in TEXT`);
  return { start, end: start + quote.length };
};

export const sentences = {
  council: at('The council met on Tuesday and will vote on the budget next month.'),
  mayor: at('The mayor resigned in 2019.'),
  stamp: at('PUBLISHED: 3 March 2021.'),
  bypass: at('The bypass will open.'),
};

const gold = (e: Partial<GoldEvent> & Pick<GoldEvent, 'sentence' | 'trigger' | 'label'>): GoldEvent => ({
  dateWords: null, start: null, end: null, status: 'past', ...e,
});

export function article(): GoldArticle {
  return {
    id: 'test',
    title: null,
    source: { outlet: 'Test', url: null, file: 'hand-made', license: 'MIT' },
    topic: 'local',
    published: '2021-03-03',
    text: TEXT,
    events: [
      gold({ sentence: sentences.council, trigger: 'met', dateWords: 'on Tuesday', start: '2021-03-02', end: '2021-03-02', label: 'The council meets' }),
      gold({ sentence: sentences.council, trigger: 'vote', dateWords: 'next month', start: '2021-04-01', end: '2021-04-30', status: 'projected', label: 'The council votes on the budget' }),
      gold({ sentence: sentences.mayor, trigger: 'resigned', dateWords: 'in 2019', start: '2019-01-01', end: '2019-12-31', label: 'The mayor resigns' }),
      gold({ sentence: sentences.bypass, trigger: 'will open', status: 'projected', label: 'The bypass opens' }),
    ],
    notEvents: [{ span: at('PUBLISHED: 3 March 2021'), words: 'PUBLISHED: 3 March 2021', reason: 'stamp' }],
  };
}

export function sys(source: { start: number; end: number }, start: string | null, end: string | null, text: string | null, label = 'The council meets', status = 'past'): SystemEvent {
  return { label, status, when: { start, end, text }, source };
}
