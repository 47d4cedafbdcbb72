import { endpoint, wholeNumberParam } from '../endpoint.js';
import {
  maxRegistryUploadBytes,
  registryCaseListQuery,
  registryCaseListResponse,
  registryCaseResponse,
  registryFeedsResponse,
  registryFilterQuery,
  registryImportContentType,
  registryImportQuery,
  registryImportResponse,
  registryListResponse,
  registryMappingResponse,
  registryResponse,
} from '../registries.js';

const registries = '/cities/{city}/registries';
const registry = `${registries}/{kind}`;

/**
 * Registries (登錄清冊): kinds defined as data, their cases, the figures they feed. Anyone reads
 * them; an agency's clerks import their own registries' spreadsheets.
 */
export const registryEndpoints = {
  listRegistries: endpoint({
    method: 'get',
    path: registries,
    summary: "The city's registries: each kind's definition and how many cases it holds",
    policy: null,
    response: registryListResponse,
  }),
  getRegistry: endpoint({
    method: 'get',
    path: registry,
    summary:
      "A registry's definition and its summaries by year, district and field (?district=&year=)",
    policy: null,
    query: registryFilterQuery,
    response: registryResponse,
  }),
  listRegistryCases: endpoint({
    method: 'get',
    path: `${registry}/cases`,
    summary: "A page of a registry's cases, latest first (?district=&year=&limit=&offset=)",
    policy: null,
    query: registryCaseListQuery,
    response: registryCaseListResponse,
  }),
  getRegistryCase: endpoint({
    method: 'get',
    path: `${registry}/cases/{id}`,
    summary: 'One case of a registry, with the definition version it was entered under',
    policy: null,
    params: { id: wholeNumberParam },
    response: registryCaseResponse,
  }),
  listRegistryFeeds: endpoint({
    method: 'get',
    path: '/cities/{city}/registry-feeds',
    summary:
      'Each indicator fed by a registry: its published figures beside those computed from the cases, the difference explained',
    policy: null,
    response: registryFeedsResponse,
  }),
  getRegistryMapping: endpoint({
    method: 'get',
    path: `${registry}/mapping`,
    summary:
      "The column mapping the registry's keeping agency last imported with: used when an import gives none",
    policy: 'registries.import',
    agencyScoped: true,
    access: "admin, editors of the registry's agency",
    response: registryMappingResponse,
  }),
  importRegistryFile: endpoint({
    method: 'post',
    path: `${registry}/import`,
    summary:
      "Import an agency's spreadsheet (raw .xlsx or .csv body ≤ 32 MB) into the registry, all or nothing; refusals name the cell; the same file again changes nothing",
    policy: 'registries.import',
    agencyScoped: true,
    access: "admin, editors of the registry's agency",
    query: registryImportQuery,
    rawBody: registryImportContentType,
    bodyLimit: maxRegistryUploadBytes,
    response: registryImportResponse,
  }),
};
