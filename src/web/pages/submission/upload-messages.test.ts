import { describe, expect, it } from 'vitest';
import { problemIn } from './upload-messages.js';

describe('template upload messages', () => {
  it('word a problem’s code in the reader’s language, with its parameters', () => {
    const detail = {
      path: '執行量!H3',
      message: 'a number is expected, not the text "約四千"',
      code: 'not_a_number',
      params: { text: '約四千' },
    };
    expect(problemIn(detail, 'zh-TW')).toBe('應為數字，不是文字「約四千」');
    expect(problemIn(detail, 'en')).toBe('a number is expected, not the text "約四千"');
  });

  it('fill every parameter, numbers included', () => {
    const detail = {
      path: '質化成果及說明!A2',
      message: '',
      code: 'submission_submitted',
      params: { sector: 'transport', no: 3 },
    };
    expect(problemIn(detail, 'en')).toBe(
      'measure transport 3 is submitted: it can be changed only if the secretariat returns it',
    );
    expect(problemIn(detail, 'zh-TW')).toContain('措施 transport 3 已送出');
  });

  it('show a message without a known code as it is', () => {
    expect(problemIn({ path: 'file', message: 'structure changed' }, 'en')).toBe(
      'structure changed',
    );
    const unknown = { path: 'file', message: 'as sent', code: 'from_the_future' };
    expect(problemIn(unknown, 'zh-TW')).toBe('as sent');
  });
});
