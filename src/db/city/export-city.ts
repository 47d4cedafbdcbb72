import type { Kysely } from 'kysely';
import type { CityDocument } from '../../contracts/city-document.js';
import type { Tables } from '../tables.js';
import { readEmissions } from '../emissions/read-emissions.js';
import { readConsistently } from '../read-consistently.js';
import { notes, opt, cited } from './document-fields.js';
import { exportPlan } from './export-plan.js';
// Registries (issue 17)
import { exportRegistries } from '../registries/city-registries.js';
import { exportCommittee, hasCommittee } from '../committee/export-committee.js';
import { requireCity } from './cities.js';
import { exportCredits } from '../credits/export-credits.js';
// Sustainability indicators (issue 15)
import { loadIndicators } from '../indicators/load-indicators.js';

/**
 * Reads a whole city back as a canonical city document: the inverse of importCity, so that
 * export → import → export gives the same document. One snapshot: an import --replace running
 * meanwhile cannot give the document half of each version.
 */
export function exportCity(db: Kysely<Tables>, cityId: string): Promise<CityDocument> {
  return readConsistently(db, (snapshot) => readCity(snapshot, cityId));
}

async function readCity(db: Kysely<Tables>, cityId: string): Promise<CityDocument> {
  const city = await requireCity(db, cityId);

  const [sources, agencies, contacts, figures, shares, factors, plans] = await Promise.all([
    db
      .selectFrom('sources')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('agencies')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('agency_contacts')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('agency_code')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('emission_figures')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('emission_shares')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('emission_factors')
      .selectAll()
      .where('city_id', '=', cityId)
      .orderBy('position')
      .execute(),
    db.selectFrom('plans').selectAll().where('city_id', '=', cityId).orderBy('position').execute(),
  ]);

  // The committee's own sources and agencies become the city's, listed once (its agencies are
  // already among the city's rows): the document then imports back as it is.
  const committee = (await hasCommittee(db, cityId)) ? await exportCommittee(db, cityId) : null;
  const registries = await exportRegistries(db, cityId);
  const credits = await exportCredits(db, cityId);
  // Sustainability indicators (issue 15)
  const indicators = await loadIndicators(db, cityId);
  return {
    format: 'netzero-city/1',
    city: { code: city.code, name: city.name, ...opt('nameEn', city.nameEn) },
    sources: [
      ...sources.map((s) => ({
        code: s.code,
        title: s.title,
        ...opt('publisher', s.publisher),
        ...opt('date', s.published),
        ...(s.date_unknown ? { dateUnknown: true as const } : {}),
        kind: s.kind,
        ...opt('url', s.url),
        ...opt('documentNumber', s.document_number),
        ...(s.url_unknown ? { urlUnknown: true as const } : {}),
        ...opt('locator', s.locator),
        ...notes(s.notes),
      })),
      ...(committee?.sources ?? []),
    ],
    agencies: agencies.map((a) => {
      const mailTo = contacts.filter((c) => c.agency_code === a.code);
      return {
        code: a.code,
        name: a.name,
        ...opt('nameEn', a.name_en),
        ...(mailTo.length
          ? { contacts: mailTo.map((c) => ({ ...opt('name', c.name), address: c.address })) }
          : {}),
      };
    }),
    emissionFigures: figures.map((f) => ({
      year: f.year,
      basis: f.basis,
      valueT: f.value_t,
      ...cited(f),
    })),
    emissionShares: shares.map((s) => ({
      year: s.year,
      category: s.category,
      percent: s.percent,
      ...cited(s),
    })),
    emissionFactors: factors.map((f) => ({
      code: f.code,
      version: f.version,
      name: f.name,
      value: f.value,
      unit: f.unit,
      year: f.year,
      ...opt('source', f.source_code),
      ...opt('validFrom', f.valid_from),
      ...opt('validTo', f.valid_to),
      ...opt('gas', f.gas as NonNullable<CityDocument['emissionFactors'][number]['gas']> | null),
      ...opt('supersedes', f.supersedes_version),
      ...notes(f.notes),
    })),
    ...(await readEmissions(db, cityId)),
    plans: await Promise.all(plans.map((p) => exportPlan(db, cityId, p))),
    ...(committee ? { committee: { ...committee, sources: [], agencies: [] } } : {}),
    // Registries (issue 17)
    ...(registries.length > 0 ? { registries } : {}),
    ...(credits ? { credits } : {}),
    // Sustainability indicators (issue 15)
    ...(indicators.length > 0 ? { indicators } : {}),
  };
}
