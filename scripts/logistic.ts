/**
 * The trainer both learned readings share (scripts/train-reproach.ts, scripts/train-problem.ts): plain logistic
 * regression by stochastic gradient descent with weight decay, over n-grams seen in at least MIN_COUNT training
 * examples (rarer ones are a writer's or a domain's words, not a way of speaking). The shuffle uses a seeded
 * generator, so the same data gives the same weights.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project, and the shared corpora beside it (TACTFUL_SHARED overrides where they are). */
export const REPO = resolve(import.meta.dirname, '..');
export const SHARED = resolve(process.env.TACTFUL_SHARED ?? join(REPO, '..', 'shared'));

/** The labelled set files in one folder (`docs/reviews/heldout`, `docs/reviews/training`), by name, in name order. */
export const jsonlFilesIn = (dir: string): { name: string; path: string }[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name, path: join(dir, name) }));

const MIN_COUNT = 3;
const EPOCHS = 30;
/** The pull of every weight towards zero at each update; a trainer may ask for more (train's second argument). */
export const WEIGHT_DECAY = 1e-3;
const FIRST_RATE = 0.5;
const RATE_DECAY = 0.9;
/** Weights smaller than this change no decision at a shipped threshold; leaving them out keeps the file small. */
const KEEP_ABOVE = 0.01;

export interface Example {
  grams: string[];
  positive: boolean;
}

export interface TrainedModel {
  bias: number;
  weights: Record<string, number>;
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

export function train(data: Example[], weightDecay = WEIGHT_DECAY): TrainedModel {
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
      for (const f of row.features) w[f] = (w[f] as number) - rate * (gradient + weightDecay * (w[f] as number));
      // The bias learns slower: it would otherwise swing with each example's label.
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

/**
 * Writes a model's weights file: what wrote it and what it learned from first (`about`, `trainedOn`, the counts), then
 * the bias and weights, as the bundled JSON the engine imports. Prints one line saying what was written.
 */
export function writeWeights(
  out: string,
  header: { about: string; trainedOn: unknown[] } & Record<string, unknown>,
  model: TrainedModel,
  summary: string,
  write: (path: string, text: string) => void,
): void {
  write(out, `${JSON.stringify({ ...header, bias: model.bias, weights: model.weights }, null, 2)}\n`);
  process.stdout.write(`${summary}; ${Object.keys(model.weights).length} weights → ${out}\n`);
}

export function readJsonl(path: string, read: (path: string) => string): Record<string, unknown>[] {
  return read(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** `--without a,b` and `--out file` from a trainer's arguments; a `writer:x` entry leaves out one writer's ids. */
export function trainerArgs(args: string[], defaultOut: string): { files: string[]; writers: string[]; out: string } {
  const without = args.flatMap((a, i) => (args[i - 1] === '--without' ? a.split(',') : []));
  const outIndex = args.indexOf('--out');
  return {
    files: without.filter((w) => !w.startsWith('writer:')),
    writers: without.filter((w) => w.startsWith('writer:')).map((w) => w.slice('writer:'.length)),
    out: outIndex >= 0 ? (args[outIndex + 1] as string) : defaultOut,
  };
}
