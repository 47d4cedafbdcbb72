import { Hono } from 'hono';
import {
  csvContentType,
  jsonContentType,
  openDataFileName,
  openDataResponse,
} from '../../contracts/api/open-data.js';
import { buildOpenData } from '../../reports/open-data/export-open-data.js';
import { openDataUpdatedAt } from '../../reports/open-data/updated-at.js';
import type { AppEnv } from '../context.js';
import { ApiFailure, notFound } from '../errors.js';
import { reply } from '../validate.js';

const base = '/cities/:city/open-data';

async function bundleFor(c: { var: AppEnv['Variables'] }, city: string) {
  const updatedAt = await openDataUpdatedAt(c.var.deps.db, city);
  if (!updatedAt) throw notFound(`city "${city}"`);
  return buildOpenData(c.var.deps.db, city, { updatedAt });
}

/**
 * Open data for anyone: the same files as `netzero opendata export` (built by
 * reports/open-data, nothing restated here). Published records only: `results` holds approved
 * figures alone, drafts live in submissions.
 */
export const openDataRoutes = new Hono<AppEnv>()
  .get(base, async (c) => {
    const city = c.req.param('city');
    const bundle = await bundleFor(c, city);
    const path = (file: string) => `/api/v1/cities/${encodeURIComponent(city)}/open-data/${file}`;
    return reply(c, openDataResponse, {
      city,
      publisher: bundle.publisher,
      updatedAt: bundle.updatedAt,
      datasets: bundle.datasets.map((d) => {
        const id = d.identifier.slice(city.length + 1);
        return {
          ...d,
          fields: [...d.fields],
          downloads: { csv: path(`${id}.csv`), json: path(`${id}.json`) },
        };
      }),
    });
  })
  .get(`${base}/:file`, async (c) => {
    const { city, file } = c.req.param();
    const name = openDataFileName.safeParse(file);
    if (!name.success)
      throw new ApiFailure(
        'VALIDATION_FAILED',
        `no open-data file "${file}": measures, results or reductions as .csv or .json, or metadata.json`,
        [{ path: 'file', message: 'unknown file' }],
      );
    const bundle = await bundleFor(c, city);
    const found = bundle.files.find((f) => f.name === name.data);
    if (!found) throw notFound(`open-data file "${file}"`);
    return c.body(found.text, 200, {
      'Content-Type': found.format === 'csv' ? csvContentType : jsonContentType,
      'Content-Disposition': `attachment; filename="${city}-${found.name}"`,
      'Last-Modified': new Date(bundle.updatedAt).toUTCString(),
    });
  });
