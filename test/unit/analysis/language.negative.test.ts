// Texts that must NOT read as English. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../../src/lib/analysis/language';

describe('readsAsEnglish on other languages', () => {
  it.each([
    ['French', 'Le conseil portuaire a voté mardi le dragage du chenal nord avant les tempêtes de l’hiver, mettant fin à un différend qui durait depuis trois ans. Les travaux commenceront en mars et devraient coûter quatre millions de dollars, selon le conseil, dont la plus grande partie sera payée par l’État.'],
    ['German', 'Der Hafenrat hat am Dienstag beschlossen, die nördliche Fahrrinne vor den Winterstürmen auszubaggern, und damit einen Streit beendet, der drei Jahre gedauert hatte. Die Arbeiten sollen im März beginnen und vier Millionen Dollar kosten, den größten Teil zahlt das Land.'],
    ['Spanish', 'La junta del puerto votó el martes dragar el canal norte antes de las tormentas del invierno, poniendo fin a una disputa que había durado tres años. Las obras empezarán en marzo y costarán cuatro millones de dólares, según la junta, que pagará en su mayor parte el estado.'],
    ['Japanese', '港湾委員会は火曜日、冬の嵐の前に北側の水路をしゅんせつすることを決めた。三年続いた論争に終止符が打たれた。工事は三月に始まり、費用は四百万ドルの見込みで、大半は州が負担する。漁業者らは二〇二一年からしゅんせつを求めていた。委員会によると、作業は夜間にも行われる予定で、近くの住民には事前に知らせるという。港の利用者は工事の間、南側の水路を使うよう求められている。'],
    ['Japanese with English names', 'Apple は火曜日、新しい iPhone と Mac を発表した。CEO の Tim Cook 氏は、新しいチップによって性能が大きく向上したと述べた。発売は来月の予定で、価格は従来のモデルとほぼ同じになる見込みだという。Google や Samsung も同じ時期に新製品を発表する予定で、年末商戦に向けた競争が激しくなりそうだ。アナリストらは、新製品の販売が好調なら、同社の売上高は過去最高を更新する可能性があるとみている。一方、部品の供給不足が続けば、発売が遅れるおそれもあるという。'],
  ])('%s', (_, text) => {
    expect(readsAsEnglish(text)).toBe(false);
  });
});
