import type { TestProject } from 'vitest/node';
import { buildExtension } from './build-extension.ts';
import { buildFixtures } from './build-fixtures.ts';
import { FIXTURES_DIR, ROOT } from './paths.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the fixture server, e.g. http://127.0.0.1:41234 — fixture pages live at `${fixturesUrl}/gmail.html`. */
    fixturesUrl: string;
  }
}

/**
 * Once per browser-test run: build the shipped extension and the test build (unless TACTFUL_SKIP_BUILD=1), bundle
 * the fixture pages' editors, and serve tests/fixtures/ on 127.0.0.1. TinyMCE loads its skins, icons and plugins at
 * run time, so node_modules/tinymce is served too, under /vendor/tinymce/.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TACTFUL_SKIP_BUILD !== '1') {
    buildExtension();
    buildExtension({ testHosts: true });
  }
  await buildFixtures();
  const server = await startStaticServer({
    '/vendor/tinymce/': `${ROOT}node_modules/tinymce`,
    '/': FIXTURES_DIR,
  });
  project.provide('fixturesUrl', server.url);
  return () => server.close();
}
