// What `newsline render` must refuse: an unknown preset, a preset beside a width, a preset
// with the scale chart, a date style it does not know. Each is one line, exit 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { Io } from '../../../src/cli/io';
import { sampleDoc } from './sample-doc';

const dir = mkdtempSync(join(tmpdir(), 'newsline-render-no-'));
const docPath = join(dir, 'doc.json');
writeFileSync(docPath, JSON.stringify(sampleDoc));

async function run(...argv: string[]) {
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (t) => void err.push(t), readStdin: async () => '' };
  const code = await main(['render', ...argv], io);
  return { code, err: err.join('') };
}

describe('newsline render refuses', () => {
  it.each([
    { why: 'an unknown preset', argv: ['--preset', 'billboard'], message: /--preset must be column-640 or/ },
    { why: 'a preset beside a width', argv: ['--preset', 'column-640', '--width', '800'], message: /not both/ },
    { why: 'a preset with the scale chart', argv: ['--preset', 'column-640', '--view', 'scale'], message: /--preset draws the story/ },
    { why: 'an unknown date style', argv: ['--date-style', 'chicago'], message: /--date-style must be ap or uk or iso/ },
  ])('$why, in one line', async ({ argv, message }) => {
    const { code, err } = await run(docPath, '--svg', join(dir, 'x.svg'), ...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
