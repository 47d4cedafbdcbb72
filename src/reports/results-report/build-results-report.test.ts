import { beforeAll, expect, it } from 'vitest';
import { correctSolar110 } from '../../db/test-support/kaohsiung-table1.js';
import { Decimal } from '../../core/decimal.js';
import { loadDataset } from '../../datasets/datasets.js';
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

  it('states baseline, latest ended year and change from the emissions module, as the dataset gives them', async () => {
    // Independently of the database: the net figures as data/kaohsiung.yaml records them.
    const dataset = await loadDataset('kaohsiung');
    const net = new Map(
      dataset.emissionFigures
        .filter((f) => f.basis === 'net')
        .map((f) => [f.year, new Decimal(f.valueT)]),
    );
    const reduction = dataset.emissionTargets?.find((t) => t.kind === 'reduction');
    const baseYear = reduction?.kind === 'reduction' ? reduction.baseYear : 0;
    // As of 2023-09-30 the year 2023 is not over: 2022 is the latest year held.
    const latestYear = Math.max(...[...net.keys()].filter((y) => y <= 2022));
    const base = net.get(baseYear) ?? new Decimal(0);
    const latest = net.get(latestYear) ?? new Decimal(0);
    const e = report.emissions;
    expect([baseYear, latestYear]).toEqual([2005, 2022]);
    expect(e.baseline).toMatchObject({ year: baseYear, valueT: base.toFixed() });
    expect(e.latest).toMatchObject({ year: latestYear, valueT: latest.toFixed() });
    expect(e.change).toEqual({
      t: latest.minus(base).toFixed(),
      percent: latest.minus(base).dividedBy(base).times(100).toFixed(2, Decimal.ROUND_HALF_UP),
    });
    expect(e.change?.percent).toBe('-20.85');
    expect(e.series.map((s) => s.year)).toEqual([...net.keys()].filter((y) => y <= 2022).sort());
    expect(e.paragraphs[0]).toContain('2022 年 5,235.00 萬公噸 CO₂e〔2〕');
    expect(e.paragraphs[0]).toContain('6,614.00 萬公噸 CO₂e〔1〕減少 20.85%');
    expect(e.sources.map((s) => s.code)).toEqual([
      'report-112',
      'news-emissions-2022',
      'epb-press-2016',
      'news-emissions-2020',
      'news-carbon-budget',
    ]);
    expect(e.sources[0]?.citation).toBe(
      '高雄市政府 — 112年度高雄市第二期溫室氣體減量執行方案成果報告 — 112年11月20日 — 網址不明',
    );
    expect(e.sources[4]?.citation).toBe(
      'Newtalk — 府會合作共推淨零轉型 高市通過全國首筆「城市碳預算」 — 114年6月3日 — https://today.line.me/tw/v3/article/zN1zoEK',
    );
  });

  it('takes the targets, the pathway, the gap and the shares from the stored data', () => {
    const e = report.emissions;
    // 2030: −30 % of 2005's 66,140,000 t; 2050: net zero.
    expect(e.targets.map((t) => [t.year, t.valueT])).toEqual([
      [2030, '46298000'],
      [2050, '0'],
    ]);
    // The straight line 2005 → 2030 at 2022: 66,140,000 × (1 − 0.30 × 17/25).
    const pathway2022 = new Decimal(66140000).times(
      new Decimal(1).minus(new Decimal(0.3).times(17).dividedBy(25)),
    );
    expect(e.gap).toMatchObject({
      year: 2022,
      pathwayT: pathway2022.toFixed(),
      actualT: '52350000',
    });
    expect(e.gap?.gapT).toBe(new Decimal(52350000).minus(pathway2022).toFixed());
    expect(e.paragraphs.join('')).toContain(
      '2030 年較 2005 年減量 30%，即淨排放量不超過 4,629.80 萬公噸',
    );
    expect(e.shares?.sectors.map((s) => [s.category, s.percent])).toEqual([
      ['industry', '83'],
      ['residential_commercial', '9'],
      ['transport', '7'],
    ]);
    expect(e.shares?.scopes.map((s) => s.percent)).toEqual(['72', '28']);
  });

  it('states the carbon budget that covers the plan period, with its approval', () => {
    expect(report.emissions.carbonBudget).toMatchObject({
      code: 'cb-2025-2026',
      capT: '50937300',
      capBasis: 'annual',
      periodCapT: '101874600',
      allocations: [],
      approval: 'council_approved',
      approvedOn: '2025-06-02',
    });
    expect(report.emissions.paragraphs.at(-1)).toContain('每年排放上限 5,093.73 萬公噸');
    expect(report.emissions.paragraphs.at(-1)).toContain('於資料截止日後');
  });

  it('counts a year once it is over: as of 2023-12-31 the latest year is 2023', async () => {
    const yearEnd = await buildResultsReport(getDb().db, 'kaohsiung', 'phase2', '2023-12-31');
    expect(yearEnd.emissions.latest).toMatchObject({ year: 2023, valueT: '49520000' });
  });

  it('rewrites the text when a stored target changes', async () => {
    const { db } = getDb();
    const update = (percent: string) =>
      db
        .updateTable('emission_targets')
        .set({ reduction_percent: percent })
        .where('city_id', '=', 'kaohsiung')
        .where('year', '=', 2030)
        .executeTakeFirst();
    expect((await update('35')).numUpdatedRows).toBe(1n);
    try {
      const changed = await buildResultsReport(db, 'kaohsiung', 'phase2', AS_OF);
      const text = changed.emissions.paragraphs.join('');
      // 66,140,000 t × 0.65 = 42,991,000 t.
      expect(text).toContain('2030 年較 2005 年減量 35%，即淨排放量不超過 4,299.10 萬公噸');
      expect(changed.emissions.targets[0]?.valueT).toBe('42991000');
    } finally {
      await update('30');
    }
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
    expect(await correctSolar110(db)).toBe(1n);
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
