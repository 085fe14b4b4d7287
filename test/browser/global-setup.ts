// Once for the whole browser project: one Chromium for every test file (each test opens its
// own context or page on it), closed when the run ends. Launching the browser per file cost
// a second or more of a loaded 2-core machine sixteen times over. Knows nothing of the tests.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS } from './publish-helpers';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium (chromium.connect). */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
