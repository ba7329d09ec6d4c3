import { describe, expect, it } from 'vitest';
import { compileRulebook } from '../../../rules/compile.ts';
import { runRuleExamples } from '../../../rules/examples.ts';
import {
  check,
  IncrementalChecker,
  parseRulebook,
  prepareRulebook,
  type Rule,
  starterRulebook,
} from '../../../rules/index.ts';
import { effectiveRulebook, languageOfMerged, mergeLayers } from '../../../rules/layers.ts';
import { coach, prepare } from './helpers.ts';

const WHOLE_REPLY = new Set(['missing-apology', 'missing-next-step', 'length']);
const wholeReply = (text: string, customer?: string) =>
  coach(text, customer)
    .findings.filter((f) => WHOLE_REPLY.has(f.category))
    .map((f) => f.ruleId);
const blameSpans = (text: string, customer?: string) =>
  coach(text, customer)
    .findings.filter((f) => f.category === 'blame')
    .map((f) => text.slice(f.start, f.end));

const ENGLISH_COMPLAINT = 'My order is two weeks late and nobody answers my emails!';

describe('a reply in a language the starter rulebook does not cover gets no English nags', () => {
  const replies: Array<[string, string, string]> = [
    [
      'Hebrew',
      'שלום דני,\n\nאני מצטער מאוד על העיכוב בהזמנה שלך. נשלח לך מוצר חלופי מחר בבוקר, ותקבל מספר מעקב במייל.\n\nבברכה,\nרותי',
      'ההזמנה שלי מאחרת כבר שבועיים ואף אחד לא עונה!',
    ],
    [
      'Arabic',
      'مرحبا أحمد،\n\nنعتذر بشدة عن التأخير في طلبك. سنرسل لك بديلاً صباح الغد، وستصلك رسالة برقم التتبع.\n\nمع التحية،\nسارة',
      'طلبي متأخر منذ أسبوعين ولا أحد يرد!',
    ],
    [
      'Spanish',
      'Hola Ana,\n\nLamentamos mucho el retraso con su pedido. Le enviaremos un reemplazo mañana por la mañana y recibirá el número de seguimiento por correo.\n\nUn saludo,\nLuis',
      'Mi pedido lleva dos semanas de retraso y nadie contesta.',
    ],
    [
      'German',
      'Hallo Jonas,\n\nes tut uns leid, dass Ihre Bestellung verspätet ist. Wir schicken Ihnen morgen früh einen Ersatz, und Sie bekommen die Sendungsnummer per E-Mail.\n\nViele Grüße\nMara',
      'Meine Bestellung ist seit zwei Wochen überfällig und niemand antwortet.',
    ],
  ];

  it.each(replies)(
    '%s: no missing apology or next step, whatever language the customer wrote in',
    (_, text, customer) => {
      expect(coach(text, customer).findings).toEqual([]);
      expect(coach(text, ENGLISH_COMPLAINT).findings).toEqual([]);
      expect(coach(text).findings).toEqual([]);
    },
  );

  it('the same reply in English, with no apology or next step, is still nagged', () => {
    expect(wholeReply('Hi Dana,\n\nYour order left our warehouse late.\n\nBest,\nRuth', ENGLISH_COMPLAINT)).toEqual([
      'missing/apology',
      'missing/next-step',
    ]);
  });

  it('a Hebrew reply is not measured by English length limits', () => {
    const sentence = 'אנחנו בודקים את ההזמנה שלך ואת כל הפרטים שמסרת לנו ';
    const longSentence = `${sentence.repeat(8).trim()}.`;
    expect(wholeReply(`שלום דני,\n\n${longSentence}\n\nתודה`)).toEqual([]);
    expect(wholeReply(`${longSentence} `.repeat(30))).toEqual([]);
    const english = 'We are checking your order and all the details you gave us ';
    expect(wholeReply(`${english.repeat(8).trim()}.`)).toContain('length/long-sentence');
  });
});

describe('an English phrase inside a reply in another language', () => {
  const hebrew =
    'שלום דני,\n\nאני מצטער מאוד על העיכוב בהזמנה שלך. As I already told you, you should have read the manual. נשלח לך מוצר חלופי מחר בבוקר.\n\nבברכה,\nרותי';

  it('is flagged where the rule’s language matches, while the Hebrew reply gets no whole-reply nag', () => {
    expect(blameSpans(hebrew, ENGLISH_COMPLAINT)).toEqual(['As I already told you', 'you should have']);
    expect(wholeReply(hebrew, ENGLISH_COMPLAINT)).toEqual([]);
  });

  it('is flagged in Arabic and Spanish replies too', () => {
    const arabic =
      'مرحبا أحمد، نعتذر بشدة عن التأخير في طلبك. Your problem is that you entered the wrong address. سنرسل لك بديلاً صباح الغد.';
    // "Your problem is that …" carries its clause: one span for the whole accusation.
    expect(blameSpans(arabic)).toEqual(['Your problem is that you entered the wrong address']);
    const spanish = 'Hola Ana, lamentamos mucho el retraso con su pedido. As I already told you, it shipped late.';
    expect(blameSpans(spanish)).toEqual(['As I already told you']);
  });

  it('the incremental checker agrees with check() while the language of the reply changes under it', () => {
    const checker = new IncrementalChecker(prepare(starterRulebook));
    const drafts = [
      'OK.',
      'OK. As I already told you, it shipped.',
      'OK. As I already told you, it shipped. אני מצטער מאוד על העיכוב בהזמנה שלך ואנחנו נשלח מוצר חלופי.',
      'OK. אני מצטער מאוד על העיכוב בהזמנה שלך ואנחנו נשלח מוצר חלופי.',
    ];
    for (const draft of drafts) {
      expect(checker.check(draft, { customer: ENGLISH_COMPLAINT })).toEqual(
        check(draft, prepare(starterRulebook), { customer: ENGLISH_COMPLAINT }),
      );
    }
  });
});

describe('short replies, names and links are judged as English, as before', () => {
  it('"Hi", "OK thanks", a name and a dash are judged by the English rules', () => {
    const book = prepare({
      schemaVersion: 2,
      id: 'always',
      name: 'Always a next step',
      rules: [requireAlways()],
    });
    for (const text of ['Hi', 'OK thanks', 'Dana', '—']) {
      expect(
        check(text, book).findings.map((f) => f.ruleId),
        text,
      ).toEqual(['team/always-next-step']);
    }
  });

  it('an English reply with a Hebrew name keeps every English finding', () => {
    const text = 'Hi דני,\n\nYour order is late because you entered the wrong address.';
    expect(blameSpans(text)).toEqual(['you entered the wrong']);
    expect(wholeReply(text, ENGLISH_COMPLAINT)).toEqual(['missing/apology', 'missing/next-step']);
  });

  it('a one-word line in a Hebrew reply takes the reply’s language', () => {
    const text = 'שלום דני,\n\nאני מצטער מאוד על העיכוב בהזמנה שלך. נשלח לך מוצר חלופי מחר בבוקר.\n\nThanks,\nRuth';
    expect(coach(text, ENGLISH_COMPLAINT).findings).toEqual([]);
  });
});

describe('a rulebook states its language', () => {
  const hebrewRule: Rule = {
    id: 'team/your-fault-he',
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: 'This puts the blame on the customer.',
    patterns: ['זו אשמתך'],
    replacements: ['אני אבדוק את זה'],
    examples: { bad: ['זו אשמתך שההזמנה התעכבה.'], good: ['ההזמנה התעכבה.'] },
  };

  it('accepts a language code and refuses anything else with a clear message', () => {
    const book = { schemaVersion: 2, id: 'team', name: 'Team', language: 'he', rules: [hebrewRule] };
    expect(parseRulebook(book).ok).toBe(true);
    const bad = parseRulebook({ ...book, language: 'Hebrew' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.message).toMatch(/language code/);
  });

  it('a Hebrew book’s rule judges Hebrew sentences only; the English starter judges English ones', () => {
    const merged = mergeLayers([
      { layer: 'starter', rules: starterRulebook.rules, language: 'en' },
      { layer: 'team', rules: [hebrewRule], language: 'he' },
    ]).rules;
    const compiled = compileRulebook(effectiveRulebook(merged, { id: 'e', name: 'E' }), languageOfMerged(merged));
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    const book = prepareRulebook(compiled.value);
    const text = 'שלום. זו אשמתך שההזמנה התעכבה. As I already told you, it shipped late.';
    const found = check(text, book)
      .findings.filter((f) => f.category === 'blame')
      .map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['team/your-fault-he', 'זו אשמתך'],
      ['blame/as-i-said-aside', 'As I already told you'],
    ]);
    expect(compiled.value.rules.find((r) => r.id === 'team/your-fault-he')?.language).toBe('he');
    expect(compiled.value.rules.find((r) => r.id === 'blame/as-i-already-told-you')?.language).toBe('en');
  });

  it('a team that redefines a starter rule in its own book makes it a rule of the team’s language', () => {
    const starterRule = starterRulebook.rules.find((r) => r.id === 'missing/apology') as Rule;
    const merged = mergeLayers([
      { layer: 'starter', rules: [starterRule], language: 'en' },
      { layer: 'team', rules: [{ ...starterRule, message: 'Say sorry first.' }], language: 'es' },
      { layer: 'personal', rules: [], switches: { 'missing/apology': { severity: 'hint' } } },
    ]).rules;
    expect(merged.map((r) => [r.rule.id, r.language])).toEqual([['missing/apology', 'es']]);
  });

  it('a book that states no language is English', () => {
    const merged = mergeLayers([{ layer: 'team', rules: [hebrewRule] }]).rules;
    expect(merged[0]?.language).toBe('en');
    const compiled = compileRulebook({ schemaVersion: 2, id: 't', name: 'T', rules: [hebrewRule] });
    expect(compiled.ok && compiled.value.rules[0]?.language).toBe('en');
  });

  it('a require rule in a Hebrew book raises nothing: the signal detectors read English only', () => {
    const compiled = compileRulebook({
      schemaVersion: 2,
      id: 't',
      name: 'T',
      language: 'he',
      rules: [requireAlways()],
    });
    if (!compiled.ok) throw new Error('does not compile');
    const book = prepareRulebook(compiled.value);
    expect(check('שלום דני, ההזמנה שלך בדרך ותגיע מחר.', book).findings).toEqual([]);
    expect(check('Hi Dana, your order is on its way.', book).findings).toEqual([]);
  });

  it('a rule’s own examples run whatever language they are in, so a Hebrew rule can be tested in the editor', () => {
    const { results, problems } = runRuleExamples(hebrewRule);
    expect(problems).toEqual([]);
    expect(results.map((r) => r.passed)).toEqual([true, true]);
  });
});

function requireAlways(): Rule {
  return {
    id: 'team/always-next-step',
    kind: 'require',
    category: 'missing-next-step',
    severity: 'warning',
    message: 'Say what happens next.',
    signal: 'nextStep',
    when: 'always',
    position: 'end',
    suggestions: ['I will write again tomorrow with an update.'],
    examples: { bad: ['Hello.'], good: ['I will call you tomorrow.'] },
  } as Rule;
}
