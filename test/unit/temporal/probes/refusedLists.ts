// The stem lists refused a bit, asked of guardBits.ts in a process of its own.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./guardBits.ts', import.meta.url));
export const refusedLists = (...args: string[]): string[] => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', probe, ...args], { encoding: 'utf8' }));
