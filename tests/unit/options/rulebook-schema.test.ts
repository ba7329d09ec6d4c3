import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_PATH } from '../../../scripts/gen-schema.ts';

describe('published JSON Schema (public/rulebook.schema.json)', () => {
  it('is up to date with rules/schema.ts (regenerate with: npx tsx scripts/gen-schema.ts)', () => {
    // Compared as data: the committed file is formatted by biome, the generator writes plain JSON.
    expect(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))).toEqual(JSON.parse(renderSchema()));
  });

  it('describes every rule kind and the current schemaVersion', () => {
    const schema = JSON.parse(renderSchema());
    expect(schema.properties.schemaVersion.const).toBe(2);
    const kinds = schema.properties.rules.items.oneOf.map(
      (o: { properties: { kind: { const: string } } }) => o.properties.kind.const,
    );
    expect(kinds.sort()).toEqual(['avoid', 'limit', 'model', 'replace', 'require']);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'name', 'rules']));
  });
});
