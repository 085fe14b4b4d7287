// Month names as news outlets print them, in the languages Newsline meets most: English,
// German, French, Spanish, Italian, Portuguese, Dutch, Czech and Polish (genitive forms, as
// a day is written: "5. listopadu", "5 listopada"). Must not know about where text comes from.

const NAMES: [number, string][] = [];
const add = (month: number, ...names: string[]) => names.forEach((n) => NAMES.push([month, n]));
add(1, 'january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'ledna', 'leden', 'stycznia', 'styczeń');
add(2, 'february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'února', 'únor', 'lutego', 'luty');
add(3, 'march', 'mar', 'märz', 'mars', 'marzo', 'março', 'maart', 'mrt', 'března', 'březen', 'marca', 'marzec');
add(4, 'april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'dubna', 'duben', 'kwietnia', 'kwiecień');
add(5, 'may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'května', 'květen', 'maja', 'maj');
add(6, 'june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'června', 'červen', 'czerwca', 'czerwiec');
add(7, 'july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'července', 'červenec', 'lipca', 'lipiec');
add(8, 'august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'srpna', 'srpen', 'sierpnia', 'sierpień');
add(9, 'september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'září', 'września', 'wrzesień');
add(10, 'october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'října', 'říjen', 'października', 'październik');
add(11, 'november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopadu', 'listopad', 'listopada');
add(12, 'december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'prosince', 'prosinec', 'grudnia', 'grudzień');

const BY_NAME = new Map(NAMES.map(([m, n]) => [n, m]));

/** 1-12 for a month name or its usual abbreviation (a trailing dot is allowed), else 0. */
export function monthNumber(word: string): number {
  return BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
