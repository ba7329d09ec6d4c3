import { describe, expect, it } from 'vitest';
import { combineStatuses } from '../../../messaging/tab-status.ts';

describe('tab status over frames', () => {
  it('adds up editors and findings from every frame that answered', () => {
    const top = { active: true, findings: 0, editors: 0 };
    const editorFrame = { active: true, findings: 3, editors: 1 };
    expect(combineStatuses([top, null, editorFrame])).toEqual({ active: true, findings: 3, editors: 1 });
  });

  it('is null when no frame runs the coach, and inactive only when every frame is', () => {
    expect(combineStatuses([null, null])).toBeNull();
    expect(combineStatuses([{ active: false, findings: 0, editors: 0 }])).toEqual({
      active: false,
      findings: 0,
      editors: 0,
    });
  });
});
