import { describe, expect, it } from 'vitest';
import { messageIn } from './upload-messages.js';

describe('template upload messages', () => {
  it('pick the reader’s language from 中文 (English)', () => {
    const message = '須為數字，不可為文字 (must be a number, not text)';
    expect(messageIn(message, 'zh-TW')).toBe('須為數字，不可為文字');
    expect(messageIn(message, 'en')).toBe('must be a number, not text');
  });

  it('keep English that has its own parentheses whole', () => {
    const message = '已送出 (the submission is submitted (ask the secretariat))';
    expect(messageIn(message, 'en')).toBe('the submission is submitted (ask the secretariat)');
  });

  it('show a message in another form as it is', () => {
    expect(messageIn('structure changed', 'en')).toBe('structure changed');
  });
});
