import { constants, deflateRawSync } from 'node:zlib';

/**
 * A deflate stream of `megabytes` MB of zeros, about 1 KB per MB: one fully flushed block of
 * 1 MB repeated (a full flush ends byte-aligned and resets the dictionary, so copies chain),
 * then an empty final block. Lets a test build a gigabyte bomb without allocating it.
 */
export function zerosDeflated(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array<Buffer>(megabytes).fill(block), deflateRawSync(Buffer.alloc(0))]);
}

/**
 * Appends an entry to a zip, with the sizes the caller wants it to declare (a bomb declares
 * little): local header and data after the existing entries, its record at the end of the
 * central directory, a new end record.
 */
export function withEntry(
  zip: Buffer,
  entry: { name: string; deflated: Buffer; declaredBytes: number },
): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  const directorySize = zip.readUInt32LE(eocd + 12);
  const directoryAt = zip.readUInt32LE(eocd + 16);
  const name = Buffer.from(entry.name);
  const sizes = { method: 8, deflated: entry.deflated.length, declared: entry.declaredBytes };
  const local = zipRecord(30, 0x04034b50, [
    [8, 2, sizes.method],
    [18, 4, sizes.deflated],
    [22, 4, sizes.declared],
    [26, 2, name.length],
  ]);
  const central = zipRecord(46, 0x02014b50, [
    [10, 2, sizes.method],
    [20, 4, sizes.deflated],
    [24, 4, sizes.declared],
    [28, 2, name.length],
    [42, 4, directoryAt],
  ]);
  const records = Buffer.concat([
    zip.subarray(directoryAt, directoryAt + directorySize),
    central,
    name,
  ]);
  const end = zipRecord(22, 0x06054b50, [
    [8, 2, count + 1],
    [10, 2, count + 1],
    [12, 4, records.length],
    [16, 4, directoryAt + local.length + name.length + entry.deflated.length],
  ]);
  return Buffer.concat([zip.subarray(0, directoryAt), local, name, entry.deflated, records, end]);
}

/** A zip header: its signature, then [offset, width in bytes, value] little-endian fields. */
function zipRecord(length: number, signature: number, fields: [number, 2 | 4, number][]) {
  const record = Buffer.alloc(length);
  record.writeUInt32LE(signature, 0);
  for (const [at, width, value] of fields)
    if (width === 2) record.writeUInt16LE(value, at);
    else record.writeUInt32LE(value, at);
  return record;
}
