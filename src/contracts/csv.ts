import { invalid } from '../core/errors.js';

/**
 * Parses CSV as RFC 4180 writes it: comma-separated, fields optionally in double quotes, a quote
 * inside a quoted field doubled, CRLF or LF line ends; a UTF-8 BOM (Excel's) is skipped.
 * Returns rows of fields; a blank line is skipped. An unterminated quote is refused with its line.
 * @example parseCsv('a,b\n"1,5","say ""hi"""\n') // [['a','b'],['1,5','say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      startLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
    } else field += c;
  }
  if (quoted) throw invalid(`line ${startLine}`, 'a quoted field is never closed');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',');
}
