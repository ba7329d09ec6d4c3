/**
 * E1/E2: engine latency with the starter rulebook at several reply lengths, with larger rulebooks,
 * and the cost of re-checking after one keystroke. Every sample checks a text the engine has not seen
 * (a counter is spliced in), so no cache can flatter the numbers.
 */
import {
  check,
  compileAndPrepare,
  IncrementalChecker,
  type PreparedRulebook,
  type Rule,
  type Rulebook,
  starterRulebook,
} from '../rules/index.ts';
import { guessLanguage } from '../rules/text/language.ts';
import { splitSentences } from '../rules/text/sentences.ts';
import { SHAPES, shapeOfLength } from './shapes.ts';
import { ms, percentile, table } from './stats.ts';

const PARAGRAPHS = [
  "Hi Sam,\n\nThanks for getting in touch about order 4471. I've checked with the warehouse and your parcel left on Monday with ParcelGo.",
  "Your problem is that the label was printed with the old address, and as I already told you, we can't change it once it ships.",
  "I'm sorry about the wait. I've asked the courier to redirect it, and you'll get a tracking email within 24 hours.",
  "Unfortunately our policy doesn't allow refunds on opened items, but I can offer a replacement or store credit.",
  "If the parcel hasn't arrived by Friday, reply here and I'll send a new one by express at our cost.",
];

export function replyOfLength(chars: number, seed: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++)
    text += `${PARAGRAPHS[(i + seed) % PARAGRAPHS.length]} Ref ${seed}-${i}.\n\n`;
  return text.slice(0, chars);
}

function prepared(book: Rulebook): PreparedRulebook {
  const ready = compileAndPrepare(book);
  if (!ready.ok) throw new Error('rulebook does not compile');
  return ready.value;
}

/** A rulebook of n rules: the starter's blame rules, then synthetic phrase rules of the same shape. */
export function rulebookWith(n: number): Rulebook {
  const rules: Rule[] = starterRulebook.rules.slice(0, Math.min(n, starterRulebook.rules.length));
  for (let i = rules.length; i < n; i++) {
    rules.push({
      id: `bench/rule-${i}`,
      kind: 'avoid',
      category: 'blame',
      severity: 'warning',
      message: 'Synthetic benchmark rule.',
      patterns: [
        `(please|you|we) (never|always) word${i} (the|our) thing${i % 97}`,
        `the ${['parcel', 'order', 'refund', 'courier'][i % 4]} word${i}`,
      ],
      replacements: ['rewrite'],
      examples: { bad: [`you never word${i} the thing${i % 97}`], good: ['fine'] },
    });
  }
  return { ...starterRulebook, id: `bench/n${n}`, rules };
}

function time(fn: () => void, samples: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function engineRows(samples = 200): { lengths: string; rules: string; keystroke: string } {
  const starter = prepared(starterRulebook);
  const customer = 'My parcel still has not arrived and nobody replies!';
  // Warm the JIT so the table shows steady-state typing, which is what agents feel.
  for (let i = 0; i < 50; i++) check(replyOfLength(2000, i), starter, { customer });

  const lengthRows = [500, 2000, 10000, 50000].map((chars) => {
    const n = chars >= 50000 ? Math.max(20, samples / 10) : samples;
    let seed = 1000;
    const s = time(() => check(replyOfLength(chars, seed++), starter, { customer }), n);
    return [
      chars.toLocaleString('en'),
      n,
      ms(percentile(s, 50)),
      ms(percentile(s, 95)),
      ms((percentile(s, 50) / chars) * 1000),
    ];
  });

  const ruleRows = [100, 1000, 5000].map((count) => {
    const t0 = performance.now();
    const book = prepared(rulebookWith(count));
    const compileMs = performance.now() - t0;
    for (let i = 0; i < 20; i++) check(replyOfLength(2000, i), book, { customer });
    let seed = 5000;
    const s = time(() => check(replyOfLength(2000, seed++), book, { customer }), samples);
    return [count.toLocaleString('en'), ms(compileMs), ms(percentile(s, 50)), ms(percentile(s, 95))];
  });

  // E2: the content script re-checks only the paragraph that changed; measure that against the full 10k reply.
  const long = replyOfLength(10000, 7);
  const paragraph = long.split('\n\n')[3] ?? long.slice(0, 200);
  let k = 0;
  const para = time(() => check(`${paragraph}${'abcdefghij'[k++ % 10]}`, starter, { customer }), samples);
  const full = time(() => check(`${long}${'abcdefghij'[k++ % 10]}`, starter, { customer }), samples);
  // What the page runs: the whole reply through the sentence cache, after one keystroke in its last sentence.
  const checker = new IncrementalChecker(starter);
  checker.check(long, { customer });
  const incremental = time(() => checker.check(`${long}${'abcdefghij'[k++ % 10]}`, { customer }), samples);

  return {
    lengths: table(['reply chars', 'samples', 'p50 ms', 'p95 ms', 'p50 ms per 1k chars'], lengthRows),
    rules: table(['rules', 'compile+prepare ms', 'p50 ms @2k chars', 'p95 ms @2k chars'], ruleRows),
    keystroke: table(
      ['re-check after one keystroke (10k-char reply)', 'p50 ms', 'p95 ms'],
      [
        ['changed paragraph only', ms(percentile(para, 50)), ms(percentile(para, 95))],
        ['whole reply', ms(percentile(full, 50)), ms(percentile(full, 95))],
        [
          'whole reply through the sentence cache (what the page runs)',
          ms(percentile(incremental, 50)),
          ms(percentile(incremental, 95)),
        ],
      ],
    ),
  };
}

const HEBREW_PARAGRAPHS = [
  'שלום דני,\n\nתודה שפנית אלינו בנוגע להזמנה 4471. בדקתי מול המחסן והחבילה יצאה ביום שני עם חברת השליחויות.',
  'אני מצטער מאוד על העיכוב. ביקשתי מהשליח להפנות את החבילה לכתובת החדשה, ותקבל מייל עם מספר מעקב תוך 24 שעות.',
  'אם החבילה לא תגיע עד יום שישי, כתוב לי כאן ואשלח לך חבילה חדשה במשלוח מהיר על חשבוננו.',
];

const hebrewReplyOfLength = (chars: number, seed: number): string => {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${HEBREW_PARAGRAPHS[(i + seed) % 3]} ${seed}-${i}.\n\n`;
  return text.slice(0, chars);
};

/**
 * E8: what reading the language costs. One sentence (the page's cost after a keystroke: only the edited sentence is
 * read again, through the sentence cache), every sentence of a 2,000-character reply (what a check from scratch
 * adds), and a whole check of a Hebrew reply, which the starter's rules skip.
 */
export function languageRows(samples = 2000): string {
  const starter = prepared(starterRulebook);
  const english = PARAGRAPHS[2] as string;
  const hebrew = HEBREW_PARAGRAPHS[1] as string;
  const reply = replyOfLength(2000, 3);
  const sentences = splitSentences(reply).map((s) => reply.slice(s.start, s.end));
  for (let i = 0; i < 500; i++) guessLanguage(`${english}${i}`);
  let k = 0;
  const one = (text: string) => time(() => guessLanguage(`${text}${k++}`), samples);
  const all = time(() => {
    const n = k++;
    for (const sentence of sentences) guessLanguage(`${sentence}${n}`);
  }, samples / 10);
  const plain = time(() => check(replyOfLength(2000, k++), starter), samples / 10);
  const heb = time(() => check(hebrewReplyOfLength(2000, k++), starter), samples / 10);
  const row = (label: string, s: number[]) => [label, ms(percentile(s, 50)), ms(percentile(s, 95))];
  return table(
    ['language detection', 'p50 ms', 'p95 ms'],
    [
      row(`one English sentence (${english.length} chars)`, one(english)),
      row(`one Hebrew sentence (${hebrew.length} chars)`, one(hebrew)),
      row(`every sentence of a 2,000-char reply (${sentences.length})`, all),
      row('whole check, 2,000-char English reply', plain),
      row('whole check, 2,000-char Hebrew reply', heb),
    ],
  );
}

/**
 * E6: reply shapes that once froze the page (issue 13), at 2k, 10k and 40k characters: median check time and how
 * it grows from 2k to 40k (linear work grows 20×).
 */
export function shapeRows(samples = 20): string {
  const starter = prepared(starterRulebook);
  const customer = 'My parcel still has not arrived and nobody replies!';
  const sizes = [2_000, 10_000, 40_000];
  const rows = SHAPES.map((shape) => {
    const medians = sizes.map((chars) => {
      const text = shapeOfLength(shape, chars);
      check(text, starter, { customer });
      let k = 0;
      // A counter is spliced in, so every sample checks a text the engine has not seen.
      return percentile(
        time(() => check(`${k++} ${text}`, starter, { customer }), samples),
        50,
      );
    });
    const [small = 0, , large = 0] = medians;
    return [shape, ...medians.map(ms), (large / small).toFixed(1)];
  });
  return table(['reply shape', 'p50 ms @2k', 'p50 ms @10k', 'p50 ms @40k', '40k / 2k (target ≤ 30)'], rows);
}
