/**
 * Writes public/rulebook.schema.json from the zod schemas (rules/schema.ts joins the schema of every kind registered
 * in rules/kinds/index.ts), so the published JSON Schema can never drift from what the extension accepts (a unit
 * test compares them).
 *   npx tsx scripts/gen-schema.ts          write the file (then `npx biome format --write public/rulebook.schema.json`)
 *   npx tsx scripts/gen-schema.ts --check  exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, rulebookSchema } from '../rules/schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../public/rulebook.schema.json', import.meta.url));

export function buildRulebookJsonSchema(): Record<string, unknown> {
  // "input": what a file may contain (fields with defaults may be left out).
  const generated = z.toJSONSchema(rulebookSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://tactful.app/rulebook.schema.json',
    title: 'Tactful rulebook',
    description: `A Tactful team or personal rulebook, schemaVersion ${CURRENT_SCHEMA_VERSION}. Rule ids must be unique (checked on import, not expressible here). Older schemaVersions are migrated on import.`,
  };
}

export const renderSchema = () => `${JSON.stringify(buildRulebookJsonSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderSchema();
  if (process.argv.includes('--check')) {
    // Compare as data: biome may have reformatted the committed file.
    const current = readFileSync(SCHEMA_PATH, 'utf8');
    if (JSON.stringify(JSON.parse(current)) !== JSON.stringify(JSON.parse(text))) {
      console.error('public/rulebook.schema.json is out of date: run npx tsx scripts/gen-schema.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
