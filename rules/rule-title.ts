/**
 * A rule's readable name, for lists and previews: the last part of its id in words ("blame/your-problem-is" →
 * "Your problem is"), always shown with the id itself, which stays the rule's identity.
 */
export function ruleTitle(id: string): string {
  const last = id.split('/').filter(Boolean).pop() ?? id;
  const words = last.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

/** The family a rule belongs to, for grouping the list: the part of its id before the last "/" ("blame"). */
export function ruleFamily(id: string): string {
  const at = id.lastIndexOf('/');
  return at > 0 ? id.slice(0, at) : 'other';
}
