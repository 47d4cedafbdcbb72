import type { Kysely } from 'kysely';
import { Decimal } from '../../core/decimal.js';
import { yearOf, type IsoDate } from '../../core/dates.js';
import { toWanTonnesText } from '../../core/rollup/display.js';
import type { Tables } from '../../db/tables.js';
import { formatNumber, percentOf } from './format.js';
import type { EmissionsStatus } from './model.js';

/**
 * The city's reduction goals relative to its base year, until the emissions inventory
 * (migration 0003) stores them as data. Kaohsiung's are set by 高雄市淨零城市發展自治條例
 * (2030: −30 % against 2005; 2050: net zero), cited in shared/DOMAIN.md.
 */
const CITY_GOALS: Record<string, readonly { year: number; cutPercent: number; label: string }[]> = {
  kaohsiung: [
    { year: 2030, cutPercent: 30, label: '2030 年減量 30%（淨零城市發展自治條例）' },
    { year: 2050, cutPercent: 100, label: '2050 年淨零排放' },
  ],
};

const SHARE_LABELS: Record<string, string> = {
  industry: '工業部門',
  residential_commercial: '住商部門',
  transport: '運輸部門',
  agriculture: '農業部門',
  environment: '環境部門',
  energy: '能源部門',
  direct: '直接排放',
  indirect: '間接排放（電力）',
};

/**
 * Chapter 1 part 1 from the city's emission figures. The one place the report reads emissions:
 * when the inventory lands, only this function changes.
 *
 * A year's figure counts once the year is over: a report as of 2023-09-30 uses 2022 at the
 * latest. Net emissions are used throughout (the seed compares net with net).
 */
export async function loadEmissionsStatus(
  db: Kysely<Tables>,
  cityId: string,
  asOf: IsoDate,
): Promise<EmissionsStatus> {
  const lastYear = yearOf(asOf) - 1;
  const [figures, shares] = await Promise.all([
    db
      .selectFrom('emission_figures')
      .select(['year', 'value_t', 'source_code'])
      .where('city_id', '=', cityId)
      .where('basis', '=', 'net')
      .where('year', '<=', lastYear)
      .orderBy('year')
      .execute(),
    db
      .selectFrom('emission_shares')
      .select(['year', 'category', 'percent'])
      .where('city_id', '=', cityId)
      .where('year', '<=', lastYear)
      .orderBy('year')
      .orderBy('position')
      .execute(),
  ]);
  const series = figures.map((f) => ({
    year: f.year,
    valueT: new Decimal(f.value_t).toFixed(),
    source: f.source_code,
  }));
  const first = series[0];
  const last = series.at(-1);
  const baseline = first ? { year: first.year, valueT: first.valueT } : null;
  const latest = last && last !== first ? { year: last.year, valueT: last.valueT } : null;
  const changePercent =
    baseline && latest
      ? percentOf(
          new Decimal(latest.valueT).minus(baseline.valueT),
          new Decimal(baseline.valueT),
          2,
        )
      : null;
  const targets = baseline
    ? (CITY_GOALS[cityId] ?? []).map((g) => ({
        year: g.year,
        valueT: new Decimal(baseline.valueT)
          .times(100 - g.cutPercent)
          .dividedBy(100)
          .toFixed(),
        label: g.label,
      }))
    : [];
  const shareYear = shares.at(-1)?.year;
  const shareItems = shares
    .filter((s) => s.year === shareYear)
    .map((s) => ({
      category: s.category,
      label: SHARE_LABELS[s.category] ?? s.category,
      percent: new Decimal(s.percent).toFixed(),
    }));
  const wan = (t: string) => formatNumber(toWanTonnesText(new Decimal(t)));
  const paragraphs: string[] = [];
  if (baseline && latest && changePercent !== null) {
    const fall = new Decimal(changePercent).isNegative();
    paragraphs.push(
      `本市 ${latest.year} 年溫室氣體淨排放量為 ${wan(latest.valueT)} 萬公噸 CO₂e，` +
        `相較 ${baseline.year} 年基準年 ${wan(baseline.valueT)} 萬公噸${fall ? '減少' : '增加'} ` +
        `${new Decimal(changePercent).abs().toFixed(2)}%` +
        `（${fall ? '減量' : '增量'}約 ${wan(new Decimal(baseline.valueT).minus(latest.valueT).abs().toFixed())} 萬公噸）。`,
    );
  } else if (baseline) {
    paragraphs.push(
      `本市 ${baseline.year} 年溫室氣體淨排放量為 ${wan(baseline.valueT)} 萬公噸 CO₂e。`,
    );
  } else {
    paragraphs.push('本市尚無溫室氣體排放量資料。');
  }
  for (const t of targets)
    paragraphs.push(`目標：${t.label}，即淨排放量不超過 ${wan(t.valueT)} 萬公噸 CO₂e。`);
  if (shareYear !== undefined && shareItems.length > 0)
    paragraphs.push(
      `${shareYear} 年排放結構：` +
        shareItems.map((s) => `${s.label}約占 ${s.percent}%`).join('、') +
        '。',
    );
  return {
    series,
    baseline,
    latest,
    changePercent,
    targets,
    shares: shareYear === undefined ? null : { year: shareYear, items: shareItems },
    paragraphs,
  };
}
