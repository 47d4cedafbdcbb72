/**
 * What a file is, from its first bytes rather than its name or the browser's claim. Office
 * documents (XLSX, DOCX, ODT, ODS) are ZIP archives; the extension picks among them only once
 * the bytes say ZIP.
 *
 * @example sniffFileType(new TextEncoder().encode('%PDF-1.7…'), 'report.pdf') // 'application/pdf'
 */
const zipTypes: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const starts = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export const allowedAttachmentKinds = 'PDF, PNG, JPEG, XLSX, DOCX, ODT or ODS';

export function sniffFileType(bytes: Uint8Array, filename: string): string | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return ext === 'pdf' ? 'application/pdf' : null;
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return ext === 'png' ? 'image/png' : null;
  if (starts(bytes, [0xff, 0xd8, 0xff]))
    return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : null;
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipTypes[ext] ?? null;
  return null;
}
