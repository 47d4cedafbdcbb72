import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { NetZeroError } from '../../core/errors.js';
import { indicatorVocabulary } from '../../core/indicators/vocabulary.js';
import type { IndicatorsDocument } from '../../contracts/indicator-document.js';
import { indicatorYears } from '../../contracts/indicator-years.js';
import {
  SYNTHETIC_INDICATOR_COUNT,
  syntheticIndicators,
} from '../../contracts/test-support/synthetic-indicators.js';
import { loadSdgReference } from '../../datasets/sdg-reference.js';
import { seedDataset } from '../city/seed-dataset.js';
import { seedCommittee } from '../committee/seed-committee.js';
import type { Tables } from '../tables.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { refusedWithNothingWritten } from '../test-support/refusal.js';
import { importIndicators } from './import-indicators.js';
import { loadIndicators } from './load-indicators.js';
import { recordIndicatorValue, retireIndicator, reviseIndicator } from './revise-indicator.js';
import { seedIndicators } from './seed-indicators.js';

const actor = 'sec';
/** One of the city's indicators, changed by the secretariat. */
const at = (db: Kysely<Tables>, code: string) => ({ db, city: 'kaohsiung', code, actor });
const synthetic = syntheticIndicators('kaohsiung', await loadSdgReference());

const tables = [
  'sdg_indicators',
  'sdg_indicator_versions',
  'sdg_indicator_links',
  'sdg_indicator_targets',
  'sdg_indicator_values',
  'audit_log',
] as const;

const refusal = (db: Kysely<Tables>, write: () => Promise<unknown>) =>
  refusedWithNothingWritten(db, tables, write);

const clone = (): IndicatorsDocument => structuredClone(synthetic);
/** A year's report with a highlight and no explanation; a test sets what it is about. */
const report = (year: number, value: string, unit: string) => ({
  year,
  value,
  unit,
  highlight: '亮點',
  explanation: null,
  source: null,
});
const paths = (error: NetZeroError) => error.issues.map((x) => x.path);
/** Where a new value for `year` lands among a synthetic indicator's values (they are by year). */
function valuePath(code: string, year: number, field: string): string {
  const values = synthetic.indicators.find((i) => i.code === code)?.values ?? [];
  return `indicator.values[${String(values.filter((v) => v.year < year).length)}].${field}`;
}

describeEachDatabase('sustainability indicators', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    await seedCommittee(db, 'kaohsiung', 'kaohsiung', actor);
  });

  it('records the shipped indicators the minutes name, with no value: every year 無資料', async () => {
    const { db } = getDb();
    expect(await seedIndicators(db, 'kaohsiung', 'kaohsiung', actor)).toBe('created');
    expect(await seedIndicators(db, 'kaohsiung', 'kaohsiung', actor)).toBe('unchanged');
    const shipped = await loadIndicators(db, 'kaohsiung');
    expect(shipped.map((i) => [i.code, i.versions[0]?.name, i.versions[0]?.kind])).toEqual([
      ['social-in-kind-aid-sites', '實物救助服務據點', 'target'],
      ['transport-traffic-safety', '交通安全指標', 'target'],
    ]);
    expect(shipped.flatMap((i) => i.values)).toEqual([]);
    const years = shipped.flatMap((i) => indicatorYears(i, 2025));
    expect(new Set(years.map((y) => `${y.status}/${y.reason}`))).toEqual(
      new Set(['no_data/no_value']),
    );
  });

  it('round-trips 163 synthetic indicators × 8 years losslessly', async () => {
    const { db } = getDb();
    await importIndicators(db, 'kaohsiung', synthetic, actor);
    const loaded = await loadIndicators(db, 'kaohsiung');
    expect(loaded).toHaveLength(SYNTHETIC_INDICATOR_COUNT);
    expect(loaded).toEqual(synthetic.indicators);
    const statuses = loaded.flatMap((i) => indicatorYears(i, 2023)).map((y) => y.status);
    expect(new Set(statuses)).toEqual(new Set(indicatorVocabulary.status));
  });

  describe('bad input is refused, naming its path, and writes nothing', () => {
    it('refuses an SDG target code that does not exist', async () => {
      const { db } = getDb();
      const doc = clone();
      const version = doc.indicators[2]?.versions[0];
      if (!version) throw new Error('no version');
      version.sdgTargets = ['7.9'];
      const error = await refusal(db, () => importIndicators(db, 'kaohsiung', doc, actor));
      expect(error.issues).toContainEqual({
        path: 'indicators[2].versions[0].sdgTargets[0]',
        message: 'SDG target 7.9 does not exist in the 2030 Agenda',
      });
    });

    it('refuses a document marked synthetic whose names do not say so', async () => {
      const { db } = getDb();
      const doc = clone();
      const version = doc.indicators[1]?.versions[0];
      if (!version) throw new Error('no version');
      version.name = '再生能源裝置容量';
      version.nameEn = 'Renewable capacity';
      const error = await refusal(db, () => importIndicators(db, 'kaohsiung', doc, actor));
      expect(error.issues).toEqual([
        {
          path: 'indicators[1].versions[0].name',
          message: 'synthetic data: the name must say 合成',
        },
        {
          path: 'indicators[1].versions[0].nameEn',
          message: 'synthetic data: the name must say "synthetic"',
        },
      ]);
    });

    it('refuses a target-type indicator without a direction or without targets', async () => {
      const { db } = getDb();
      const doc = clone();
      const [first, second] = doc.indicators;
      if (!first?.versions[0] || !second?.versions[0]) throw new Error('no versions');
      first.versions[0].direction = null;
      second.versions[0].targets = [];
      const error = await refusal(db, () => importIndicators(db, 'kaohsiung', doc, actor));
      expect(paths(error)).toEqual([
        'indicators[0].versions[0].direction',
        'indicators[1].versions[0].targets',
      ]);
    });

    it('refuses a value for a retired indicator', async () => {
      const { db } = getDb();
      await retireIndicator(at(db, 'syn-001'), 2023);
      const error = await refusal(db, () =>
        recordIndicatorValue(at(db, 'syn-001'), report(2024, '120', '%')),
      );
      expect(paths(error)).toEqual([valuePath('syn-001', 2024, 'year')]);
      expect(error.message).toContain('retired after 2023');
    });

    it('refuses a value in a unit of another dimension', async () => {
      const { db } = getDb();
      const error = await refusal(db, () =>
        recordIndicatorValue(at(db, 'syn-002'), report(2023, '5', 'kWh')),
      );
      expect(paths(error)).toEqual([valuePath('syn-002', 2023, 'unit')]);
      expect(error.message).toContain('cannot combine kWh (energy) with 處 (sites)');
    });

    it('refuses a missed target without an explanation, and records it with one', async () => {
      const { db } = getDb();
      // syn-003 is higher-is-better in 人 with a 2023 target of 110.
      const value = report(2023, '100', '人');
      const error = await refusal(db, () => recordIndicatorValue(at(db, 'syn-003'), value));
      expect(paths(error)).toEqual([valuePath('syn-003', 2023, 'explanation')]);
      const after = await recordIndicatorValue(at(db, 'syn-003'), {
        ...value,
        explanation: '招募延宕',
      });
      expect(indicatorYears(after, 2023).at(-1)).toMatchObject({
        status: 'missed',
        reason: 'below_target',
      });
    });
  });

  it('judges each year against the version in force: a revision keeps the old years', async () => {
    const { db } = getDb();
    const [before] = await loadIndicators(db, 'kaohsiung', 'syn-005');
    const open = before?.versions.at(-1);
    if (!open) throw new Error('no version');
    await reviseIndicator(at(db, 'syn-005'), {
      ...open,
      validFrom: 2022,
      validTo: null,
      kind: 'observation',
      direction: null,
      targets: [],
    });
    const [after] = await loadIndicators(db, 'kaohsiung', 'syn-005');
    if (!after) throw new Error('gone');
    expect(after.versions.map((v) => [v.validFrom, v.validTo, v.kind])).toEqual([
      [2016, 2021, 'target'],
      [2022, null, 'observation'],
    ]);
    // The closed version keeps its targets up to 2021; those for 2022–2023 went with it.
    expect(after.versions[0]?.targets.map((t) => t.year).at(-1)).toBe(2021);
    const years = indicatorYears(after, 2023);
    expect(years.find((y) => y.year === 2021)?.validFrom).toBe(2016);
    expect(years.filter((y) => y.year >= 2022).map((y) => y.status)).toEqual([
      'observed',
      'observed',
    ]);
    const { rows } = await sql<{
      action: string;
    }>`SELECT action FROM audit_log WHERE entity_key = 'syn-005'`.execute(db);
    expect(rows.map((r) => r.action)).toEqual(['indicators.revise']);
  });
});
