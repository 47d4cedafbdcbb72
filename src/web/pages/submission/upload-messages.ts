import { catalogs } from '../../../core/catalog/catalogs.js';
import { interpolate } from '../../../core/catalog/catalog.js';
import { isUploadProblemCode } from '../../../core/vocabulary/lists.js';
import type { ErrorDetail } from '../../api/api-error.js';
import type { Locale } from '../../i18n/i18n.js';

/**
 * A template problem in the reader's language: the server sends a code with its parameters
 * (parse-agency-upload.ts) and the catalog words it. A detail without a code we know (a figure
 * check, an older server) is shown in the server's English as it is.
 */
export function problemIn(detail: ErrorDetail, locale: Locale): string {
  if (detail.code === undefined || !isUploadProblemCode(detail.code)) return detail.message;
  return interpolate(catalogs[locale].uploadProblem[detail.code], detail.params);
}
