import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { ReportFormatName } from '../../contracts/api/reports.js';
import { xlsxContentType } from '../../contracts/api/round-templates.js';
import { call, hrefOf } from './client.js';

/** Results reports, the agency's Excel template and open data: the download endpoints. */
export const listReports = (city: string, plan: string, signal: AbortSignal) =>
  call(endpoints.listReports, { params: { city, plan }, signal });

export const createReport = (city: string, plan: string, asOf: string) =>
  call(endpoints.createReport, { params: { city, plan }, body: { asOf } });

/** A plain link: the browser downloads the file with the session cookie (same origin). */
export const reportHref = (city: string, plan: string, id: number, format: ReportFormatName) =>
  hrefOf(endpoints.downloadReport, { city, plan, id, format });

export const templateHref = (city: string, round: number, agency: string) =>
  hrefOf(endpoints.downloadTemplate, { city, id: round, agency });

export const uploadTemplate = (city: string, round: number, agency: string, file: File) =>
  call(endpoints.uploadTemplate, {
    params: { city, id: round, agency },
    raw: { body: file, headers: { 'content-type': xlsxContentType } },
  });

export const fetchOpenData = (city: string, signal: AbortSignal) =>
  call(endpoints.listOpenData, { params: { city }, signal });

/** The open-data files by name (`metadata.json`, `results.csv`), as plain links. */
export const openDataHref = (city: string, file: string) =>
  hrefOf(endpoints.openDataFile, { city, file });
