import { describe, expect, it } from 'vitest';
import { thrown } from '../test-support/thrown.js';
import { checkDueDate, checkEmailAddress, checkMemberInTerm } from './checks.js';

describe('checkDueDate', () => {
  it('accepts a due date on or after the meeting', () => {
    expect(() => checkDueDate('2023-11-09', '2023-11-09', 'dueDate')).not.toThrow();
    expect(() => checkDueDate('2023-11-20', '2023-11-09', 'dueDate')).not.toThrow();
  });

  it('refuses a due date before the meeting, at its path', () => {
    const error = thrown(() => checkDueDate('2023-11-08', '2023-11-09', 'assignments[0].dueDate'));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues).toEqual([
      {
        path: 'assignments[0].dueDate',
        message: 'the reply is due on 2023-11-08, before the meeting of 2023-11-09',
      },
    ]);
  });
});

describe('checkMemberInTerm', () => {
  it('accepts a member of the meeting’s term', () => {
    expect(() => checkMemberInTerm({ name: '石豐宇', terms: [6, 7] }, 7, 'member')).not.toThrow();
  });

  it('refuses a member of another term, naming both terms', () => {
    const error = thrown(() =>
      checkMemberInTerm({ name: '石豐宇', terms: [6] }, 7, 'comments[0].member'),
    );
    expect(error.issues[0]?.path).toBe('comments[0].member');
    expect(error.message).toContain('石豐宇 serves on term(s) 6, not on term 7 (第7屆)');
  });
});

describe('checkEmailAddress', () => {
  it.each([
    ['clerk@tb.kcg.gov.tw', 'clerk@tb.kcg.gov.tw'],
    ['  Lin.Yong-Xiang+minutes@KCG.gov.tw ', 'Lin.Yong-Xiang+minutes@kcg.gov.tw'],
    ['a@xn--kpry57d.tw', 'a@xn--kpry57d.tw'],
    ['林永祥@kcg.gov.tw', '林永祥@kcg.gov.tw'],
  ])('accepts %j', (text, address) => {
    expect(checkEmailAddress(text, 'email')).toBe(address);
  });

  it.each([
    ['clerk', 'exactly one "@"'],
    ['clerk@@kcg.gov.tw', 'exactly one "@"'],
    ['cl erk@kcg.gov.tw', 'the part before "@"'],
    ['.clerk@kcg.gov.tw', 'the part before "@"'],
    ['@kcg.gov.tw', 'the part before "@"'],
    ['clerk@localhost', 'the part after "@"'],
    ['clerk@kcg..gov.tw', 'the part after "@"'],
    ['clerk@-kcg.gov.tw', 'the part after "@"'],
    ['clerk@kcg.gov.t', 'top-level domain'],
    ['clerk@kcg.gov.123', 'top-level domain'],
    ['林永祥@kcg.gov.tw x', 'the part after "@"'],
  ])('refuses %j (%s)', (text, why) => {
    const error = thrown(() => checkEmailAddress(text, 'members[3].email'));
    expect(error.issues[0]?.path).toBe('members[3].email');
    expect(error.message).toContain(why);
  });

  it('refuses an address longer than 254 characters', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.tw`;
    expect(thrown(() => checkEmailAddress(long, 'email')).message).toContain('254');
  });
});
