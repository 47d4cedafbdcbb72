import { describe, expect, it } from 'vitest';
import { checkComment, followUpAfterComment, followUpAfterDecision } from './follow-up.js';
import { subjectKey } from './subject.js';

describe('discussion follow-up', () => {
  it('refuses a comment on a closed thread and a reply to another thread, and takes the rest', () => {
    expect(() => checkComment({ id: 1, followUp: 'closed' }, null)).toThrow(/closed/);
    expect(() => checkComment({ id: 1, followUp: null }, { threadId: 2 })).toThrow(
      /same thread \(1\)/,
    );
    expect(() => checkComment({ id: 1, followUp: 'replied' }, { threadId: 1 })).not.toThrow();
    expect(() => checkComment({ id: 1, followUp: null }, null)).not.toThrow();
  });

  it("moves a follow-up to replied on the assigned agency's comment only", () => {
    expect(followUpAfterComment('open', true)).toBe('replied');
    expect(followUpAfterComment('kept_open', true)).toBe('replied');
    expect(followUpAfterComment('open', false)).toBe('open');
    expect(followUpAfterComment(null, true)).toBeNull();
  });

  it("takes the secretariat's decision as the committee's follow-up does, and none without one", () => {
    expect(followUpAfterDecision('replied', 'close')).toBe('closed');
    expect(followUpAfterDecision('replied', 'keep_open')).toBe('kept_open');
    expect(followUpAfterDecision('open', 'close')).toBe('closed');
    expect(() => followUpAfterDecision('open', 'keep_open')).toThrow(/cannot keep open/);
    expect(() => followUpAfterDecision('closed', 'close')).toThrow(/cannot close/);
    expect(() => followUpAfterDecision(null, 'close')).toThrow(/no follow-up/);
  });

  it('names each kind of subject by its ids', () => {
    expect(subjectKey({ kind: 'submission', roundId: 3, measureId: 41 })).toBe('submission:3/41');
    expect(subjectKey({ kind: 'measure', measureId: 41 })).toBe('measure:41');
    expect(subjectKey({ kind: 'indicator', indicatorId: 7 })).toBe('indicator:7');
  });
});
