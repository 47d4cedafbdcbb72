import type { Kysely } from 'kysely';
import type { CitedSource } from '../../contracts/api/emissions.js';
import type { Tables } from '../../db/tables.js';

/**
 * The sources a response cites, by the codes its rows carry (null and repeats ignored), in the
 * order the city lists its sources: a reader sees publishers, titles, dates and addresses, not
 * codes.
 */
export async function citedSources(
  db: Kysely<Tables>,
  city: string,
  codes: Iterable<string | null | undefined>,
): Promise<CitedSource[]> {
  const wanted = [...new Set([...codes].filter((c): c is string => typeof c === 'string'))];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('sources')
    .select([
      'code',
      'title',
      'publisher',
      'published',
      'date_unknown',
      'url',
      'document_number',
      'url_unknown',
      'locator',
    ])
    .where('city_id', '=', city)
    .where('code', 'in', wanted)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    publisher: r.publisher,
    publishedOn: r.published,
    dateUnknown: r.date_unknown,
    url: r.url,
    documentNumber: r.document_number,
    urlUnknown: r.url_unknown,
    locator: r.locator,
  }));
}
