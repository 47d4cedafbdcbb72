import { interpolate } from '../core/catalog/catalog.js';
import { catalogs } from '../core/catalog/catalogs.js';
import type { Issue } from '../core/errors.js';
import { isUploadProblemCode, type Language } from '../core/vocabulary/lists.js';

/**
 * The terminal reader's language: NETZERO_LANG (zh or en) if set, else Chinese when the locale
 * (LC_ALL, LC_MESSAGES, LANG) is Chinese, else English.
 */
export function readerLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const chosen = env.NETZERO_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return chosen.toLowerCase().startsWith('zh') ? 'zh-TW' : 'en';
}

/** An issue in the reader's language when it carries a code the catalog words; else as sent. */
export function issueIn(issue: Issue, language: Language): string {
  if (issue.code === undefined || !isUploadProblemCode(issue.code)) return issue.message;
  return interpolate(catalogs[language].uploadProblem[issue.code], issue.params);
}
