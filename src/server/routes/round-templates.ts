import { roundTemplateEndpoints as e } from '../../contracts/api/endpoints/round-templates.js';
import { maxTemplateUploadBytes, xlsxContentType } from '../../contracts/api/round-templates.js';
import { NetZeroError } from '../../core/errors.js';
import { resolveAgency } from '../../db/city/agencies.js';
import { buildAgencyTemplate } from '../../reports/agency-template/build-agency-template.js';
import { importRoundUpload } from '../../reports/agency-template/import-round-upload.js';
import { loadRoundTemplateInput } from '../../reports/agency-template/round-template.js';
import { route, type AgencyLookup } from '../route.js';

/** `{agency}` is a code or a name; an unknown one is a 404 naming it. */
const agencyOf: AgencyLookup<{ agency: string }> = async ({ deps, city, params }) =>
  (await resolveAgency(deps.db, city, params.agency)).code;

export const roundTemplateRoutes = [
  route(e.downloadTemplate, {
    // An agency editor reaches only its own agencies' templates; the city check runs first.
    agencyOf,
    handle: async ({ c, deps, params }) => {
      const { city, id: round } = params;
      const agency = await resolveAgency(deps.db, city, params.agency);
      const input = await loadRoundTemplateInput(deps.db, city, round, agency.code);
      const file = await buildAgencyTemplate(input);
      const filename = `${city}-round${String(round)}-${agency.code}-${agency.name}.xlsx`;
      return c.body(new Uint8Array(file), 200, {
        'Content-Type': xlsxContentType,
        'Content-Disposition': `attachment; filename="${city}-round${String(round)}-${agency.code}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    },
  }),
  route(e.uploadTemplate, {
    agencyOf,
    handle: async ({ c, deps, params: { city, id: round, agency: named }, user }) => {
      const agency = await resolveAgency(deps.db, city, named);
      const body = Buffer.from(await c.req.arrayBuffer());
      if (body.length === 0)
        throw new NetZeroError('VALIDATION_FAILED', 'the body must be the filled .xlsx template', [
          { path: 'body', message: 'empty' },
        ]);
      if (body.length > maxTemplateUploadBytes)
        throw new NetZeroError('PAYLOAD_TOO_LARGE', 'the request body is too large');
      return importRoundUpload(deps.db, body, user.username, {
        city,
        round,
        agencies: [agency.code],
      });
    },
  }),
];
