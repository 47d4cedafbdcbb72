import type { Kysely, Transaction } from 'kysely';
import { NetZeroError, notFound } from '../../core/errors.js';
import type { AuditAction } from '../../core/vocabulary/lists.js';
import type {
  IndicatorDocument,
  IndicatorValueDocument,
  IndicatorVersionDocument,
} from '../../contracts/indicator-document.js';
import { indicatorProblems } from '../../contracts/validate-indicators-document.js';
import { appendAudit } from '../audit/append-audit.js';
import { documentFailure } from '../../contracts/document-problems.js';
import type { Tables } from '../tables.js';
import { lockIndicators } from './import-indicators.js';
import { loadIndicatorContext } from './indicator-context.js';
import { loadIndicators } from './load-indicators.js';

/** The indicator a change is made to, and who makes it. */
export interface IndicatorAt {
  db: Kysely<Tables>;
  city: string;
  code: string;
  actor: string;
}

/**
 * One change to one indicator, the same way each time: lock the city's indicators, read the
 * indicator, make the change in memory, check the whole indicator as it would then be (versions,
 * SDG codes, every value against the version of its year), and only then write and audit. So a
 * value for a retired year, a revision that would strand a value in the wrong unit, or a missed
 * target without an explanation is refused with nothing written.
 */
export async function changeIndicator(
  { db, city, code, actor }: IndicatorAt,
  change: {
    action: AuditAction;
    apply: (indicator: IndicatorDocument) => IndicatorDocument;
    write: (trx: Transaction<Tables>, after: IndicatorDocument) => Promise<void>;
  },
): Promise<IndicatorDocument> {
  return db.transaction().execute(async (trx) => {
    await lockIndicators(trx, city);
    const [before] = await loadIndicators(trx, city, code);
    if (!before) throw notFound(`indicator "${code}"`);
    const after = change.apply(before);
    const issues = indicatorProblems(after, 'indicator', await loadIndicatorContext(trx, city));
    if (issues.length > 0) throw documentFailure('indicator', issues);
    await change.write(trx, after);
    await appendAudit(trx, {
      city,
      actor,
      action: change.action,
      entity: 'indicator',
      entityKey: code,
      before: summary(before),
      after: summary(after),
    });
    return after;
  });
}

/** What the audit keeps of an indicator: its versions' years, types and targets, and its values. */
function summary(indicator: IndicatorDocument) {
  return {
    versions: indicator.versions.map((v) => ({
      validFrom: v.validFrom,
      validTo: v.validTo,
      kind: v.kind,
      unit: v.unit,
      targets: v.targets,
    })),
    values: indicator.values.map((v: IndicatorValueDocument) => ({
      year: v.year,
      value: v.value,
      unit: v.unit,
    })),
  };
}

/** The version still in force (open-ended), which a revision or retirement closes. */
export function openVersion(indicator: IndicatorDocument): IndicatorVersionDocument {
  const last = indicator.versions.at(-1);
  if (!last || last.validTo !== null)
    throw new NetZeroError('CONFLICT', `indicator "${indicator.code}" is retired`, [
      { path: 'indicator', message: `retired after ${String(last?.validTo ?? '')}` },
    ]);
  return last;
}
