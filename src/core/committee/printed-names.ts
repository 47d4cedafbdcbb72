import { zhTW } from '../catalog/zh-TW.js';
import type { MemberRole } from './vocabulary.js';

/** What the minutes print after a name: the member's own title, else the committee's word. */
export interface PrintedMember {
  name: string;
  /** 市長 for 陳其邁市長; null when the minutes print 委員. */
  title: string | null;
  role: MemberRole;
}

/**
 * A speaker as the minutes print them: the name and the member's title, 委員 by default.
 * @example printedSpeaker('石豐宇', { name: '石豐宇', title: null, role: 'member' }) // '石豐宇委員'
 */
export function printedSpeaker(name: string, member: PrintedMember | undefined): string {
  return `${name}${member?.title ?? '委員'}`;
}

/**
 * The chair as the minutes print them: the name and the title, else the committee role (召集人).
 * @example printedChair('陳其邁', { name: '陳其邁', title: '市長', role: 'convener' }) // '陳其邁市長'
 */
export function printedChair(name: string, member: PrintedMember | undefined): string {
  return `${name}${member?.title ?? zhTW.memberRole[member?.role ?? 'member']}`;
}

/**
 * The chair's and every speaker's name as a meeting's minutes print them, by name: the page
 * shows what the generated files print.
 */
export function printedNames(
  meeting: { chair: string; agendaItems: readonly { comments: readonly { member: string }[] }[] },
  members: readonly PrintedMember[],
): Record<string, string> {
  const byName = new Map(members.map((m) => [m.name, m]));
  const names: Record<string, string> = {};
  for (const item of meeting.agendaItems)
    for (const { member } of item.comments)
      names[member] = printedSpeaker(member, byName.get(member));
  names[meeting.chair] = printedChair(meeting.chair, byName.get(meeting.chair));
  return names;
}
