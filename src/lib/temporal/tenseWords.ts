// The words that tell a verb group's tense, shared by tense.ts (which weighs them) and
// verbGroup.ts (which reads the groups they stand in). Knows nothing of dates.

export const FUTURE = new Set([
  'will', "'ll", 'shall', 'upcoming', 'forthcoming', 'next', 'plans', 'plan', 'planned', 'planning',
  'expected', 'expects', 'expect', 'scheduled', 'due', 'intends', 'intend', 'aims', 'hopes',
  'forecast', 'forecasts', 'predicts', 'predicted', 'projected', 'anticipated', 'slated', 'set', 'until',
  'later', 'wo', 'tomorrow', 'coming', 'proposed', 'preparing', 'prepares', 'going', 'hoping', 'aiming', 'seeking', 'intending',
]);
export const WEAK_FUTURE = new Set(['would', 'could', 'may', 'might', 'should', 'can']);
export const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'earlier', 'previous', 'previously', 'yesterday',
  'began', 'came', 'went', 'met', 'took', 'saw', 'rose', 'fell', 'made', 'told', 'gave', 'got', 'won', 'lost',
  'sold', 'bought', 'paid', 'left', 'ran', 'grew', 'spoke', 'wrote', 'held', 'led', 'brought', 'thought',
  'kept', 'built', 'struck', 'flew', 'drew', 'threw', 'knew', 'became', 'chose', 'broke', 'spent', 'sent',
  'hit', 'cut', 'shut', 'sank', 'slid', 'dropped', 'since', 'rang', 'began', 'felt', 'found', 'heard',
  'meant', 'stood', 'understood', 'wore', 'withdrew', 'overtook', 'undertook', 'forgot', 'shook',
  'laid', 'sought', 'taught', 'fought', 'swore', 'drove', 'rode', 'hung', 'bore',
  // more irregular pasts that are only ever verbs in news copy ("underwent surgery Thursday",
  // "overcame a deficit on Sunday"); forms that are also nouns or adjectives ("shot", "fed",
  // "lit", "wound", "bit") stay out
  'underwent', 'overcame', 'oversaw', 'overthrew', 'upheld', 'withheld', 'withstood', 'mistook',
  'forgave', 'foresaw', 'outgrew', 'arose', 'awoke', 'woke', 'froze', 'stole', 'swam', 'sang',
  'sprang', 'shrank', 'drank', 'slept', 'swept', 'wept', 'crept', 'dealt', 'dug', 'clung',
  'flung', 'spun', 'stung', 'strove', 'forbade', 'lent', 'knelt', 'leapt', 'misled', 'rebuilt',
  'retook', 'rewrote', 'befell', 'forsook',
  // irregular participles of the present perfect ("has fallen since March")
  // a plan as it stood before it changed: "originally scheduled for March"
  'originally', 'initially',
  'been', 'gone', 'done', 'seen', 'taken', 'given', 'begun', 'written', 'shown', 'grown', 'fallen',
  'risen', 'driven', 'chosen', 'spoken', 'broken', 'stolen', 'frozen', 'forgotten', 'hidden', 'beaten',
]);
// Regular pasts too short for tense.ts's '-ed' test of five letters and more ("died Sept. 30",
// "sued Monday"); read in lower case only, as that test is ("The Day That Lehman Died" is a title).
export const SHORT_PAST = new Set(['died', 'sued', 'fled', 'tied', 'owed']);
