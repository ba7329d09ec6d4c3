import { fileURLToPath } from 'node:url';

/** Where the browser tests find the project, the built extensions and the fixture pages. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Every build the tests make goes under here; .output/chrome-mv3 stays `npm run build`'s, the folder people load. */
export const TEST_OUTPUT = `${ROOT}.output/test`;
/** The shipped configuration (production matches only, as `npm run build` makes it), built by the tests. */
export const TEST_SHIPPED_OUTPUT = `${TEST_OUTPUT}/shipped`;
/** The shipped Chrome build, as the tests build it: the same as `npm run build`'s, in the tests' own folder. */
export const PROD_DIST = `${TEST_SHIPPED_OUTPUT}/chrome-mv3`;
/** The test build (TACTFUL_TEST_HOSTS=1): also coaches 127.0.0.1 and localhost, where the fixtures are served. */
export const TEST_DIST = `${TEST_OUTPUT}/chrome-mv3`;
/** Static fixture pages, served by the test server. */
export const FIXTURES_DIR = `${ROOT}tests/fixtures`;
/** Bundled editor code for the fixture pages (gitignored, rebuilt by the global setup). */
export const FIXTURES_BUILD_DIR = `${FIXTURES_DIR}/.build`;
/** Screenshots for people (the demo, and for looking at a fixture page). */
export const DEMO_OUTPUT_DIR = `${ROOT}demo-output`;
/** The Firefox build (as `npm run build:firefox` makes it, MV2 by WXT's default), in the tests' own folder. */
export const FIREFOX_DIST = `${TEST_SHIPPED_OUTPUT}/firefox-mv2`;
