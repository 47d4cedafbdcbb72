import type { Kysely, Transaction } from 'kysely';
import type { IndicatorDocument, IndicatorsDocument } from '../../contracts/indicator-document.js';
import { validateIndicatorsDocument } from '../../contracts/validate-indicators-document.js';
import { appendAudit } from '../audit/append-audit.js';
import { lockCity } from '../city-lock.js';
import { deleteCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { loadIndicatorContext } from './indicator-context.js';
import { insertIndicators } from './write-indicators.js';

/** Serialises the changes to one city's indicators (import, revise, retire, values). */
export async function lockIndicators(trx: Transaction<Tables>, city: string): Promise<void> {
  await lockCity(trx, 'indicators', city);
}

/**
 * Replaces a city's indicators with a document's, in one transaction: the document is checked
 * completely first (shape, SDG codes, versions, values, the city's agencies, groups, sources and
 * measures), so a refused document writes nothing. Audited as one entry with the counts.
 */
export async function importIndicators(
  db: Kysely<Tables>,
  city: string,
  input: unknown,
  actor: string,
): Promise<IndicatorsDocument> {
  return db.transaction().execute(async (trx) => {
    await lockIndicators(trx, city);
    const doc = validateIndicatorsDocument(input, await loadIndicatorContext(trx, city));
    await deleteCityRows(trx, 'sdg_indicators', city).execute();
    await recordIndicators(trx, city, doc.indicators, actor, doc.synthetic);
    return doc;
  });
}

/**
 * Writes a city's indicators (already checked, into a city that has none) and audits them as one
 * entry with the counts: an indicators import's, or a city import's `indicators` section.
 */
export async function recordIndicators(
  trx: Transaction<Tables>,
  city: string,
  indicators: readonly IndicatorDocument[],
  actor: string,
  synthetic = false,
): Promise<void> {
  await insertIndicators(trx, city, indicators, actor);
  await appendAudit(trx, {
    city,
    actor,
    action: 'indicators.import',
    entity: 'indicators',
    entityKey: city,
    before: null,
    after: {
      indicators: indicators.length,
      values: indicators.reduce((n, i) => n + i.values.length, 0),
      synthetic,
    },
  });
}
