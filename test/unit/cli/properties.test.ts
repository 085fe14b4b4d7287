// `newsline extract -` on random standard input, dates and options: a document on stdout and
// exit 0, or exit 2 with one line "newsline: …" that is a message, never a JavaScript error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { publishedArb, textArb } from '../fuzz/entry-points';
import { run } from './run';

const JS_ERROR = /\[object |is not a function|Cannot read properties|undefined \(reading|is not iterable|Maximum call stack/;

const argsArb = fc.record({
  published: fc.oneof(publishedArb, fc.constantFrom('0000-01-01', '10000-01-01', '2025-02-30', '2025-11-05 08:30:15Z', '', '--title', 'soon')),
  extra: fc.subarray(['--format', 'json', 'timeml', 'xml', '--title', 'T', '--out', '-', '--help', '--verbose']),
  text: textArb,
});

describe('newsline extract - on random input', () => {
  it('prints a document or one line of message, for 150 random runs', async () => {
    await fc.assert(
      fc.asyncProperty(argsArb, async ({ published, extra, text }) => {
        const { code, stdout, stderr } = await run(['extract', '-', '--published', published, ...extra], text);
        if (code === 0) {
          expect(stderr).toBe('');
          if (!extra.includes('--help') && !extra.includes('timeml')) expect((JSON.parse(stdout) as NewslineDocument).text).toBe(text);
        } else {
          expect(code).toBe(2);
          expect(stdout).toBe('');
          expect(stderr).toMatch(/^newsline: [^\n]+\n$/);
          expect(stderr).not.toMatch(JS_ERROR);
        }
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
