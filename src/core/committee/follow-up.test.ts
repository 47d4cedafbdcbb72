import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { awaitsReply, nextFollowUpState } from './follow-up.js';

describe('nextFollowUpState', () => {
  it('follows a point from open through a reply to closure (解除列管)', () => {
    const replied = nextFollowUpState('open', 'reply');
    expect(replied).toBe('replied');
    expect(nextFollowUpState(replied, 'close')).toBe('closed');
  });

  it('keeps a replied point open (繼續列管) until the agency replies again', () => {
    const kept = nextFollowUpState('replied', 'keep_open');
    expect(kept).toBe('kept_open');
    expect(nextFollowUpState(kept, 'reply')).toBe('replied');
  });

  it('lets the secretariat close a point that needs no answer', () => {
    expect(nextFollowUpState('open', 'close')).toBe('closed');
  });

  it('refuses a reply to a closed point as a conflict', () => {
    const error = thrown(() => nextFollowUpState('closed', 'reply'));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('解除列管');
  });

  it('refuses to keep open a point nobody has replied to', () => {
    expect(thrown(() => nextFollowUpState('open', 'keep_open')).code).toBe('CONFLICT');
  });
});

describe('awaitsReply', () => {
  it('is true only while the agency owes an answer', () => {
    expect([awaitsReply('open'), awaitsReply('kept_open')]).toEqual([true, true]);
    expect([awaitsReply('replied'), awaitsReply('closed')]).toEqual([false, false]);
  });
});
