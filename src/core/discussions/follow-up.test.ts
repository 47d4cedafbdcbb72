import { describe, expect, it } from 'vitest';
import { checkComment, followUpAfter, followUpAfterComment } from './follow-up.js';
import { subjectKey } from './subject.js';

describe('discussion follow-up', () => {
  it('refuses a comment on a closed thread and a reply to another thread, and takes the rest', () => {
    expect(() => checkComment({ id: 1, followUp: 'closed' }, null)).toThrow(/closed; reopen/);
    expect(() => checkComment({ id: 1, followUp: null }, { threadId: 2 })).toThrow(
      /same thread \(1\)/,
    );
    expect(() => checkComment({ id: 1, followUp: 'answered' }, { threadId: 1 })).not.toThrow();
    expect(() => checkComment({ id: 1, followUp: null }, null)).not.toThrow();
  });

  it("moves an open follow-up to answered on the assigned agency's comment only", () => {
    expect(followUpAfterComment('open', true)).toBe('answered');
    expect(followUpAfterComment('open', false)).toBe('open');
    expect(followUpAfterComment('answered', true)).toBe('answered');
    expect(followUpAfterComment(null, true)).toBeNull();
  });

  it('closes an open or answered follow-up, reopens a closed one, and nothing else', () => {
    expect(followUpAfter('open', 'close')).toBe('closed');
    expect(followUpAfter('answered', 'close')).toBe('closed');
    expect(followUpAfter('closed', 'reopen')).toBe('open');
    expect(() => followUpAfter('closed', 'close')).toThrow(/already closed/);
    expect(() => followUpAfter('answered', 'reopen')).toThrow(/only a closed thread/);
    expect(() => followUpAfter(null, 'close')).toThrow(/no follow-up/);
  });

  it('names each kind of subject by its ids', () => {
    expect(subjectKey({ kind: 'submission', roundId: 3, measureId: 41 })).toBe('submission:3/41');
    expect(subjectKey({ kind: 'measure', measureId: 41 })).toBe('measure:41');
    expect(subjectKey({ kind: 'indicator', indicatorId: 7 })).toBe('indicator:7');
  });
});
