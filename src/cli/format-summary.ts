import type { PlanSummaryJson } from '../contracts/plan-summary.js';
import { Decimal } from '../core/decimal.js';
import { formatRocDate } from '../core/roc-date.js';
import { toWanTonnesText } from '../core/format/tonnes.js';
import { renderTable } from './text-table.js';
import { catalogs } from '../core/catalog/catalogs.js';
import { progressStatuses } from '../core/progress/status.js';

export type Lang = 'zh' | 'en';

/** The CLI's languages, named as `--lang` takes them, and the catalog each reads. */
const catalogOf = { zh: catalogs['zh-TW'], en: catalogs.en } as const;

const words = {
  zh: {
    title: (city: string, plan: string, asOf: string) =>
      `${city} ${plan} 執行成果摘要（截至 ${asOf}）`,
    sectorHeader: ['部門', '措施數'],
    reductionHeader: '減碳量(萬公噸)',
    measureHeader: ['編號', '主要局處', '執行措施', '狀態', '減碳量(萬公噸)'],
    total: '合計',
    goal: (goal: string) => `五年減碳目標：${goal} 萬公噸`,
    published: '與公布數字核對：',
    indicator: (unit: string, target: string, actual: string, expected: string) =>
      `目標 ${target} ${unit}｜實際 ${actual}｜應達 ${expected}`,
    sector: (_code: string, name: string) => name,
    none: '—',
  },
  en: {
    title: (city: string, plan: string, asOf: string) => `${city} ${plan}: progress as of ${asOf}`,
    sectorHeader: ['Sector', 'Measures'],
    reductionHeader: 'Reduction (10⁴ t)',
    measureHeader: ['No.', 'Agency', 'Measure', 'Status', 'Reduction (10⁴ t)'],
    total: 'Total',
    goal: (goal: string) => `Five-year reduction goal: ${goal} (10⁴ t)`,
    published: 'Checked against the published figures:',
    indicator: (unit: string, target: string, actual: string, expected: string) =>
      `target ${target} ${unit} | actual ${actual} | expected ${expected}`,
    sector: (code: string, name: string) =>
      (catalogs.en.sector as Record<string, string>)[code] ?? name,
    none: '-',
  },
} as const;

/** 535200.00 t → "53.52" (萬公噸), the reports' display unit. */
function wan(tonnes: string | null): string {
  return tonnes === null ? '-' : toWanTonnesText(new Decimal(tonnes));
}

/** Expected values are ratios of days: two decimals are plenty for reading. */
function rounded(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toDecimalPlaces(2).toFixed();
}

function withUnit(value: string | null, unit: string, none: string): string {
  return value === null ? none : `${value} ${unit}`;
}

/** The human-readable summary printed by `netzero plan summary` and the demo. */
export function formatSummary(summary: PlanSummaryJson, cityName: string, lang: Lang): string {
  const w = words[lang];
  const status = catalogOf[lang].status;
  const sectorHeader = [
    ...w.sectorHeader,
    ...progressStatuses.map((s) => status[s]),
    w.reductionHeader,
  ];
  const asOf = lang === 'zh' ? formatRocDate(summary.asOf) : summary.asOf;
  const lines = [w.title(cityName, summary.plan, asOf), ''];
  const sectorRows = summary.sectors.map((s) => [
    w.sector(s.code, s.name),
    String(s.measures),
    ...progressStatuses.map((p) => String(s.status[p])),
    wan(s.reductionT),
  ]);
  const t = summary.status;
  sectorRows.push([
    w.total,
    String(summary.measures.length),
    ...progressStatuses.map((p) => String(t[p])),
    wan(summary.totalReductionT),
  ]);
  lines.push(
    renderTable([sectorHeader, ...sectorRows], [false, true, true, true, true, true, true, true]),
  );
  if (summary.goalReductionT) lines.push('', w.goal(wan(summary.goalReductionT)));
  const checks = [
    ...summary.sectors.flatMap((s) =>
      s.published ? [`  ${w.sector(s.code, s.name)}: ${s.published.explanation[lang]}`] : [],
    ),
    ...(summary.published ? [`  ${w.total}: ${summary.published.explanation[lang]}`] : []),
  ];
  if (checks.length) lines.push('', w.published, ...checks);
  for (const sector of summary.sectors) {
    lines.push('', `【${w.sector(sector.code, sector.name)}】`);
    const rows: string[][] = [];
    for (const m of summary.measures.filter((x) => x.sector === sector.code)) {
      rows.push([String(m.no), m.agency ?? w.none, m.name, status[m.status], wan(m.reductionT)]);
      for (const i of m.indicators.filter((x) => x.targetKind !== 'observation')) {
        rows.push([
          '',
          '',
          `  ${i.label}: ${w.indicator(i.unit, i.target ?? w.none, withUnit(i.actual, i.unit, w.none), withUnit(rounded(i.expectedToDate), i.unit, w.none))}`,
          status[i.status],
          '',
        ]);
      }
    }
    lines.push(renderTable([w.measureHeader, ...rows], [true, false, false, false, true]));
  }
  return lines.join('\n');
}
