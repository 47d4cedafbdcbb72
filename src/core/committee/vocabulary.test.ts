import { describe, expect, it } from 'vitest';
import { catalogs } from '../catalog/catalogs.js';
import { reminderKinds } from './reminders.js';
import {
  agendaItemKinds,
  commentChannels,
  followUpStates,
  meetingKinds,
  memberCategories,
  memberRoles,
  writtenCommentForms,
} from './vocabulary.js';

const vocabularies = {
  meetingKind: meetingKinds,
  agendaItemKind: agendaItemKinds,
  memberCategory: memberCategories,
  memberRole: memberRoles,
  commentChannel: commentChannels,
  writtenCommentForm: writtenCommentForms,
  followUpState: followUpStates,
  reminderKind: reminderKinds,
} as const;

describe('the committee vocabulary', () => {
  it.each(Object.entries(vocabularies))(
    'gives each %s its own words in both languages, and no words for codes it lacks',
    (group, codes) => {
      for (const catalog of Object.values(catalogs)) {
        const words = catalog[group as keyof typeof vocabularies] as Record<string, string>;
        expect(Object.keys(words).sort()).toEqual([...codes].sort());
        expect(new Set(Object.values(words)).size).toBe(codes.length);
      }
    },
  );

  it('uses the minutes’ words for the follow-up of a point', () => {
    expect(catalogs['zh-TW'].followUpState.closed).toBe('解除列管');
    expect(catalogs['zh-TW'].followUpState.kept_open).toBe('繼續列管');
  });
});
