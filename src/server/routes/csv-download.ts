import type { Context } from 'hono';

/**
 * A CSV as a download: UTF-8 with a BOM, so Excel on a Traditional Chinese Windows reads the
 * Chinese text as UTF-8 instead of Big5, and a file name the browser saves it under.
 */
export function csvDownload(c: Context, csv: string, filename: string): Response {
  return c.body(`\uFEFF${csv}`, 200, {
    'Content-Type': 'text/csv; charset=UTF-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}
