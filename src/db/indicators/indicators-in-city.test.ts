import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CityDocument } from '../../contracts/city-document.js';
import type { IndicatorDocument } from '../../contracts/indicator-document.js';
import { exportCity } from '../city/export-city.js';
import { importCity } from '../city/import-city.js';
import { seedDataset } from '../city/seed-dataset.js';
import { seedCommittee } from '../committee/seed-committee.js';
import type { Database } from '../connect.js';
import { describeEachDatabase, openTestDatabase } from '../test-support/databases.js';
import { refusedWithNothingWritten } from '../test-support/refusal.js';
import { importIndicators } from './import-indicators.js';
import { loadIndicators } from './load-indicators.js';
import { seedIndicators } from './seed-indicators.js';

const city = 'kaohsiung';
const actor = 'sec';

/**
 * The shipped indicators with every part an indicator can have, for the round trip: SDG goals and
 * targets, a committee group, yearly targets, a measure link and values (test data, not the
 * city's: the sources give none of these).
 */
function withEveryPart(
  shipped: IndicatorDocument[],
  doc: CityDocument,
  group: string,
): IndicatorDocument[] {
  const plan = doc.plans[0];
  const measure = plan?.measures[0];
  if (!plan || !measure) throw new Error('the dataset has no measure');
  return shipped.map((indicator) => {
    const [version] = indicator.versions;
    if (!version) throw new Error(`${indicator.code} has no version`);
    const lower = version.direction === 'lower';
    return {
      ...indicator,
      versions: [
        { ...version, validTo: 2023 },
        {
          ...version,
          validFrom: 2024,
          group,
          sdgGoals: [11],
          sdgTargets: lower ? ['3.6', '11.2'] : ['1.3'],
          targetsUnknown: false,
          targets: [{ year: 2024, value: lower ? '100' : '50' }],
          measures: [{ plan: plan.code, sector: measure.sector, no: measure.no }],
        },
      ],
      values: [
        { year: 2023, value: '90', unit: version.unit, highlight: '基準年', explanation: null },
        {
          year: 2024,
          value: lower ? '120' : '40',
          unit: version.unit,
          highlight: '亮點',
          explanation: '未達標原因',
          source: null,
        },
      ].map((v) => ({ source: null, ...v })),
    };
  });
}

/** The tables an import writes to, to show that a refused one wrote nothing. */
const tables = [
  'cities',
  'sdg_indicators',
  'sdg_indicator_versions',
  'sdg_indicator_links',
  'sdg_indicator_targets',
  'sdg_indicator_measures',
  'sdg_indicator_values',
  'audit_log',
] as const;

describeEachDatabase('sustainability indicators in the city document', (getDb) => {
  let exported: CityDocument;
  let empty: Database;
  const copy = (): CityDocument => JSON.parse(JSON.stringify(exported)) as CityDocument;

  beforeAll(async () => {
    const { db, engine } = getDb();
    await seedDataset(db, city);
    await seedCommittee(db, city, city, actor);
    await seedIndicators(db, city, city, actor);
    const before = await exportCity(db, city);
    const group = before.committee?.groups[0]?.code;
    if (!group) throw new Error('the committee has no group');
    const indicators = withEveryPart(await loadIndicators(db, city), before, group);
    await importIndicators(db, city, { format: 'netzero-indicators/1', city, indicators }, actor);
    exported = await exportCity(db, city);
    empty = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await empty.close();
  });

  it('exports every version, SDG link, target, measure link and value', async () => {
    expect(exported.indicators).toEqual(await loadIndicators(getDb().db, city));
    const traffic = exported.indicators?.find((i) => i.code === 'transport-traffic-safety');
    expect(traffic?.versions.map((v) => [v.validFrom, v.validTo, v.sdgTargets])).toEqual([
      [2023, 2023, []],
      [2024, null, ['3.6', '11.2']],
    ]);
    expect(traffic?.versions[1]).toMatchObject({
      sdgGoals: [11],
      targets: [{ year: 2024, value: '100' }],
      measures: [expect.objectContaining({ plan: exported.plans[0]?.code })],
    });
    expect(traffic?.values.map((v) => [v.year, v.value, v.explanation])).toEqual([
      [2023, '90', null],
      [2024, '120', '未達標原因'],
    ]);
  });

  it('imports into an empty database as it was (a lossless round trip)', async () => {
    const stored = await importCity(empty.db, copy(), { actor });
    expect(stored.indicators).toEqual(exported.indicators);
    expect(await exportCity(empty.db, city)).toEqual(exported);
  });

  it('keeps the indicators through import --replace of its own export', async () => {
    const { db } = getDb();
    await importCity(db, copy(), { replace: true, actor });
    expect(await exportCity(db, city)).toEqual(exported);
    expect(await loadIndicators(db, city)).toEqual(exported.indicators);
  });

  it('takes targets and values in any order and stores them in the canonical one', async () => {
    const { db } = getDb();
    const later = { year: 2025, value: '1' };
    const shuffled = copy();
    const expected = copy();
    for (const indicator of shuffled.indicators ?? []) {
      indicator.values.reverse();
      indicator.versions[1]?.targets.unshift(later);
    }
    for (const indicator of expected.indicators ?? []) indicator.versions[1]?.targets.push(later);
    const stored = await importCity(db, shuffled, { replace: true, actor });
    expect(stored.indicators).toEqual(expected.indicators);
    expect(await exportCity(db, city)).toEqual(stored);
    await importCity(db, copy(), { replace: true, actor });
  });

  it('refuses a bad indicator naming its path inside the city document, writing nothing', async () => {
    const { db } = getDb();
    const doc = copy();
    const traffic = doc.indicators?.findIndex((i) => i.code === 'transport-traffic-safety') ?? -1;
    const version = doc.indicators?.[traffic]?.versions[1];
    if (!version) throw new Error('the export lacks its indicator');
    version.sdgTargets = ['3.99'];
    version.agency = 'no-such-agency';
    const error = await refusedWithNothingWritten(db, tables, () =>
      importCity(db, doc, { replace: true, actor }),
    );
    const at = `indicators[${String(traffic)}]`;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([`${at}.versions[1].sdgTargets[0]`, `${at}.versions[1].agency`]),
    );
    expect(await exportCity(db, city)).toEqual(exported);
  });

  it('refuses a value for a year no version is in force (a retired indicator), naming its path', async () => {
    const { db } = getDb();
    const doc = copy();
    const indicator = doc.indicators?.[0];
    const first = indicator?.versions[0];
    if (!indicator || !first) throw new Error('the export lacks its indicator');
    // Only the version that ends in 2023: the 2024 value is for a retired indicator.
    indicator.versions = [first];
    const error = await refusedWithNothingWritten(db, tables, () =>
      importCity(db, doc, { replace: true, actor }),
    );
    expect(error.issues.map((i) => i.path)).toContain('indicators[0].values[1].year');
  });
});
