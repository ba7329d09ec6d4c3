import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRulebook } from '../../../background/import.ts';
import { readEffective } from '../../../storage/coach-state.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { exportLayer } from '../../../storage/export.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { saveRule, setSwitch } from '../../../storage/rulebooks.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

const starter = rulebook('tactful/starter', [avoidRule('starter/a', 'calm down'), avoidRule('starter/b', 'as I said')]);

let lead: TactfulDb;
let agent: TactfulDb;
beforeEach(() => {
  lead = freshDb();
  agent = freshDb();
});
afterEach(async () => {
  await lead.delete();
  await agent.delete();
});

const summary = async (db: TactfulDb) =>
  (await readEffective(db, { starter, policy: NO_POLICY })).rules.map((r) => [
    r.rule.id,
    r.enabled,
    r.rule.severity,
    r.locked,
  ]);

describe('export', () => {
  it('writes the import format, and importing it elsewhere gives the same team rules and switches', async () => {
    await saveRule(lead, 'team', avoidRule('team/x', 'not our fault', { locked: true }));
    await setSwitch(lead, 'team', 'starter/a', { enabled: false });
    await setSwitch(lead, 'team', 'starter/b', { severity: 'error' });

    const file = await exportLayer(lead, 'team', starter);
    expect(file).toMatchObject({ schemaVersion: 2, $schema: expect.stringContaining('rulebook.schema.json') });
    expect(file.rules.map((r) => r.id)).toEqual(['team/x', 'starter/a', 'starter/b']);

    const result = await importRulebook(
      agent,
      { layer: 'team', format: 'json', text: JSON.stringify(file) },
      NO_POLICY,
    );
    expect(result).toMatchObject({ ok: true, ruleCount: 3 });
    expect(await summary(agent)).toEqual(await summary(lead));
    expect(await summary(agent)).toEqual([
      ['starter/a', false, 'warning', false],
      ['starter/b', true, 'error', false],
      ['team/x', true, 'warning', true],
    ]);
  });

  it('exports an empty layer as a valid, empty rulebook', async () => {
    const file = await exportLayer(lead, 'personal', starter);
    expect(file).toMatchObject({ schemaVersion: 2, id: 'personal', rules: [] });
  });
});
