import { describe, expect, it } from 'vitest';
import {
  agendaItemKindLabels,
  commentChannelLabels,
  followUpStateLabels,
  meetingKindLabels,
  memberCategoryLabels,
  memberRoleLabels,
  writtenCommentFormLabels,
  type Label,
} from './vocabulary.js';

const vocabularies: Record<string, Record<string, Label>> = {
  meetingKind: meetingKindLabels,
  agendaItemKind: agendaItemKindLabels,
  memberCategory: memberCategoryLabels,
  memberRole: memberRoleLabels,
  commentChannel: commentChannelLabels,
  writtenCommentForm: writtenCommentFormLabels,
  followUpState: followUpStateLabels,
};

describe('the committee vocabulary', () => {
  it.each(Object.entries(vocabularies))(
    'gives each %s its own label in both languages',
    (_name, labels) => {
      const all = Object.values(labels);
      expect(new Set(all.map((l) => l.zh)).size).toBe(all.length);
      expect(new Set(all.map((l) => l.en)).size).toBe(all.length);
    },
  );

  it('uses the minutes’ words for the follow-up of a point', () => {
    expect(followUpStateLabels.closed.zh).toBe('解除列管');
    expect(followUpStateLabels.kept_open.zh).toBe('繼續列管');
  });
});
