/**
 * The total uncompressed size a zip (an xlsx) declares in its central directory, read without
 * inflating anything; null when the directory cannot be found or uses zip64 (sizes beyond
 * 4 GB), which an agency template never needs. Guards against zip bombs: a 2 MB upload can
 * otherwise inflate to gigabytes of XML.
 */
export function declaredUncompressedBytes(zip: Buffer): number | null {
  const searchFrom = Math.max(0, zip.length - 65_557);
  let eocd = -1;
  for (let i = zip.length - 22; i >= searchFrom; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = zip.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset +=
      46 +
      zip.readUInt16LE(offset + 28) +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32);
  }
  return total;
}
