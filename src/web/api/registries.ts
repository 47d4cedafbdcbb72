import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { ColumnMapping } from '../../core/registries/definition.js';
import { call } from './client.js';

/** Registries' reads (登錄清冊), by their declarations: anyone may make them. */
export const registriesApi = {
  list: (city: string, signal: AbortSignal) =>
    call(endpoints.listRegistries, { params: { city }, signal }),
  registry: (city: string, kind: string, filter: Filter, signal: AbortSignal) =>
    call(endpoints.getRegistry, { params: { city, kind }, query: filter, signal }),
  cases: (city: string, kind: string, filter: Filter, signal: AbortSignal) =>
    call(endpoints.listRegistryCases, {
      params: { city, kind },
      query: { ...filter, limit: 100 },
      signal,
    }),
  feeds: (city: string, signal: AbortSignal) =>
    call(endpoints.listRegistryFeeds, { params: { city }, signal }),
  /** The keeping agency's clerks: the mapping they last imported with, and an import. */
  mapping: (city: string, kind: string, signal: AbortSignal) =>
    call(endpoints.getRegistryMapping, { params: { city, kind }, signal }),
  importFile: (city: string, kind: string, file: File, mapping: ColumnMapping) =>
    call(endpoints.importRegistryFile, {
      params: { city, kind },
      query: { filename: file.name, mapping: JSON.stringify(mapping) },
      raw: { body: file, headers: { 'content-type': 'application/octet-stream' } },
    }),
};

/** The list page's filters, as the URL's query carries them. */
export interface Filter {
  district?: string;
  year?: number;
}
