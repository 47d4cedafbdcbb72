import type { Kysely } from 'kysely';
import type { CitedSource } from '../../contracts/api/emissions.js';
import type { Tables } from '../tables.js';
import { selectCityRows } from '../city-scope.js';

/**
 * The sources a response cites, by the codes its rows carry (null and repeats ignored), in the
 * order the city lists its sources: a reader sees publishers, titles, dates and addresses, not
 * codes.
 */
/** What a citation prints, read the same way by the API's source list and the report. */
const citationColumns = [
  'code',
  'title',
  'publisher',
  'published',
  'date_unknown',
  'url',
  'document_number',
  'url_unknown',
] as const;

export async function citedSources(
  db: Kysely<Tables>,
  city: string,
  codes: Iterable<string | null | undefined>,
): Promise<CitedSource[]> {
  const wanted = [...new Set([...codes].filter((c): c is string => typeof c === 'string'))];
  if (wanted.length === 0) return [];
  const rows = await selectCityRows(db, 'sources', city)
    .select([...citationColumns, 'locator'])
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

/** A source as a text cites it: publisher, title, date and where to find it. */
export interface SourceCitation {
  title: string;
  publisher: string | null;
  /** 2023, 2023-11 or 2023-11-20. */
  date: string | null;
  dateUnknown: boolean;
  url: string | null;
  documentNumber: string | null;
  urlUnknown: boolean;
}

/** Every source of a city by its code, for texts that cite them (the report's chapter 1). */
export async function sourcesByCode(
  db: Kysely<Tables>,
  city: string,
): Promise<Map<string, SourceCitation>> {
  const rows = await selectCityRows(db, 'sources', city).select(citationColumns).execute();
  return new Map(
    rows.map((s) => [
      s.code,
      {
        title: s.title,
        publisher: s.publisher,
        date: s.published,
        dateUnknown: s.date_unknown,
        url: s.url,
        documentNumber: s.document_number,
        urlUnknown: s.url_unknown,
      },
    ]),
  );
}
