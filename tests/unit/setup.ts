// Dexie needs an IndexedDB: fake-indexeddb gives each test run an in-memory one.
import 'fake-indexeddb/auto';

// Validation reaches recheck through the worker's on-demand loader; in Node every test gets it directly.
import './background/regex-safety-provided.ts';
