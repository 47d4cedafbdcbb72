import type ExcelJS from 'exceljs';
import { wanTonnesNumber } from '../../core/format/tonnes.js';
import type { EmissionsChapter } from '../results-report/model.js';
import { addSheet, type Value } from './xlsx-sheet.js';

/** Chapter 1's sheet names, for readers of the workbook (and its tests). */
export const EMISSIONS_SHEET = '第一章 排放現況';
export const PATHWAY_SHEET = '減量路徑';

/**
 * Chapter 1's figures as numbers: one row per figure (item, year, tonnes, 萬公噸, percent,
 * source), and the pathway year by year beside the years held. Numbers become IEEE doubles
 * here, for the spreadsheet only; the model keeps the exact decimals.
 */
export function addEmissionSheets(book: ExcelJS.Workbook, e: EmissionsChapter): void {
  const source = (no: number | null) =>
    no === null ? null : (e.sources.find((s) => s.no === no)?.title ?? null);
  const tonnes = (item: string, year: number | null, t: string, no: number | null): Value[] => [
    item,
    year,
    Number(t),
    wanTonnesNumber(t),
    null,
    source(no),
  ];
  const percent = (item: string, year: number, p: string, no: number | null): Value[] => [
    item,
    year,
    null,
    null,
    Number(p),
    source(no),
  ];
  const rows: Value[][] = e.series.map((s) => tonnes('淨排放量', s.year, s.valueT, s.source));
  if (e.baseline)
    rows.push(tonnes('基準年淨排放量', e.baseline.year, e.baseline.valueT, e.baseline.source));
  if (e.latest)
    rows.push(tonnes('最新年度淨排放量', e.latest.year, e.latest.valueT, e.latest.source));
  if (e.change && e.latest) {
    rows.push(tonnes('較基準年增減量', e.latest.year, e.change.t, null));
    rows.push(percent('較基準年增減率', e.latest.year, e.change.percent, null));
  }
  for (const t of e.targets) rows.push(tonnes(`目標：${t.label}`, t.year, t.valueT, t.source));
  if (e.gap) {
    rows.push(tonnes('減量路徑值', e.gap.year, e.gap.pathwayT, null));
    rows.push(tonnes('與減量路徑差距（正為高於路徑）', e.gap.year, e.gap.gapT, null));
    if (e.gap.gapPercent !== null)
      rows.push(percent('與減量路徑差距率', e.gap.year, e.gap.gapPercent, null));
  }
  if (e.shares) {
    const shares = e.shares;
    for (const s of [...shares.sectors, ...shares.scopes])
      rows.push(percent(`排放占比：${s.label}`, shares.year, s.percent, shares.source));
  }
  const b = e.carbonBudget;
  if (b) {
    const name = b.name ?? b.code;
    const capLabel = b.capBasis === 'annual' ? '每年上限' : '期間上限';
    rows.push(tonnes(`碳預算 ${name} ${capLabel}`, b.startYear, b.capT, b.source));
    rows.push(tonnes(`碳預算 ${name} 期間合計`, b.startYear, b.periodCapT, b.source));
    for (const a of b.allocations)
      rows.push(
        tonnes(`碳預算 ${name} 分配：${a.label}（期間合計）`, b.startYear, a.capT, b.source),
      );
    rows.push([
      `碳預算 ${name} 審議狀態：${b.approvalLabel}`,
      null,
      null,
      null,
      null,
      source(b.source),
    ]);
  }
  addSheet(
    book,
    EMISSIONS_SHEET,
    ['項目', '年', '數值 (公噸 CO₂e)', '數值 (萬公噸 CO₂e)', '百分比 (%)', '來源'],
    rows,
    [44, 8, 18, 18, 12, 50],
  );
  const actual = new Map(e.series.map((s) => [s.year, s.valueT]));
  const years = [...new Set([...e.series.map((s) => s.year), ...e.pathway.map((p) => p.year)])];
  const pathway = new Map(e.pathway.map((p) => [p.year, p.valueT]));
  addSheet(
    book,
    PATHWAY_SHEET,
    ['年', '減量路徑 (公噸 CO₂e)', '淨排放量 (公噸 CO₂e)'],
    years
      .sort((x, y) => x - y)
      .map((y) => {
        const p = pathway.get(y);
        const a = actual.get(y);
        return [y, p === undefined ? null : Number(p), a === undefined ? null : Number(a)];
      }),
    [8, 22, 22],
  );
}
