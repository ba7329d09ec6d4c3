import { z } from 'zod';
import { customerAsksAboutOthers } from '../model/asked-about-others.ts';
import { replyOwnsTheFault, sentenceOwnsIt } from '../model/owns-it.ts';
import { MODEL_NAMES, scorerOf } from '../model/scorers.ts';
import { covers, SIGNALS_LANGUAGE } from '../text/language.ts';
import { baseRule } from './base.ts';
import { defineKind, selectInput } from './define.ts';
import type { RuleMatch } from './match.ts';

export const MIN_THRESHOLD = 0.5;
export const MAX_THRESHOLD = 0.999;

/**
 * How sure the model must be to speak to a customer who asked or told us something without reporting a problem
 * ("how do I work out the size?" answered with "Most couples just use the size guide, it's all there."). Blame is
 * rarer there, so the bar is higher than a rule's own: on held-out sets 35-40, which the model had not read, this bar
 * caught 6 more of their 300 blame replies for no wrong flag, and it adds none to the real replies (docs/reviews).
 */
export const NO_PROBLEM_THRESHOLD = 0.95;

/**
 * Flag a sentence a learned model is confident reads a certain way (today: as putting the fault on the customer),
 * where phrase families have no words for it. Advice only: a model knows that a sentence reproaches, not how to say
 * it better. It speaks only to a reply whose customer reports a problem (the signal, from the customer's message
 * or, without one, from the reply) and does not own the fault in so many words, and a phrase rule's card on the same
 * words always wins over it.
 */
export const modelRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('model'),
  /** The learned models a rule may ask; each is bundled with the engine (rules/model), none is fetched. */
  model: z.enum(MODEL_NAMES),
  /** How sure the model must be, from 0.5 to 0.999; higher flags less and wrongly less often. */
  threshold: z.number().min(MIN_THRESHOLD).max(MAX_THRESHOLD),
});

export const modelKind = defineKind({
  kind: 'model',
  label: 'Learned check',
  schema: modelRuleSchema,
  fields: {
    model: {
      engine: 'copy',
      form: selectInput('Check', [{ value: 'reproach', label: 'Reads as blaming the customer' }], 'reproach'),
    },
    threshold: {
      engine: 'copy',
      form: {
        label: 'How sure it must be (0.5 to 0.999)',
        input: 'text',
        initial: '0.7',
        hint: 'Higher: fewer flags, and fewer wrong ones.',
        toForm: String,
        fromForm: Number,
      },
    },
  },
  compile: () => ({}),
  match: (rule, ruleIndex, { text, sentences, signals, languages, customer }) => {
    if (signals.customerProblem === null) return [];
    if (!signals.customerProblem && (signals.customerNeedsNothing || customerAsksAboutOthers(customer))) return [];
    const bar = signals.customerProblem ? rule.threshold : Math.max(rule.threshold, NO_PROBLEM_THRESHOLD);
    const score = scorerOf(rule.model);
    const out: RuleMatch[] = [];
    // Read the whole reply for owning words only once a sentence is confident enough to flag: most replies have none.
    let owned: boolean | undefined;
    sentences.forEach((s, i) => {
      // The model read English replies only.
      if (!covers(SIGNALS_LANGUAGE, languages.sentences[i] ?? languages.reply)) return;
      const sentence = text.slice(s.start, s.end);
      const lead = sentence.length - sentence.trimStart().length;
      const trail = sentence.length - sentence.trimEnd().length;
      if (lead + trail >= sentence.length) return;
      if (score(sentence) < bar || sentenceOwnsIt(sentence)) return;
      owned ??= replyOwnsTheFault(text);
      if (owned) return;
      out.push({ ruleIndex, start: s.start + lead, end: s.end - trail, replacements: [] });
    });
    return out;
  },
});
