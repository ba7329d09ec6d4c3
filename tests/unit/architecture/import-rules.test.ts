import { describe, expect, it } from 'vitest';
import { findViolations } from './import-rules.ts';
import { SHIPPED_FOLDERS, sourceFiles } from './source-files.ts';

describe('import rules (docs/design/ARCHITECTURE.md)', () => {
  // Parses every shipped file: seconds on a busy two-core machine, longer than the default 5 s.
  it('hold for every shipped file', { timeout: 60_000 }, () => {
    const files = SHIPPED_FOLDERS.flatMap((folder) => sourceFiles(folder));
    expect(files.length).toBeGreaterThan(100);
    expect(findViolations(files)).toEqual([]);
  });

  // The test of the test: each rule, broken once in an in-memory file, is reported.
  it.each([
    ['rules/kinds/x.ts', "import { browser } from 'wxt/browser';", 'wxt/browser'],
    ['rules/problem-words.ts', "import { t } from '../i18n/t.ts';", 'i18n/t.ts'],
    ['i18n/t.ts', "import { browser } from 'wxt/browser';", 'wxt/browser'],
    ['rules/engine.ts', "import type { TactfulDb } from '../storage/db.ts';", 'storage/db.ts'],
    ['rules/engine.ts', "const m = await import('../editors/text-model.ts');", 'editors/text-model.ts'],
    ['background/service.ts', "import { Dexie } from 'dexie';", 'dexie'],
    [
      'storage/options-api.ts',
      "import type { OptionsApi } from '../components/options/api.ts';",
      'components/options/api.ts',
    ],
    [
      'storage/coach-state.ts',
      "import { broadcastToTabs } from '../messaging/broadcast.ts';",
      'messaging/broadcast.ts',
    ],
    ['storage/x.ts', "import { protocolSchemas } from '../messaging/protocol.ts';", 'messaging/protocol.ts'],
    ['storage/x.ts', "export { createService } from '../background/service.ts';", 'background/service.ts'],
    ['components/options/OptionsApp.tsx', "import { getDb } from '../../storage/open.ts';", 'storage/open.ts'],
    ['entrypoints/practice/main.tsx', "import { addAttempt } from '../../storage/attempts.ts';", 'storage/attempts.ts'],
    ['editors/coach-session.ts', "import { readLayers } from '../storage/rulebooks.ts';", 'storage/rulebooks.ts'],
    ['editors/session/state.ts', "import { rangeFor } from '../text-model.ts';", 'editors/text-model.ts'],
    ['editors/session/state.ts', "import { Card } from './effects/card.ts';", 'editors/session/effects/card.ts'],
  ])('reports %s importing %s', (path, text, to) => {
    const violations = findViolations([{ path, text }]);
    expect(violations.map((v) => v.to)).toEqual([to]);
  });

  it('lets storage import the protocol’s types, and the worker import storage', () => {
    expect(
      findViolations([
        { path: 'storage/coach-state.ts', text: "import type { CoachState } from '../messaging/protocol.ts';" },
        { path: 'background/service.ts', text: "import { getDb } from '../storage/open.ts';" },
        { path: 'components/x.ts', text: "// import { getDb } from '../storage/open.ts';" },
      ]),
    ).toEqual([]);
  });
});
