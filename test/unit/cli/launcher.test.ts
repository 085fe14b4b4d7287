// The built CLI through its launcher, as a pipeline runs it. `npm test` builds first; when
// dist/cli is absent (a unit-only run) there is nothing to launch and this file says so.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const built = existsSync(`${root}dist/cli/newsline.js`);

describe.runIf(built)('bin/newsline.mjs on the built CLI', () => {
  const launch = (...args: string[]) => spawnSync('node', ['bin/newsline.mjs', ...args], { cwd: root, encoding: 'utf8' });

  it('extracts the sample article to a v1 document', () => {
    const r = launch('extract', 'public/samples/korea-summit.txt', '--published', '2025-11-05');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.events.find((e: { when: { start: string } }) => e.when.start === '2025-11-04')).toBeDefined();
  });

  it('exits 2 with one line and no stack trace when the date is missing', () => {
    const r = launch('extract', 'public/samples/korea-summit.txt');
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'newsline: no publication date (a plain-text article carries no metadata): pass --published YYYY-MM-DD\n']);
  });
});
