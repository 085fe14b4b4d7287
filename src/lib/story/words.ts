// Words of a sentence as the summariser compares them: lower case, letters and digits, the
// commonest English function words left out (they say nothing of what happened), and a light
// plural fold ("protesters"/"protester") so two wordings of one happening meet. Knows nothing
// of dates or of scores.

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours ourselves out over own said same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours yourself yourselves says say told mr mrs ms one two new
  would could may might must shall us also however since among per via yet`.split(/\s+/),
);

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

function fold(word: string): string {
  const w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** The content words of a text, in order, folded; numbers kept (tolls and counts are news). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = fold(m[0]);
    if (w.length > 1 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}
