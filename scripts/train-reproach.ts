/**
 * Trains the reproach model's two readings (rules/model/reproach.ts) and writes rules/model/reproach-weights.json and
 * reproach-negation-weights.json.
 *
 *   npx tsx scripts/train-reproach.ts                       train both readings on everything labelled, write both
 *   npx tsx scripts/train-reproach.ts --reading negation --without set12 --out /tmp/w.json
 *                                                           one reading only; leave sources out (file names containing
 *                                                           the word, or a writer's id prefix such as "writer:a") to
 *                                                           score them honestly
 *
 * What it learns from: every sentence of a labelled reply, positive where a labelled blame span overlaps it. Sources:
 * ../shared/corpus/train.jsonl and dev.jsonl (blame_spans), the held-out sets in docs/reviews/heldout and the reply sets
 * written as training material in docs/reviews/training (blame_phrase, found in the text), and the single sentences in docs/reviews/pairs (a blame sentence and its neutral twin, or a neutral
 * sentence alone). real_replies.jsonl is evaluation-only and is never read here. A blame reply whose span cannot
 * be found is left out: its other sentences would be taught as innocent when one of them is not.
 *
 * Each reading is the logistic regression of scripts/logistic.ts, over each sentence's n-grams (rules/model/ngrams.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { READING_GRAMS, type Reading } from '../rules/model/ngrams.ts';
import { splitSentences } from '../rules/text/sentences.ts';
import {
  type Example,
  jsonlFilesIn,
  REPO,
  readJsonl,
  SHARED,
  train,
  trainerArgs,
  WEIGHT_DECAY,
  writeWeights,
} from './logistic.ts';

interface Labelled {
  id: string;
  text: string;
  blame: boolean;
  spans: [number, number][];
}

const jsonl = (path: string) => readJsonl(path, (p) => readFileSync(p, 'utf8'));

function fromCorpus(path: string): Labelled[] {
  return jsonl(path).map((o) => ({
    id: String(o.id),
    text: String(o.text),
    blame: (o.labels as { blame?: boolean }).blame === true,
    spans: ((o.blame_spans as [number, number][] | undefined) ?? []).map(([a, b]) => [a, b]),
  }));
}

function fromHeldOut(path: string): Labelled[] {
  return jsonl(path).flatMap((o) => {
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

/** A pair gives its blame sentence and its neutral twin; a line with only `sentence` is a neutral one. */
function fromSentences(path: string): Labelled[] {
  const one = (id: string, text: string, blame: boolean): Labelled => ({
    id,
    text,
    blame,
    spans: blame ? [[0, text.length]] : [],
  });
  return jsonl(path).flatMap((o) => {
    const id = String(o.id);
    if (typeof o.blame === 'string' && typeof o.neutral === 'string')
      return [one(`${id}b`, o.blame, true), one(`${id}n`, o.neutral, false)];
    return typeof o.sentence === 'string' ? [one(id, o.sentence, false)] : [];
  });
}

export function sources(): { name: string; items: Labelled[] }[] {
  return [
    ...['train.jsonl', 'dev.jsonl'].map((f) => ({ name: f, items: fromCorpus(join(SHARED, 'corpus', f)) })),
    // Reply sets: the held-out ones, once read, and those written as training material (a file without blame
    // labels, such as the social customers' messages, gives nothing here).
    ...['heldout', 'training'].flatMap((dir) =>
      jsonlFilesIn(join(REPO, 'docs', 'reviews', dir)).map(({ name, path }) => ({ name, items: fromHeldOut(path) })),
    ),
    ...jsonlFilesIn(join(REPO, 'docs', 'reviews', 'pairs')).map(({ name, path }) => ({
      name,
      items: fromSentences(path),
    })),
  ];
}

function examples(items: Labelled[], grams: (sentence: string) => Set<string>): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    if (item.blame && item.spans.length === 0) continue;
    for (const s of splitSentences(item.text)) {
      const positive = item.spans.some(([a, b]) => a < s.end && s.start < b);
      out.push({ grams: [...grams(item.text.slice(s.start, s.end))], positive });
    }
  }
  return out;
}

/**
 * Four times the trainer's usual weight decay. Words seen mostly on the blame side of written material grow weights
 * that flag plain real replies: at three times, after the seventeenth try's pairs, none of "generally", "people" and
 * "count" did any more ("The pre-load feature generally start two days before release date."); with the nineteenth
 * try's reply sets, "you received" and "the text" flagged "I'll be happy to look into the text you received" at three
 * times and do not at four, for three catches in 300 on sets 35-40 left out in turn (docs/reviews).
 */
const REPROACH_WEIGHT_DECAY = 4 * WEIGHT_DECAY;

/** The two readings the engine asks (rules/model/reproach.ts): plain n-grams, and n-grams with negation in scope. */
const READINGS: Record<Reading, string> = {
  plain: 'reproach-weights.json',
  negation: 'reproach-negation-weights.json',
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const only = args[args.indexOf('--reading') + 1];
  const readings = (Object.keys(READINGS) as Reading[]).filter((r) => !args.includes('--reading') || r === only);
  if (readings.length === 0) throw new Error(`--reading is one of: ${Object.keys(READINGS).join(', ')}`);
  if (readings.length > 1 && args.includes('--out')) throw new Error('--out writes one file: name a --reading too');
  // Both readings learn from the same replies, read once.
  const { files, writers } = trainerArgs(args, '');
  const used = sources()
    .filter((s) => !files.some((f) => s.name.includes(f)))
    .map((s) => ({ ...s, items: s.items.filter((item) => !writers.some((w) => item.id.startsWith(w))) }));
  for (const reading of readings) {
    const { out } = trainerArgs(args, join(REPO, 'rules', 'model', READINGS[reading]));
    const data = examples(
      used.flatMap((s) => s.items),
      READING_GRAMS[reading],
    );
    const positives = data.filter((e) => e.positive).length;
    writeWeights(
      out,
      {
        about: `Reproach model weights (${reading} reading) written by scripts/train-reproach.ts; see rules/model/reproach.ts. Do not edit by hand.`,
        trainedOn: used.filter((s) => s.items.length > 0).map((s) => ({ source: s.name, replies: s.items.length })),
        ...(reading === 'plain' ? {} : { features: reading }),
        sentences: data.length,
        positives,
      },
      train(data, REPROACH_WEIGHT_DECAY),
      `${reading}: ${data.length} sentences (${positives} blame) from ${used.length} sources`,
      writeFileSync,
    );
  }
}
