import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  FIGURE_HEADERS,
  FORMAT,
  NOTE_HEADER,
  SHEETS,
  TEXT_HEADERS,
  VALUE_HEADER,
} from './layout.js';
import type { RoundTemplateInput } from './types.js';

/** The rows the template asks for, as the parser will check them: `sector#no/indicator`. */
export function structureKeys(input: RoundTemplateInput): string[] {
  return input.measures.flatMap((m) =>
    m.indicators.map((i) => `${m.sector}#${String(m.no)}/${i.key}`),
  );
}

/** The measures, one row each on the texts sheet: `sector#no`. */
export function measureKeys(input: RoundTemplateInput): string[] {
  return input.measures.map((m) => `${m.sector}#${String(m.no)}`);
}

export function structureHash(rows: readonly string[], measures: readonly string[]): string {
  return createHash('sha256')
    .update(`${rows.join('\n')}\n--\n${measures.join('\n')}`)
    .digest('hex');
}

/** Distinct labels of the previous figures, in first-seen order: one read-only column each. */
export function previousLabels(input: RoundTemplateInput): string[] {
  const labels: string[] = [];
  for (const m of input.measures)
    for (const i of m.indicators)
      for (const p of i.previous) if (!labels.includes(p.label)) labels.push(p.label);
  return labels;
}

/**
 * The agency's Excel template for a reporting round: its measures only, every cell locked but
 * the ones to fill (this period's figures, notes, qualitative results, explanations), numbers
 * validated as ≥ 0, units and previous figures shown, and a hidden sheet naming the city, round,
 * agency and structure so an upload can be matched to its round and checked.
 */
export async function buildAgencyTemplate(input: RoundTemplateInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = input.city;
  const previous = previousLabels(input);
  const figures = book.addWorksheet(SHEETS.figures, { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = [
    ...FIGURE_HEADERS,
    ...previous.map((l) => `${l}執行量`),
    `${VALUE_HEADER}（${input.period.label}）`,
    NOTE_HEADER,
  ];
  figures.addRow(headers).font = { bold: true };
  const valueColumn = FIGURE_HEADERS.length + previous.length + 1;
  for (const m of input.measures)
    for (const i of m.indicators) {
      const prior = previous.map((l) => {
        const p = i.previous.find((x) => x.label === l);
        return p === undefined ? null : Number(p.value);
      });
      const row = figures.addRow([
        m.sectorName,
        m.no,
        m.name,
        i.key,
        i.label,
        i.unit,
        ...prior,
        null,
        null,
      ]);
      for (const column of [valueColumn, valueColumn + 1])
        row.getCell(column).protection = { locked: false };
      row.getCell(valueColumn).dataValidation = {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formulae: [0],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: '數值錯誤 Invalid number',
        error: `請填入 ≥ 0 的數字，單位：${i.unit}`,
      };
    }
  figures.columns.forEach((c, n) => (c.width = [8, 6, 30, 14, 26, 10][n] ?? 16));

  const texts = book.addWorksheet(SHEETS.texts, { views: [{ state: 'frozen', ySplit: 1 }] });
  texts.addRow([...TEXT_HEADERS]).font = { bold: true };
  for (const m of input.measures) {
    const row = texts.addRow([m.sectorName, m.no, m.name, null, null]);
    for (const column of [4, 5]) {
      row.getCell(column).protection = { locked: false };
      row.getCell(column).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  texts.columns.forEach((c, n) => (c.width = [8, 6, 30, 50, 50][n] ?? 16));

  const meta = book.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
  const keys = structureKeys(input);
  meta.addRows([
    ['format', FORMAT],
    ['city', input.city],
    ['round', input.round],
    ['plan', input.plan],
    ['agency', input.agency.code],
    ['periodStart', input.period.start],
    ['periodEnd', input.period.end],
    ['cutOff', input.cutOff],
    ['previousColumns', String(previous.length)],
    ['structure', structureHash(keys, measureKeys(input))],
    ...keys.map((k) => ['row', k]),
    ...measureKeys(input).map((k) => ['measure', k]),
    // Outside the structure hash: a newer version elsewhere is a conflict, not another layout.
    ...input.measures.map((m) => [
      'version',
      `${m.sector}#${String(m.no)}@${String(m.version ?? 0)}`,
    ]),
  ]);
  // Protection stops accidental edits of the structure; the parser checks it all the same.
  const options = {
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  };
  await figures.protect('', options);
  await texts.protect('', options);
  await meta.protect('', options);
  return Buffer.from(await book.xlsx.writeBuffer());
}
