import { fileURLToPath } from 'node:url';

/** Where the browser tests find the project, the built extensions and the fixture pages. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shipped Chrome build (`npm run build`): production matches only. */
export const PROD_DIST = `${ROOT}.output/chrome-mv3`;
/** The test build (TACTFUL_TEST_HOSTS=1): also coaches 127.0.0.1 and localhost, where the fixtures are served. */
export const TEST_DIST = `${ROOT}.output/test/chrome-mv3`;
/** Static fixture pages, served by the test server. */
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
/** Bundled editor code for the fixture pages (gitignored, rebuilt by the global setup). */
export const FIXTURES_BUILD_DIR = `${FIXTURES_DIR}/.build`;
/** Screenshots for people (the demo, and for looking at a fixture page). */
export const DEMO_OUTPUT_DIR = `${ROOT}demo-output`;
/** The Firefox build (`npm run build:firefox`, MV2 by WXT's default). */
export const FIREFOX_DIST = `${ROOT}.output/firefox-mv2`;
