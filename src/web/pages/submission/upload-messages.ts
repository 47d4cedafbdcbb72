import type { Locale } from '../../i18n/i18n.js';

/**
 * The server words each template problem in both languages, `中文 (English)`
 * (parse-agency-upload.ts); the reader gets the one they read. A message not in that form is
 * shown as it is.
 */
export function messageIn(message: string, locale: Locale): string {
  const split = /^([^]*?) \(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(message);
  if (!split?.[1] || !split[2]) return message;
  return locale === 'en' ? split[2] : split[1];
}
