#!/usr/bin/env node
// Thin launcher: the CLI is compiled into dist/cli by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/newsline.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('newsline: not built yet; run `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
