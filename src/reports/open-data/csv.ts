/** Excel opens UTF-8 CSV correctly only when the file starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** RFC 4180 CSV with a BOM and CRLF line ends; null becomes an empty field. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map((v) => quote(v ?? '')).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
