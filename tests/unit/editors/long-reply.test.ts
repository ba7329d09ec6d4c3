import { describe, expect, it } from 'vitest';
import { isLongReply, MAX_COACHED_CHARS, windowAroundCaret } from '../../../editors/long-reply.ts';

const line = (i: number) => `Line ${i}: your problem is that the cache is full.\n`;
const reply = Array.from({ length: 3_000 }, (_, i) => line(i)).join('');

describe('long replies are coached near the caret', () => {
  it('counts only what the agent wrote: a long quoted history blanked to spaces is not a long reply', () => {
    expect(isLongReply(reply)).toBe(true);
    expect(isLongReply(`Hi Sam,\n${' '.repeat(MAX_COACHED_CHARS * 2)}`)).toBe(false);
    expect(isLongReply('short reply')).toBe(false);
  });

  it('keeps every offset and line break, and whole lines around the caret only', () => {
    const caret = reply.indexOf('Line 1500:') + 5;
    const window = windowAroundCaret(reply, caret);
    expect(window.length).toBe(reply.length);
    for (let i = 0; i < reply.length; i++) if (reply[i] === '\n') expect(window[i]).toBe('\n');
    expect(window.slice(caret - 5, caret + 20)).toBe(reply.slice(caret - 5, caret + 20));
    expect(window).not.toContain('Line 0:');
    expect(window).not.toContain('Line 2999:');
    // No line is cut: each line is either whole or blank.
    const kept = window.split('\n').filter((l) => l.trim() !== '');
    for (const l of kept) expect(reply.split('\n')).toContain(l);
    expect(kept.length).toBeGreaterThan(100);
  });

  it('keeps the end of the reply when the caret is unknown', () => {
    const window = windowAroundCaret(reply, -1);
    expect(window).toContain('Line 2999:');
    expect(window).not.toContain('Line 0:');
  });
});

describe('a long reply in one paragraph', () => {
  const paragraph = 'Your problem is that the cache is full. '.repeat(5_000);

  it('is cut at sentence ends near the caret, not kept whole', () => {
    const window = windowAroundCaret(paragraph, paragraph.length);
    expect(window.length).toBe(paragraph.length);
    const kept = window.trim();
    expect(kept.length).toBeGreaterThan(5_000);
    expect(kept.length).toBeLessThan(10_000);
    expect(kept.startsWith('Your problem is')).toBe(true);
    expect(kept.endsWith('full.')).toBe(true);
  });
});
