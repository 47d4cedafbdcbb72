import { presentPlanSummary } from '../../contracts/plan-summary.js';
import { parseIsoDate, todayInTaiwan } from '../../core/dates.js';
import { NetZeroError } from '../../core/errors.js';
import { findCity } from '../../db/city/cities.js';
import { listPlans, resolvePlan } from '../../db/plans/list-plans.js';
import { getPlanSummary } from '../../db/plans/plan-summary.js';
import { usage } from '../args.js';
import { withDatabase } from '../database.js';
import { formatSummary, type Lang } from '../format-summary.js';
import type { Flags } from '../declare.js';
import type { CliIo } from '../io.js';

export async function planList(
  { values }: Flags<{ city: 'string'; json: 'boolean' }>,
  io: CliIo,
): Promise<number> {
  const plans = await withDatabase(io, (db) => listPlans(db, values.city));
  if (values.json) io.out(JSON.stringify(plans, null, 2));
  else if (plans.length === 0)
    io.out('No plans yet: run `netzero seed kaohsiung` or `netzero import <file>`.');
  else
    for (const p of plans)
      io.out(`${p.city}\t${p.code}\t${p.start}…${p.end}\t${p.measures} measures\t${p.name}`);
  return 0;
}

type SummaryFlags = Flags<
  Record<'city' | 'plan' | 'as-of' | 'lang', 'string'> & { json: 'boolean' }
>;

export async function planSummary({ values }: SummaryFlags, io: CliIo): Promise<number> {
  const asOf = parseIsoDate(values['as-of'] ?? todayInTaiwan(), '--as-of');
  const lang = parseLang(values.lang);
  const { summary, cityName } = await withDatabase(io, async (db) => {
    const target = await resolvePlan(db, values.city, values.plan);
    const city = await findCity(db, target.city);
    if (!city) throw new NetZeroError('NOT_FOUND', `no city "${target.city}"`);
    const computed = await getPlanSummary(db, target.city, target.plan, asOf);
    return {
      summary: presentPlanSummary(computed),
      cityName: lang === 'en' ? (city.nameEn ?? city.name) : city.name,
    };
  });
  io.out(values.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, cityName, lang));
  return 0;
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'zh-TW') return 'zh';
  if (value === 'en') return 'en';
  throw usage(`--lang must be zh or en, not "${value}"`);
}
