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
 * The model is the logistic regression of scripts/logistic.ts, over each sentence's n-grams.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sentenceGrams } from '../rules/model/ngrams.ts';
import { splitSentences } from '../rules/text/sentences.ts';
import { type Example, jsonlFilesIn, REPO, readJsonl, SHARED, train, trainerArgs, writeWeights } from './logistic.ts';

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

export function sources(): { name: string; items: Labelled[] }[] {
  return [
    ...['train.jsonl', 'dev.jsonl'].map((f) => ({ name: f, items: fromCorpus(join(SHARED, 'corpus', f)) })),
    ...jsonlFilesIn(join(REPO, 'docs', 'reviews', 'heldout')).map(({ name, path }) => ({
      name,
      items: fromHeldOut(path),
    })),
  ];
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

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { files, writers, out } = trainerArgs(
    process.argv.slice(2),
    join(REPO, 'rules', 'model', 'reproach-weights.json'),
  );
  const used = sources()
    .filter((s) => !files.some((f) => s.name.includes(f)))
    .map((s) => ({ ...s, items: s.items.filter((item) => !writers.some((w) => item.id.startsWith(w))) }));
  const data = examples(used.flatMap((s) => s.items));
  const positives = data.filter((e) => e.positive).length;
  writeWeights(
    out,
    {
      about:
        'Reproach model weights written by scripts/train-reproach.ts; see rules/model/reproach.ts. Do not edit by hand.',
      trainedOn: used.filter((s) => s.items.length > 0).map((s) => ({ source: s.name, replies: s.items.length })),
      sentences: data.length,
      positives,
    },
    train(data),
    `${data.length} sentences (${positives} blame) from ${used.length} sources`,
    writeFileSync,
  );
}
