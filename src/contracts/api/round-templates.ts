import { z } from 'zod';

/**
 * GET /api/v1/cities/{city}/rounds/{id}/agencies/{agency}/template → the agency's Excel template
 * (xlsx). POST …/template with the filled workbook as the raw body (≤ 2 MB) files it as the
 * agency's draft submissions → roundUploadResponse. Refusals are { code, message, details }
 * with each detail's path a sheet!cell (執行量!H3), its message in English, and the problem's
 * `code` and `params` for the client to word in its reader's language (src/core/catalog).
 */
export const maxTemplateUploadBytes = 2 * 1024 * 1024;
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const roundUploadResponse = z.strictObject({
  city: z.string(),
  round: z.int(),
  agency: z.strictObject({ code: z.string(), name: z.string() }),
  /** Measures whose draft was saved (a new version each). */
  saved: z.array(z.strictObject({ sector: z.string(), no: z.int(), version: z.int() })),
  /**
   * Measures left as they were: the draft already held exactly this content (the same file twice
   * changes nothing), or the file left the measure blank (a blank never erases a started draft).
   */
  unchanged: z.array(z.strictObject({ sector: z.string(), no: z.int() })),
  /** Measures left blank in the file that have no draft yet: nothing to save for them. */
  blank: z.array(z.strictObject({ sector: z.string(), no: z.int() })),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RoundUploadResponse = z.infer<typeof roundUploadResponse>;

/**
 * The `path` of a refusal that concerns the whole file (not an xlsx, encrypted, a sheet
 * missing) rather than one of its cells (`執行量!K3`).
 */
export const WHOLE_FILE = 'file';
