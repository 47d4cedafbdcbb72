import { z } from 'zod';
import { endpoint, wholeNumberParam } from '../endpoint.js';
import { reportFormats } from '../../../core/vocabulary/lists.js';
import { createReportRequest, reportListResponse, reportSnapshotResponse } from '../reports.js';

const reports = '/cities/{city}/plans/{plan}/reports';
const oneOfFormats = `one of ${reportFormats.join(', ')}`;

/** Results reports: the secretariat freezes them as snapshots; reviewers read them too. */
export const reportEndpoints = {
  createReport: endpoint({
    method: 'post',
    path: reports,
    summary:
      'Generate the results report as of a date: frozen as a snapshot (same content → the same snapshot), audited',
    policy: 'reports.generate',
    body: createReportRequest,
    response: reportSnapshotResponse,
    status: 201,
  }),
  listReports: endpoint({
    method: 'get',
    path: reports,
    summary: "The plan's report snapshots, newest first",
    policy: 'reports.read',
    response: reportListResponse,
  }),
  downloadReport: endpoint({
    method: 'get',
    path: `${reports}/{id}/{format}`,
    summary:
      'Download a snapshot as docx, odt, pdf or xlsx (identical whatever changed since); ODT/PDF one conversion at a time, a full queue → 429',
    policy: 'reports.read',
    params: {
      id: wholeNumberParam,
      format: z.enum(reportFormats, { error: oneOfFormats }).describe(oneOfFormats),
    },
    rawResponse: 'application/octet-stream',
  }),
};
