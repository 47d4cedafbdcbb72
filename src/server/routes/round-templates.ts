import { Hono, type Context } from 'hono';
import {
  maxTemplateUploadBytes,
  roundUploadResponse,
  xlsxContentType,
} from '../../contracts/api/round-templates.js';
import { buildAgencyTemplate } from '../../reports/agency-template/build-agency-template.js';
import { importRoundUpload } from '../../reports/agency-template/import-round-upload.js';
import {
  loadRoundTemplateInput,
  resolveAgency,
} from '../../reports/agency-template/round-template.js';
import type { AppEnv } from '../context.js';
import { ApiFailure } from '../errors.js';
import { authorize } from '../policies.js';
import { intParam, reply } from '../validate.js';

const path = '/cities/:city/rounds/:id/agencies/:agency/template';

/** An agency editor reaches only its own agencies' templates; the city check runs first. */
async function authorizeAgency(c: Context<AppEnv>) {
  const city = c.req.param('city') ?? '';
  authorize(c.var.user, city, 'submissions.edit');
  const agency = await resolveAgency(c.var.deps.db, city, c.req.param('agency') ?? '');
  const user = authorize(c.var.user, city, 'submissions.edit', agency.code);
  return { city, agency, user, round: intParam(c, 'id') };
}

export const roundTemplateRoutes = new Hono<AppEnv>()
  .get(path, async (c) => {
    const { city, agency, round } = await authorizeAgency(c);
    const input = await loadRoundTemplateInput(c.var.deps.db, city, round, agency.code);
    const file = await buildAgencyTemplate(input);
    const filename = `${city}-round${String(round)}-${agency.code}-${agency.name}.xlsx`;
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': xlsxContentType,
      'Content-Disposition': `attachment; filename="${city}-round${String(round)}-${agency.code}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    });
  })
  .post(path, async (c) => {
    const { city, agency, user, round } = await authorizeAgency(c);
    const body = Buffer.from(await c.req.arrayBuffer());
    if (body.length === 0)
      throw new ApiFailure('VALIDATION_FAILED', 'the body must be the filled .xlsx template', [
        { path: 'body', message: 'empty' },
      ]);
    if (body.length > maxTemplateUploadBytes)
      throw new ApiFailure('PAYLOAD_TOO_LARGE', 'the request body is too large');
    const result = await importRoundUpload(c.var.deps.db, body, user.username, {
      city,
      round,
      agencies: [agency.code],
    });
    return reply(c, roundUploadResponse, result);
  });
