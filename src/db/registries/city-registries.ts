import type { Kysely } from 'kysely';
import type { RegistryDocument } from '../../contracts/registry-document.js';
import type { Tables } from '../tables.js';
import type { ColumnMapping } from '../../core/registries/definition.js';
import { importRegistryCases } from './import-cases.js';
import { saveMapping } from './mappings.js';
import { defineRegistryKind, listRegistryKinds } from './kinds.js';
import { selectCityRows } from '../city-scope.js';
import { childrenBy } from '../group-rows.js';

/**
 * A city's registries as its document holds them: each kind's definition and its cases in the
 * canonical text they are stored in (ISO dates and periods, numbers in the field's unit, choice
 * codes), which read back as the same values — so a city round-trips whole.
 */
export async function exportRegistries(
  db: Kysely<Tables>,
  city: string,
): Promise<RegistryDocument[]> {
  const [kinds, cases, mappings] = await Promise.all([
    listRegistryKinds(db, city),
    selectCityRows(db, 'registry_cases', city)
      .select(['kind_code', 'field_values', 'aggregate', 'case_count', 'note'])
      .orderBy('id')
      .execute(),
    selectCityRows(db, 'registry_mappings', city).select(['kind_code', 'mapping']).execute(),
  ]);
  const mappingOf = new Map(mappings.map((m) => [m.kind_code, m.mapping]));
  const casesOf = childrenBy(cases, 'kind_code');
  return kinds.map((definition) => ({
    definition,
    cases: casesOf(definition.code).map((c) => ({
      values: c.field_values,
      ...(c.aggregate ? { aggregate: { count: c.case_count, note: c.note ?? '' } } : {}),
    })),
    ...withMapping(mappingOf.get(definition.code)),
  }));
}

const withMapping = (mapping: ColumnMapping | undefined) => (mapping ? { mapping } : {});

/** Writes a city document's registries, in the city import's transaction; `path` names them. */
export async function importRegistries(
  trx: Kysely<Tables>,
  city: string,
  registries: readonly RegistryDocument[],
  actor: string,
): Promise<void> {
  for (const [i, { definition, cases, mapping }] of registries.entries()) {
    await defineRegistryKind(trx, city, definition, actor);
    await importRegistryCases(
      trx,
      city,
      definition.code,
      cases,
      actor,
      { name: 'city document' },
      (p) => `registries[${String(i)}].cases[${String(p.row - 1)}].${p.field}`,
    );
    if (mapping) await saveMapping(trx, city, definition.code, mapping, actor);
  }
}
