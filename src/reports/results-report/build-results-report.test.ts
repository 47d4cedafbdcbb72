import { beforeAll, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import { table1ReductionsWan } from '../../db/test-support/kaohsiung-table1.js';
import { loadReportSnapshot, saveReportSnapshot } from '../snapshots/report-snapshots.js';
import { buildResultsReport } from './build-results-report.js';
import type { ResultsReport, Table1Measure } from './model.js';

const AS_OF = '2023-09-30';
const sumWan = (values: readonly (string | null)[]) =>
  values.reduce((total, v) => total.plus(v ?? 0), new Decimal(0)).toFixed(2);
/** A measure's reduction as Table 1 prints it: its rows' tonnes added, shown in 萬噸. */
const measureWan = (m: Table1Measure) =>
  m.rows.every((r) => r.reductionT === null)
    ? null
    : new Decimal(sumWan(m.rows.map((r) => r.reductionT))).dividedBy(10000).toFixed(2);

describeEachDatabase('the Kaohsiung results report as of 2023-09-30', (getDb) => {
  let report: ResultsReport;
  beforeAll(async () => {
    await seedDataset(getDb().db, 'kaohsiung');
    report = await buildResultsReport(getDb().db, 'kaohsiung', 'phase2', AS_OF);
  });

  it("gives Table 1's per-measure reductions, as transcribed independently from the report", () => {
    const got = Object.fromEntries(
      report.table1.sectors.map((s) => [s.code, s.measures.map(measureWan)]),
    );
    expect(got).toEqual(table1ReductionsWan);
  });

  it('totals each sector and the plan from the rows, and says how that meets the printed total', () => {
    for (const sector of report.table1.sectors)
      expect([sector.code, sector.reductionWan]).toEqual([
        sector.code,
        sumWan(table1ReductionsWan[sector.code] ?? []),
      ]);
    expect(report.table1.totalWan).toBe('464.73');
    expect(report.table1.totalNote).toContain('464.74');
  });

  it("prints one column per year of figures, named as the seed's header", () => {
    expect(report.table1.periodColumns.map((c) => c.label)).toEqual([
      '110年執行量',
      '111年執行量',
      '112/1~9月執行量',
    ]);
    const housing = report.table1.sectors.find((s) => s.code === 'residential_commercial');
    const rows = housing?.measures[0]?.rows ?? [];
    expect(rows.map((r) => [r.periods.map((c) => c.text), r.total.text, r.reductionWan])).toEqual([
      [['975,953', '551,452', '9,870'], '1,537,275 立方公尺', '0.05'],
      [['675,739', '844,386', '11,028'], '1,531,153 W', '0.20'],
      [['107,916', '367,858', '155,143'], '630,917 kW', '40.38'],
    ]);
  });

  it('lists in Table 5 exactly the indicators the progress engine finds lagging', async () => {
    const summary = await getPlanSummary(getDb().db, 'kaohsiung', 'phase2', AS_OF);
    const lagging = summary.measures.flatMap((m) =>
      m.indicators.filter((i) => i.status === 'lagging').map((i) => `${m.name}/${i.unit}`),
    );
    expect(lagging.length).toBeGreaterThan(0);
    expect(report.lagging.map((r) => `${r.measure}/${r.unit ?? ''}`)).toEqual(lagging);
    const lighting = report.lagging.find((r) => r.indicator === '既有建築物節能燈具設置瓦數');
    expect(lighting?.explanation).toContain('COVID-19');
    expect(lighting?.progressText).toMatch(/^1,531,153\/[\d,.]+ W$/);
  });

  it('states the emissions the city holds: baseline, latest ended year, change and shares', () => {
    const e = report.emissions;
    expect(e.baseline).toEqual({ year: 2005, valueT: '66140000' });
    // As of 2023-09-30 the 2023 figure cannot be known yet: 2022 is the latest.
    expect(e.latest).toEqual({ year: 2022, valueT: '52350000' });
    expect(e.changePercent).toBe('-20.85');
    expect(e.shares?.items.find((s) => s.category === 'industry')?.percent).toBe('83');
  });

  it("quotes the agencies' qualitative results by measure, in period order", () => {
    const energy = report.sectorSummaries.find((s) => s.code === 'energy');
    expect(energy?.paragraph).toContain('能源部門共 4 項措施');
    expect(energy?.qualitative.map((q) => `${q.measure} ${q.period}`)).toEqual([
      '公民電廠推動計畫 110年',
      '公民電廠推動計畫 111年',
      '公民電廠推動計畫 112年1–9月',
      '減煤政策-電廠 110年',
      '減煤政策-電廠 111年',
      '減煤政策-電廠 112年1–9月',
    ]);
  });

  it('freezes a report: after the data changes its snapshot renders the same model', async () => {
    const { db } = getDb();
    const frozen = await saveReportSnapshot(db, report);
    expect(await saveReportSnapshot(db, report)).toMatchObject({ id: frozen.id });
    // An agency corrects a figure: 能源1's 110 execution, 295 → 300 MWp.
    const corrected = await db
      .updateTable('results')
      .set({ value: '300' })
      .where('city_id', '=', 'kaohsiung')
      .where('value', '=', '295')
      .executeTakeFirst();
    expect(corrected.numUpdatedRows).toBe(1n);
    const later = await buildResultsReport(db, 'kaohsiung', 'phase2', AS_OF);
    expect(JSON.stringify(later)).not.toBe(JSON.stringify(report));
    const again = await loadReportSnapshot(db, 'kaohsiung', frozen.id);
    expect(again.report).toEqual(report);
    expect(again.contentHash).toBe(frozen.contentHash);
    await expect(loadReportSnapshot(db, 'kaohsiung', frozen.id + 1000)).rejects.toThrow(
      /no report snapshot/,
    );
  });
});
