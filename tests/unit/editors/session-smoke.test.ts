// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { startCoaching } from '../../../editors/coach-session.ts';
import { compileAndPrepare, starterRulebook } from '../../../rules/index.ts';
import type { Finding } from '../../../rules/types.ts';

const controller = new AbortController();
afterEach(() => controller.abort());

it('a textarea session checks what is typed and reports the underlines', async () => {
  const el = document.createElement('textarea');
  document.body.append(el);
  const seen: Finding[][] = [];
  const compiled = compileAndPrepare(starterRulebook);
  if (!compiled.ok) throw new Error('the starter rulebook compiles');
  const prepared = compiled.value;
  startCoaching(el, { prepared, signal: controller.signal, onFindings: (f) => seen.push(f) });
  el.value = 'Hello Dana, you ignored our reminder.';
  el.dispatchEvent(new Event('input'));
  await expect
    .poll(() => seen.at(-1)?.map((f) => el.value.slice(f.start, f.end)), { timeout: 3_000 })
    .toContain('you ignored');
});
