// Penn Treebank tokenized text -> ordinary English. Timeline17 (Tran et al. 2013, as released
// and as news-tls reads it) ships every article one sentence a line, tokenized the PTB way:
// `` and '' for quotes, -LRB- for "(", "Cairo 's", "word ,". The date tagger and a reader both
// expect normal prose, so a story folder in that form is detokenized before tagging. Every rule
// needs a token-separating space or a PTB-only token, so normal text passes through unchanged.
// Knows nothing of dates or stories.

const BRACKETS: Record<string, string> = {
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
};

/** True when the text carries tokens only a PTB tokenizer writes (`` '' -LRB- or " 's "). */
export function looksTokenized(text: string): boolean {
  return /``|''|-[LR][RSC]B-| n't\b| 's\b| , |\\\//.test(text);
}

export function detokenize(line: string): string {
  // a PTB tokenizer escapes the slash and the star ("24\/7", "\*"), which a reader never sees
  let s = line.replace(/-[LR][RSC]B-/g, (t) => BRACKETS[t]).replace(/\\([/*])/g, '$1');
  // quotes: `` opens, '' closes; a lone ` opens a single quote
  s = s.replace(/``\s*/g, '"').replace(/\s*''/g, '"');
  s = s.replace(/(^|\s)`\s*/g, "$1'");
  // clitics and contractions split off by the tokenizer: "Cairo 's", "did n't", "we 're"
  s = s.replace(/ (n't|'s|'S|'re|'ve|'ll|'d|'m|')(?=\s|$)/gi, '$1');
  // punctuation that closes onto the word before it, and opening brackets onto the word after
  s = s.replace(/ ([,.;:!?%)\]}])/g, '$1');
  s = s.replace(/([(\[{$]) /g, '$1');
  // "Cairo , Egypt" is done above; a dollar sign already joined; collapse leftover doubles
  return s.replace(/ {2,}/g, ' ');
}
