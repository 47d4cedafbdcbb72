import type { ReminderMessage } from '../../core/committee/reminder-message.js';
import type { Mailer, SentMail } from './mailer.js';

/**
 * Sends one composed reminder. It is marked auto-generated (RFC 3834) so that out-of-office
 * replies stay away from the platform's mailbox. The caller records the reminders as sent only
 * once this resolves, and names any `rejected` address to the secretariat.
 */
export function sendReminder(mailer: Mailer, message: ReminderMessage): Promise<SentMail> {
  return mailer.send({
    to: message.to,
    subject: message.subject,
    text: message.text,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  });
}
