import { registryEndpoints as e } from '../../contracts/api/endpoints/registries.js';
import { presentComparison } from '../../contracts/api/registries.js';
import { NetZeroError } from '../../core/errors.js';
import { can } from '../../core/permissions.js';
import { visibleValues } from '../../core/registries/definition.js';
import { compareRegistryFeeds } from '../../db/registries/feeds.js';
import { getRegistryKind, listRegistryKinds } from '../../db/registries/kinds.js';
import {
  countRegistryCases,
  getRegistryCase,
  listRegistryCases,
  summarizeRegistry,
} from '../../db/registries/list-cases.js';
import { importRegistryFile } from '../../reports/registry-import/import-registry-file.js';
import { route, type AgencyLookup } from '../route.js';
import { savedMapping } from '../../db/registries/mappings.js';

/** The agency that keeps a registry: only its clerks import into it or read its mapping. */
const kindAgency: AgencyLookup<{ kind: string }> = async ({ deps, city, params }) =>
  (await getRegistryKind(deps.db, city, params.kind)).agency;

/** Registries: anyone reads kinds, cases, summaries and fed figures; agencies import files. */
export const registryRoutes = [
  route(e.listRegistries, {
    handle: async ({ deps, params: { city } }) => {
      const [kinds, counts] = await Promise.all([
        listRegistryKinds(deps.db, city),
        countRegistryCases(deps.db, city),
      ]);
      return kinds.map((definition) => ({ definition, cases: counts.get(definition.code) ?? 0 }));
    },
  }),
  route(e.getRegistry, {
    handle: async ({ deps, params: { city, kind }, query }) => {
      const definition = await getRegistryKind(deps.db, city, kind);
      const groupBy = definition.groupBy ?? [];
      return { definition, summary: await summarizeRegistry(deps.db, city, kind, groupBy, query) };
    },
  }),
  route(e.listRegistryCases, {
    handle: async ({ deps, params: { city, kind }, query, user }) => {
      const definition = await getRegistryKind(deps.db, city, kind);
      const page = await listRegistryCases(deps.db, city, kind, query);
      const sees = can(user, city, 'registries.private', definition.agency);
      return {
        ...page,
        cases: page.cases.map((c) => ({ ...c, values: visibleValues(definition, c.values, sees) })),
      };
    },
  }),
  route(e.getRegistryCase, {
    handle: async ({ deps, params: { city, kind, id }, user }) => {
      const definition = await getRegistryKind(deps.db, city, kind);
      const found = await getRegistryCase(deps.db, city, kind, id);
      const sees = can(user, city, 'registries.private', definition.agency);
      return { ...found, values: visibleValues(definition, found.values, sees) };
    },
  }),
  route(e.listRegistryFeeds, {
    handle: async ({ deps, params: { city } }) =>
      (await compareRegistryFeeds(deps.db, city)).map((report) => ({
        ...report,
        comparison: report.comparison ? presentComparison(report.comparison) : null,
      })),
  }),
  route(e.getRegistryMapping, {
    agencyOf: kindAgency,
    handle: async ({ deps, params: { city, kind } }) => ({
      mapping: await savedMapping(deps.db, city, kind),
    }),
  }),
  route(e.importRegistryFile, {
    // An agency's clerk imports only the registries their agency keeps.
    agencyOf: kindAgency,
    handle: async ({ c, deps, params: { city, kind }, query, user }) => {
      const bytes = Buffer.from(await c.req.arrayBuffer());
      if (bytes.length === 0)
        throw new NetZeroError('VALIDATION_FAILED', 'the body must be the .xlsx or .csv file', [
          { path: 'body', message: 'empty' },
        ]);
      return importRegistryFile(deps.db, {
        city,
        kind,
        bytes,
        filename: query.filename,
        ...(query.mapping ? { mapping: query.mapping } : {}),
        actor: user.username,
      });
    },
  }),
];
