// Run in a process of its own by guard-bits tests (the stem bits are module state, shared by the
// test files of a worker): prints, as JSON, the stem lists refused a bit once the news
// configuration is built, or after `fill` extra lists when given.
import { stemListsWithoutBit, wordsBit } from '../../../../src/lib/temporal/guard';
import { sentenceCue } from '../../../../src/lib/temporal/newsChrono';

const fill = Number(process.argv[2] ?? 0);
if (fill) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < fill; i++) wordsBit([`zq${letters[i % 26]}${letters[Math.floor(i / 26)]}`]);
} else sentenceCue('The council met on Monday.');
console.log(JSON.stringify(stemListsWithoutBit()));
