import { inflateRawSync } from 'node:zlib';

export type OfficeZipKind = 'xlsx' | 'docx' | 'odt' | 'ods';
export type OfficeZipVerdict = 'ok' | 'damaged' | 'inflates_too_much' | 'wrong_kind';

const spreadsheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const wordDocument =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
/** The part each kind must have, and the content type that part must be declared with. */
const required: Record<OfficeZipKind, readonly [part: string, contentType: string]> = {
  xlsx: ['xl/workbook.xml', spreadsheet],
  docx: ['word/document.xml', wordDocument],
  odt: ['content.xml', 'application/vnd.oasis.opendocument.text'],
  ods: ['content.xml', 'application/vnd.oasis.opendocument.spreadsheet'],
};

/** Entries read for the kind check; everything else is only inflated and counted. */
const kept = new Set(['[Content_Types].xml', 'mimetype']);

class Refusal extends Error {
  constructor(readonly verdict: Exclude<OfficeZipVerdict, 'ok' | 'wrong_kind'>) {
    super(verdict);
  }
}

function endOfDirectory(zip: Buffer): number {
  const searchFrom = Math.max(0, zip.length - 65_557);
  for (let i = zip.length - 22; i >= searchFrom; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  throw new Refusal('damaged');
}

/** Inflates every entry within `limit` bytes in all; the names and the kept entries' text. */
function inflateEntries(zip: Buffer, limit: number) {
  const eocd = endOfDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  let total = 0;
  const names = new Set<string>();
  const texts = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50)
      throw new Refusal('damaged');
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressed = zip.readUInt32LE(offset + 20);
    const declared = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    if (declared === 0xffffffff || compressed === 0xffffffff || (flags & 1) !== 0)
      throw new Refusal('damaged');
    if (declared > limit - total) throw new Refusal('inflates_too_much');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw new Refusal('damaged');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (start + compressed > zip.length) throw new Refusal('damaged');
    const data = zip.subarray(start, start + compressed);
    const inflated = inflate(data, method, limit - total);
    if (inflated.length !== declared) throw new Refusal('damaged');
    total += inflated.length;
    if (names.has(name)) throw new Refusal('damaged');
    names.add(name);
    if (kept.has(name)) texts.set(name, inflated.toString('utf8'));
  }
  return { names, texts };
}

function inflate(data: Buffer, method: number, room: number): Buffer {
  if (method === 0) {
    if (data.length > room) throw new Refusal('inflates_too_much');
    return data;
  }
  if (method !== 8) throw new Refusal('damaged');
  try {
    // maxOutputLength makes zlib stop (and throw) once the output passes it.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new Refusal(code === 'ERR_BUFFER_TOO_LARGE' ? 'inflates_too_much' : 'damaged');
  }
}

/**
 * Checks an Office file (a ZIP) by really inflating its entries, before any library opens it: a
 * zip bomb declares small sizes in its directory and inflates to gigabytes, so the sizes the
 * directory declares are not trusted. Each entry is inflated with a cap of what is left of the
 * limit, so inflating stops as soon as the limit is passed (memory stays below the limit). An
 * entry whose real size differs from its declared one, an encrypted entry, zip64, or a method
 * other than stored/deflate is damaged. The kind is read from the parts, not the name: an
 * .xlsx must have `[Content_Types].xml` declaring a workbook and `xl/workbook.xml`, a .docx a
 * document and `word/document.xml`, an ODF file its `mimetype` entry.
 *
 * @example checkOfficeZip(bytes, 'xlsx', 20 * 1024 * 1024) // 'ok' | 'damaged' | 'inflates_too_much' | 'wrong_kind'
 */
export function checkOfficeZip(zip: Buffer, kind: OfficeZipKind, limit: number): OfficeZipVerdict {
  let entries: ReturnType<typeof inflateEntries>;
  try {
    entries = inflateEntries(zip, limit);
  } catch (error) {
    if (error instanceof Refusal) return error.verdict;
    if (error instanceof RangeError) return 'damaged'; // a read past the end of the buffer
    throw error;
  }
  const [part, contentType] = required[kind];
  if (!entries.names.has(part)) return 'wrong_kind';
  if (kind === 'odt' || kind === 'ods')
    return entries.texts.get('mimetype')?.trim() === contentType ? 'ok' : 'wrong_kind';
  const types = entries.texts.get('[Content_Types].xml') ?? '';
  return types.includes(`ContentType="${contentType}"`) ? 'ok' : 'wrong_kind';
}
