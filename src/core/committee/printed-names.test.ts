import { describe, expect, it } from 'vitest';
import { printedNames } from './printed-names.js';

describe('printedNames', () => {
  const members = [
    { name: '陳其邁', title: '市長', role: 'convener' as const },
    { name: '石豐宇', title: null, role: 'member' as const },
    { name: '林副召', title: null, role: 'deputy_convener' as const },
  ];
  const comment = (member: string) => ({ member });

  it('prints speakers with their title or 委員, and the chair with title or committee role', () => {
    const meeting = {
      chair: '陳其邁',
      agendaItems: [{ comments: [comment('石豐宇'), comment('陳其邁')] }],
    };
    expect(printedNames(meeting, members)).toEqual({ 石豐宇: '石豐宇委員', 陳其邁: '陳其邁市長' });
    expect(printedNames({ chair: '林副召', agendaItems: [] }, members)).toEqual({
      林副召: '林副召副召集人',
    });
  });
});
