import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveRuleChecked } from '../../../background/rule-writes.ts';
import { validateRulebookValue } from '../../../background/validate.ts';
import { formToRule, ruleToForm } from '../../../components/options/rule-form.ts';
import { type CompiledRulebook, compileRule } from '../../../rules/compile.ts';
import { check } from '../../../rules/engine.ts';
import { BASE_FIELDS } from '../../../rules/kinds/base.ts';
import type { AnyFieldSpec } from '../../../rules/kinds/define.ts';
import { KINDS, RULE_KINDS, searchTexts, shownTexts } from '../../../rules/kinds/index.ts';
import { prepareRulebook } from '../../../rules/prepare.ts';
import type { Rule, RuleKind } from '../../../rules/schema.ts';
import { buildRulebookJsonSchema } from '../../../scripts/gen-schema.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { exportLayer } from '../../../storage/export.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { readLayers } from '../../../storage/rulebooks.ts';
import { freshDb, rulebook } from '../storage/helpers.ts';
import '../background/regex-safety-provided.ts';

/**
 * Every field of every kind, through every path a rule takes: parse (the import's validation) → compile → the
 * options form and back → save and read back → export and import again, and into the published JSON Schema.
 * The test that would have caught "editing a rule drops its tags". A field added to a kind's table without a value
 * here fails the first test, so a new field is covered as soon as it exists.
 */
const common = {
  category: 'blame',
  severity: 'error' as const,
  message: 'Say what you will do instead.',
  note: 'Customers read blame first.',
  url: 'https://example.com/why',
  enabled: false,
  locked: true,
  tags: ['deflection', 'q3'],
  examples: {
    bad: ['It is not our fault.', { text: 'That is your fault.', customer: 'It broke.' }],
    good: ['Thanks.'],
  },
};

/** A rule of each kind with every field set, and for each field the engine compiles, another value to compare. */
const FULL: Record<RuleKind, { rule: Rule; alt: Record<string, unknown> }> = {
  avoid: {
    rule: {
      ...common,
      id: 't/avoid',
      kind: 'avoid',
      patterns: ['not our fault'],
      regex: ['your\\s+fault'],
      exceptions: ['not our fault at all'],
      sentenceExceptions: ['opened a claim'],
      replacements: ['something I can help with'],
      when: 'customerProblem',
      offer: 'withAnother',
    } as Rule,
    alt: {
      patterns: ['not my fault'],
      regex: ['their\\s+fault'],
      exceptions: ['not our fault, ever'],
      sentenceExceptions: ['filed a claim'],
      replacements: ['let me help'],
    },
  },
  replace: {
    rule: { ...common, id: 't/replace', kind: 'replace', swap: { utilize: 'use' } } as Rule,
    alt: { swap: { leverage: 'use' } },
  },
  require: {
    rule: {
      ...common,
      id: 't/require',
      kind: 'require',
      signal: 'nextStep',
      when: 'always',
      unless: 'never',
      position: 'end',
      suggestions: ['I will update you by Friday.'],
    } as Rule,
    alt: {},
  },
  limit: {
    rule: { ...common, id: 't/limit', kind: 'limit', measure: 'replyWords', max: 250 } as Rule,
    alt: {},
  },
  model: {
    rule: { ...common, id: 't/model', kind: 'model', model: 'reproach', threshold: 0.9 } as Rule,
    alt: {},
  },
};

const tableOf = (kind: RuleKind) => ({
  ...(BASE_FIELDS as Record<string, AnyFieldSpec>),
  ...(KINDS[kind].fields as Record<string, AnyFieldSpec>),
});

describe.each(RULE_KINDS.map((m) => m.kind))('every field of a %s rule', (kind) => {
  const { rule, alt } = FULL[kind];
  const table = tableOf(kind);

  it('is set in this test (a field added to the table must be added here)', () => {
    expect(Object.keys(rule).sort()).toEqual([...Object.keys(table), 'kind'].sort());
  });

  it('parses unchanged', () => {
    const parsed = validateRulebookValue(rulebook('t', [rule]));
    expect(parsed).toEqual({ ok: true, value: rulebook('t', [rule]) });
  });

  it('reaches the compiled rule: copied as is, or read by the kind’s compile', () => {
    const problems: never[] = [];
    const compiled = compileRule(rule, 'rule', problems) as unknown as Record<string, unknown>;
    expect(problems).toEqual([]);
    for (const [key, spec] of Object.entries(table)) {
      if (spec.engine === 'copy') expect(compiled[key], key).toEqual((rule as Record<string, unknown>)[key]);
      if (spec.engine === 'compile') {
        expect(alt, `no other value for ${key}`).toHaveProperty(key);
        const changed = compileRule({ ...rule, [key]: alt[key] } as Rule, 'rule', []);
        expect(changed, `compile ignores ${key}`).not.toEqual(compiled);
      }
      if (spec.engine === 'none' && key !== 'id') expect(compiled, key).not.toHaveProperty(key);
    }
  });

  it('survives the options form', () => {
    expect(formToRule(ruleToForm(rule))).toEqual({ ok: true, rule });
  });

  it('is validated and searched where it is shown text', () => {
    const shown = shownTexts(rule).map((t) => t.path.replace(/\[\d+\]$/, ''));
    const search = searchTexts(rule);
    for (const [key, spec] of Object.entries(table)) {
      const value = (rule as Record<string, unknown>)[key];
      if (spec.shown) expect(shown, key).toContain(key);
      for (const text of [...(spec.shown ? [spec.shown(value)].flat() : []), ...(spec.patterns?.(value) ?? [])])
        expect(search, key).toContain(text);
    }
  });

  it('is in the published JSON Schema', () => {
    const schema = buildRulebookJsonSchema() as {
      properties: { rules: { items: { oneOf: { properties: Record<string, { const?: string }> }[] } } };
    };
    const variant = schema.properties.rules.items.oneOf.find((v) => v.properties.kind?.const === kind);
    expect(Object.keys(variant?.properties ?? {}).sort()).toEqual(Object.keys(rule).sort());
  });

  describe('stored', () => {
    let db: TactfulDb;
    beforeEach(() => {
      db = freshDb();
    });
    afterEach(async () => {
      await db.delete();
    });

    it('saves, reads back and exports unchanged, and the export imports unchanged', async () => {
      const saved = await saveRuleChecked(db, NO_POLICY, { layer: 'team', rule });
      expect(saved.ok).toBe(true);
      expect((await readLayers(db)).team?.book.rules).toEqual([rule]);
      const exported = await exportLayer(db, 'team', rulebook('starter', []));
      expect(exported.rules).toEqual([rule]);
      const reimported = validateRulebookValue(JSON.parse(JSON.stringify(exported)));
      expect(reimported.ok && reimported.value.rules).toEqual([rule]);
    });
  });
});

it('a compiled rule of a kind this version does not know is skipped, not thrown on', () => {
  const compiled = {
    format: 1 as const,
    id: 'b',
    name: 'b',
    rules: [{ id: 'x/y', kind: 'future', category: 'blame', severity: 'hint', message: 'm' }],
  } as unknown as CompiledRulebook;
  expect(check('Any reply at all.', prepareRulebook(compiled)).findings).toEqual([]);
});
