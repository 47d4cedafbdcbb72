import { compareDates, type IsoDate } from '../dates.js';
import { invalid } from '../errors.js';

/**
 * The committee's bad-input rules that need no database: each throws VALIDATION_FAILED at the
 * field's path with a message a secretary can act on, and returns nothing when the input is fine.
 */

/**
 * A reply cannot be due before the meeting that raised the point.
 * @example checkDueDate('2023-11-08', '2023-11-09', 'dueDate') // throws
 */
export function checkDueDate(dueDate: IsoDate, meetingDate: IsoDate, path: string): void {
  if (compareDates(dueDate, meetingDate) < 0) {
    throw invalid(path, `the reply is due on ${dueDate}, before the meeting of ${meetingDate}`);
  }
}

/** Enough of a member to say which terms (屆) they serve on. */
export interface TermMembership {
  name: string;
  terms: readonly number[];
}

/**
 * Only a member of the meeting's term (屆) may comment at it or be its chair.
 * @example checkMemberInTerm({ name: '石豐宇', terms: [7] }, 6, 'comments[0].member') // throws
 */
export function checkMemberInTerm(member: TermMembership, term: number, path: string): void {
  if (!member.terms.includes(term)) {
    const served = member.terms.length
      ? `serves on term(s) ${member.terms.join(', ')}`
      : 'serves on no term';
    throw invalid(
      path,
      `${member.name} ${served}, not on term ${term} (第${term}屆) of this meeting`,
    );
  }
}

/**
 * A deliberately simple rule for e-mail addresses, enough to catch typing slips before a
 * reminder bounces, without the full RFC 5321/5322 grammar nobody types: one "@"; a local part
 * of 1–64 characters with no spaces, no "@", no quotes or brackets (other letters, Chinese
 * included, are accepted: SMTPUTF8 carries them); a domain of dot-separated labels of
 * letters, digits and hyphens (no hyphen at either end of a label), at least two labels, the last
 * one letters only and at least two long; 254 characters at most in all. International domain
 * names must be given in their ASCII (xn--) form.
 */
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]{1,64}$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

/**
 * The address, trimmed and with its domain in lower case, or a VALIDATION_FAILED saying which
 * part of the rule above it breaks.
 * @example checkEmailAddress(' Clerk@TB.kcg.gov.tw ', 'email') // 'Clerk@tb.kcg.gov.tw'
 */
export function checkEmailAddress(text: string, path: string): string {
  const address = text.trim();
  const refuse = (why: string) => invalid(path, `"${text}" is not an e-mail address: ${why}`);
  if (address.length > 254) throw refuse('longer than 254 characters');
  const at = address.split('@');
  if (at.length !== 2) throw refuse('it must contain exactly one "@"');
  const [local = '', domain = ''] = at;
  if (
    !LOCAL_PART.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    throw refuse(
      'the part before "@" must be 1–64 characters without spaces, quotes or brackets, and without a dot at either end or two in a row',
    );
  }
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) {
    throw refuse(
      'the part after "@" must be a domain such as kcg.gov.tw (letters, digits, hyphens, dots)',
    );
  }
  if (!TOP_LEVEL.test(labels[labels.length - 1] ?? '')) {
    throw refuse('the domain must end in a top-level domain of letters, such as .tw');
  }
  return `${local}@${domain.toLowerCase()}`;
}
