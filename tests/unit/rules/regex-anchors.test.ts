import { describe, expect, it } from 'vitest';
import { starterRulebook } from '../../../rules/index.ts';
import { regexAnchors } from '../../../rules/text/regex-anchors.ts';

describe('anchors read off a hand-written regex', () => {
  it('takes a required word list that starts and ends on a word edge', () => {
    expect(regexAnchors(String.raw`\b(?:done|handled|managed)\sby\s`)).toEqual(['done', 'handled', 'managed']);
    // Of two required lists, the one with the longest shortest word: it rules out the most sentences.
    expect(regexAnchors(String.raw`\b(?:to|of)\s(?:record|track)\b`)).toEqual(['record', 'track']);
    expect(regexAnchors(String.raw`\b(?:caused\sby|the\sresult\sof)\s`)).toEqual(['caused', 'the']);
    expect(regexAnchors(String.raw`\bnot\ssure\swhat\s(?:you|anyone)\b`)).toEqual(['sure']);
  });

  it('gives none where a match need not hold the words', () => {
    // A top-level alternative, an optional group, a word glued to more letters, a group with no edge before it.
    expect(regexAnchors(String.raw`\bhard\sto\smiss\b|\bspelled\sout\b`)).toBeNull();
    expect(regexAnchors(String.raw`\b(?:really\s)?(?:easy|simple)`)).toBeNull();
    expect(regexAnchors(String.raw`\b(?:result)s?\b`)).toBeNull();
    expect(regexAnchors(String.raw`(?:done|handled)\sby`)).toBeNull(); // "by" may start "bypass"
    expect(regexAnchors(String.raw`\b(?:done|handled)\b`)).toEqual(['done', 'handled']);
    // "which" may end "sandwhich" and "signed" may start "signedoff": only "you" is a whole word here.
    expect(regexAnchors(String.raw`which\s+you\s+signed`)).toEqual(['you']);
    expect(regexAnchors(String.raw`\bit['’]?s\s(?:all\s)?there`)).toBeNull();
    expect(regexAnchors(String.raw`\b(?:hold-?up|delay)\b`)).toBeNull();
  });

  it('every starter regex with anchors matches only text holding one of them as a whole word', () => {
    const examples = starterRulebook.rules
      .flatMap((r) => [...r.examples.bad, ...r.examples.good])
      .map((e) => (typeof e === 'string' ? e : e.text));
    let checked = 0;
    for (const rule of starterRulebook.rules as { regex?: string[] }[]) {
      for (const source of rule.regex ?? []) {
        const anchors = regexAnchors(source);
        if (!anchors) continue;
        const re = new RegExp(source, 'iu');
        for (const text of examples) {
          const hit = re.exec(text);
          if (!hit) continue;
          checked++;
          const words = new Set((hit[0].match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
          expect(
            anchors.some((a) => words.has(a)),
            `${source} on "${text}"`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
