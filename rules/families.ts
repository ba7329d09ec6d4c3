import nlp from 'compromise';

/**
 * Word families, expanded when a rulebook is compiled (never per keystroke): `{fail}` in a pattern
 * becomes `(fail|fails|failed|failing)`, `{instruction}` becomes `(instruction|instructions)`.
 * compromise knows irregular forms (read → read, give → gave/given), which a suffix table would not.
 */
const cache = new Map<string, string[]>();

export function wordFamily(word: string): string[] {
  const key = word.toLowerCase();
  const known = cache.get(key);
  if (known) return known;
  const forms = new Set<string>([key]);
  const doc = nlp(key);
  for (const conj of doc.verbs().conjugate() as Record<string, string>[]) {
    for (const [tense, form] of Object.entries(conj)) {
      // "will fail" belongs to the pattern author, not to the family of a single word.
      if (tense !== 'FutureTense' && form && !form.includes(' ')) forms.add(form.toLowerCase());
    }
  }
  const participle = nlp(key).verbs().toPastTense().text().toLowerCase();
  if (participle && !participle.includes(' ')) forms.add(participle);
  const plural = nlp(key).nouns().toPlural().text().toLowerCase();
  if (plural && !plural.includes(' ')) forms.add(plural);
  const result = [...forms].sort();
  cache.set(key, result);
  return result;
}

/** Replace every `{word}` in a pattern with the alternation of its family. */
export function expandFamilies(pattern: string): string {
  return pattern.replace(/\{([\p{L}'’-]+)\}/gu, (_, word: string) => `(${wordFamily(word).join('|')})`);
}
