/**
 * Trains the reproach model (rules/model/reproach.ts) and writes rules/model/reproach-weights.json.
 *
 *   npx tsx scripts/train-reproach.ts                       train on everything labelled, write the weights
 *   npx tsx scripts/train-reproach.ts --without set12 --out /tmp/w.json
 *                                                           leave sources out (file names containing the word, or a
 *                                                           writer's id prefix such as "writer:a") to score them honestly
 *
 * What it learns from: every sentence of a labelled reply, positive where a labelled blame span overlaps it. Sources:
 * ../shared/corpus/train.jsonl and dev.jsonl (blame_spans) and the held-out sets in docs/reviews/heldout (blame_phrase,
 * found in the text). real_replies.jsonl is evaluation-only and is never read here. A blame reply whose span cannot
 * be found is left out: its other sentences would be taught as innocent when one of them is not.
 *
 * The model is plain logistic regression by stochastic gradient descent with weight decay, over n-grams seen in at least
 * MIN_COUNT training sentences (rarer ones are a writer's or a domain's words, not a way of blaming). The shuffle uses
 * a seeded generator, so the same data gives the same weights.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sentenceGrams } from '../rules/model/ngrams.ts';
import { splitSentences } from '../rules/text/sentences.ts';

const MIN_COUNT = 3;
const EPOCHS = 30;
const WEIGHT_DECAY = 1e-3;
const FIRST_RATE = 0.5;
const RATE_DECAY = 0.9;
/** Weights smaller than this change no decision at the shipped threshold; leaving them out keeps the file small. */
const KEEP_ABOVE = 0.01;

interface Labelled {
  id: string;
  text: string;
  blame: boolean;
  spans: [number, number][];
}

const repo = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.TACTFUL_SHARED ?? join(repo, '..', 'shared'));

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function fromCorpus(path: string): Labelled[] {
  return readJsonl(path).map((o) => ({
    id: String(o.id),
    text: String(o.text),
    blame: (o.labels as { blame?: boolean }).blame === true,
    spans: ((o.blame_spans as [number, number][] | undefined) ?? []).map(([a, b]) => [a, b]),
  }));
}

function fromHeldOut(path: string): Labelled[] {
  return readJsonl(path).flatMap((o) => {
    const blame = (o.labels as { blame?: boolean } | undefined)?.blame;
    if (typeof blame !== 'boolean') return [];
    const text = String(o.text);
    const phrase = String(o.blame_phrase ?? '');
    let at = phrase ? text.indexOf(phrase) : -1;
    if (phrase && at < 0) at = text.toLowerCase().indexOf(phrase.toLowerCase());
    const spans: [number, number][] = blame && at >= 0 ? [[at, at + phrase.length]] : [];
    return [{ id: String(o.id), text, blame, spans }];
  });
}

export function sources(): { name: string; items: Labelled[] }[] {
  const heldOut = join(repo, 'docs', 'reviews', 'heldout');
  return [
    ...['train.jsonl', 'dev.jsonl'].map((f) => ({ name: f, items: fromCorpus(join(shared, 'corpus', f)) })),
    ...readdirSync(heldOut)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => ({ name: f, items: fromHeldOut(join(heldOut, f)) })),
  ];
}

interface Example {
  grams: string[];
  positive: boolean;
}

function examples(items: Labelled[]): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    if (item.blame && item.spans.length === 0) continue;
    for (const s of splitSentences(item.text)) {
      const positive = item.spans.some(([a, b]) => a < s.end && s.start < b);
      out.push({ grams: [...sentenceGrams(item.text.slice(s.start, s.end))], positive });
    }
  }
  return out;
}

/** mulberry32: a small seeded generator, so a retrain on the same data writes the same file. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(data: Example[]): { bias: number; weights: Record<string, number> } {
  const seen = new Map<string, number>();
  for (const e of data) for (const g of e.grams) seen.set(g, (seen.get(g) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [g, n] of [...seen].sort(([a], [b]) => (a < b ? -1 : 1))) if (n >= MIN_COUNT) vocab.set(g, vocab.size);
  const rows = data.map((e) => ({
    features: e.grams.flatMap((g) => (vocab.has(g) ? [vocab.get(g) as number] : [])),
    y: e.positive ? 1 : 0,
  }));
  const w = new Float64Array(vocab.size);
  let bias = 0;
  let rate = FIRST_RATE;
  const random = seeded(20261204);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const row = rows[k] as (typeof rows)[number];
      let z = bias;
      for (const f of row.features) z += w[f] as number;
      const gradient = 1 / (1 + Math.exp(-z)) - row.y;
      for (const f of row.features) w[f] = (w[f] as number) - rate * (gradient + WEIGHT_DECAY * (w[f] as number));
      // The bias learns slower: it would otherwise swing with each sentence's label.
      bias -= rate * gradient * 0.1;
    }
    rate *= RATE_DECAY;
  }
  const weights: Record<string, number> = {};
  for (const [g, i] of vocab) {
    const value = Math.round((w[i] as number) * 1000) / 1000;
    if (Math.abs(value) >= KEEP_ABOVE) weights[g] = value;
  }
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const without = args.flatMap((a, i) => (args[i - 1] === '--without' ? a.split(',') : []));
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? (args[outIndex + 1] as string) : join(repo, 'rules', 'model', 'reproach-weights.json');
  const writers = without.filter((w) => w.startsWith('writer:')).map((w) => w.slice('writer:'.length));
  const files = without.filter((w) => !w.startsWith('writer:'));
  const used = sources()
    .filter((s) => !files.some((f) => s.name.includes(f)))
    .map((s) => ({ ...s, items: s.items.filter((item) => !writers.some((w) => item.id.startsWith(w))) }));
  const data = examples(used.flatMap((s) => s.items));
  const model = train(data);
  const file = {
    about:
      'Reproach model weights written by scripts/train-reproach.ts; see rules/model/reproach.ts. Do not edit by hand.',
    trainedOn: used.filter((s) => s.items.length > 0).map((s) => ({ source: s.name, replies: s.items.length })),
    sentences: data.length,
    positives: data.filter((e) => e.positive).length,
    bias: model.bias,
    weights: model.weights,
  };
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(
    `${data.length} sentences (${file.positives} blame) from ${used.length} sources; ${Object.keys(model.weights).length} weights → ${out}\n`,
  );
}
