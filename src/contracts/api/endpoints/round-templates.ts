import { endpoint, wholeNumberParam } from '../endpoint.js';
import {
  maxTemplateUploadBytes,
  roundUploadResponse,
  xlsxContentType,
} from '../round-templates.js';

const template = '/cities/{city}/rounds/{id}/agencies/{agency}/template';

/** The agency's Excel template for a round: downloaded, filled in, uploaded as its drafts. */
export const roundTemplateEndpoints = {
  downloadTemplate: endpoint({
    method: 'get',
    path: template,
    summary:
      "The agency's Excel template for the round (its measures, units, earlier figures); {agency} is a code or name",
    policy: 'submissions.edit',
    agencyScoped: true,
    access: 'admin, editors of that agency',
    params: { id: wholeNumberParam },
    rawResponse: xlsxContentType,
  }),
  uploadTemplate: endpoint({
    method: 'post',
    path: template,
    summary:
      "Upload the filled template (raw .xlsx body ≤ 2 MB): it becomes the agency's draft submissions, all or nothing; refusals name sheet!cell",
    policy: 'submissions.edit',
    agencyScoped: true,
    access: 'admin, editors of that agency',
    params: { id: wholeNumberParam },
    rawBody: xlsxContentType,
    bodyLimit: maxTemplateUploadBytes,
    response: roundUploadResponse,
  }),
};
