import { openDataResponse } from '../../contracts/api/open-data.js';
import {
  createReportRequest,
  reportListResponse,
  reportSnapshotResponse,
  type ReportFormatName,
} from '../../contracts/api/reports.js';
import { roundUploadResponse, xlsxContentType } from '../../contracts/api/round-templates.js';
import { apiRequest, checkedBody } from './client.js';

/** Results reports, the agency's Excel template and open data: the download endpoints. */
const city = (code: string) => `/cities/${encodeURIComponent(code)}`;
const reports = (code: string, plan: string) =>
  `${city(code)}/plans/${encodeURIComponent(plan)}/reports`;
const template = (code: string, round: number, agency: string) =>
  `${city(code)}/rounds/${round}/agencies/${encodeURIComponent(agency)}/template`;

export const listReports = (code: string, plan: string, signal: AbortSignal) =>
  apiRequest(reports(code, plan), reportListResponse, { signal });

export const createReport = (code: string, plan: string, asOf: string) =>
  apiRequest(reports(code, plan), reportSnapshotResponse, {
    method: 'POST',
    body: checkedBody(createReportRequest, { asOf }),
  });

/** A plain link: the browser downloads the file with the session cookie (same origin). */
export const reportHref = (code: string, plan: string, id: number, format: ReportFormatName) =>
  `/api/v1${reports(code, plan)}/${id}/${format}`;

export const templateHref = (code: string, round: number, agency: string) =>
  `/api/v1${template(code, round, agency)}`;

export const uploadTemplate = (code: string, round: number, agency: string, file: File) =>
  apiRequest(template(code, round, agency), roundUploadResponse, {
    method: 'POST',
    raw: { body: file, headers: { 'content-type': xlsxContentType } },
  });

export const fetchOpenData = (code: string, signal: AbortSignal) =>
  apiRequest(`${city(code)}/open-data`, openDataResponse, { signal });
