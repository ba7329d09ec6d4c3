import { re } from '../signals/cues.ts';

/**
 * "How did the rest of the group find the pace?" asks about other people, and "Everyone else on the course found the
 * pace fine" answers it; unasked, the same words measure the customer against others. The learned check cannot see
 * the question, so a customer who asks about others and reports no problem is not read for comparison-shaped blame.
 */
const OTHERS = re(
  String.raw`\b(?:others|everyone|everybody|anyone\s+else|anybody\s+else|the\s+rest|other\s+(?:people|customers|guests|clients|users|members|parents|students|owners|riders|players|families|people's)|most\s+(?:people|customers|guests|folk|of\s+(?:them|your)))\b`,
);

export const customerAsksAboutOthers = (customer: string | undefined): boolean =>
  customer?.includes('?') === true && OTHERS.test(customer);
