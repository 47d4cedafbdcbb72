import { urlOf } from '../../contracts/api/endpoint.js';
import { openDataEndpoints as e } from '../../contracts/api/endpoints/open-data.js';
import {
  csvContentType,
  jsonContentType,
  openDataFileName,
} from '../../contracts/api/open-data.js';
import { NetZeroError, notFound } from '../../core/errors.js';
import { buildOpenData } from '../../reports/open-data/export-open-data.js';
import { openDataUpdatedAt } from '../../reports/open-data/updated-at.js';
import type { ServerDeps } from '../context.js';
import { route } from '../route.js';

async function bundleFor(deps: ServerDeps, city: string) {
  const updatedAt = await openDataUpdatedAt(deps.db, city);
  if (!updatedAt) throw notFound(`city "${city}"`);
  return buildOpenData(deps.db, city, { updatedAt });
}

/**
 * Open data for anyone: the same files as `netzero opendata export` (built by
 * reports/open-data, nothing restated here). Published records only: `results` holds approved
 * figures alone, drafts live in submissions.
 */
export const openDataRoutes = [
  route(e.listOpenData, {
    handle: async ({ deps, params: { city } }) => {
      const bundle = await bundleFor(deps, city);
      const path = (file: string) => urlOf(e.openDataFile, { city, file });
      return {
        city,
        publisher: bundle.publisher,
        publisherEn: bundle.publisherEn,
        updatedAt: bundle.updatedAt,
        datasets: bundle.datasets.map((d) => {
          const id = d.identifier.slice(city.length + 1);
          return {
            ...d,
            fields: [...d.fields],
            downloads: { csv: path(`${id}.csv`), json: path(`${id}.json`) },
          };
        }),
      };
    },
  }),
  route(e.openDataFile, {
    handle: async ({ c, deps, params: { city, file } }) => {
      const name = openDataFileName.safeParse(file);
      if (!name.success)
        throw new NetZeroError(
          'VALIDATION_FAILED',
          `no open-data file "${file}": measures, results or reductions as .csv or .json, or metadata.json`,
          [{ path: 'file', message: 'unknown file' }],
        );
      const bundle = await bundleFor(deps, city);
      const found = bundle.files.find((f) => f.name === name.data);
      if (!found) throw notFound(`open-data file "${file}"`);
      return c.body(found.text, 200, {
        'Content-Type': found.format === 'csv' ? csvContentType : jsonContentType,
        'Content-Disposition': `attachment; filename="${city}-${found.name}"`,
        'Last-Modified': new Date(bundle.updatedAt).toUTCString(),
      });
    },
  }),
];
