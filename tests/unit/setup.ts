// Dexie needs an IndexedDB: fake-indexeddb gives each test run an in-memory one.
import 'fake-indexeddb/auto';

// Validation reaches recheck through the worker's on-demand loader; in Node every test gets it directly.
import './background/regex-safety-provided.ts';

// WXT's fake browser has no i18n API: UI code under test reads the English messages file.
import { setFallbackMessages } from '../../i18n/t.ts';
import englishMessages from '../../public/_locales/en/messages.json';

setFallbackMessages(englishMessages);
