import { committeeEndpoints as e } from '../../../contracts/api/endpoints/committee.js';
import { reportContentTypes } from '../../../contracts/api/reports.js';
import { printedNames } from '../../../core/committee/printed-names.js';
import { todayInTaiwan } from '../../../core/dates.js';
import { listAgencies } from '../../../db/city/agencies.js';
import { exportCommittee } from '../../../db/committee/export-committee.js';
import { loadFollowUpRecords } from '../../../db/committee/follow-up.js';
import { followUpStatus } from '../../../db/committee/follow-up-status.js';
import { listAssignments } from '../../../db/committee/list-assignments.js';
import { listMeetings } from '../../../db/committee/meetings.js';
import { measureLinks } from '../../../db/committee/point-measures.js';
import {
  buildFollowUpTable,
  committeeAgencyNames,
} from '../../../reports/committee-minutes/follow-up-table.js';
import { buildMinutesModel } from '../../../reports/committee-minutes/minutes-model.js';
import { renderFollowUpFiles } from '../../../reports/committee-minutes/render-follow-up.js';
import {
  minutesFileName,
  renderMinutesFiles,
} from '../../../reports/committee-minutes/render-minutes.js';
import { libreOfficeFormats, type ReportFormat } from '../../../core/vocabulary/lists.js';
import type { ConvertOptions } from '../../../reports/render/libreoffice.js';
import type { ServerDeps } from '../../context.js';
import { route } from '../../route.js';
import { contentDisposition } from '../reports.js';
import { presentAssignment, presentLinkedPoint } from './present.js';
import { visibilityOf, visibleMeeting } from './visibility.js';

/** A generated file as a download. */
function download(
  c: { body: (data: Uint8Array, status: 200, headers: Record<string, string>) => Response },
  data: Buffer,
  format: keyof typeof reportContentTypes,
  name: string,
): Response {
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': reportContentTypes[format],
    'Content-Disposition': contentDisposition(name, name),
    'Content-Length': String(data.length),
    'Cache-Control': 'private, no-cache',
  });
}

/**
 * ODT and PDF are LibreOffice's: they wait in the results report's queue (one conversion at a
 * time; RATE_LIMITED when it is full). DOCX and XLSX are written here at once.
 */
function inConversionQueue<T>(
  deps: ServerDeps,
  format: ReportFormat,
  render: (options: ConvertOptions) => Promise<T>,
): Promise<T> {
  return (libreOfficeFormats as readonly ReportFormat[]).includes(format)
    ? deps.reportFiles.converting(render)
    : render({});
}

/** What anyone may read of the committee: published meetings, minutes, follow-up. */
export const committeePublicRoutes = [
  route(e.listMeetings, {
    handle: async ({ deps, user, params: { city } }) =>
      listMeetings(deps.db, city, await visibilityOf(deps, user, city)),
  }),
  route(e.getMeeting, {
    handle: async ({ deps, user, params: { city, meeting: code } }) => {
      const { meeting } = await visibleMeeting(deps, user, city, code);
      const document = await exportCommittee(deps.db, city, { meeting: code });
      const asOf = todayInTaiwan(deps.now());
      const assignments = await listAssignments(deps.db, city, asOf, { meeting: code });
      const [recorded] = document.meetings;
      if (!recorded) throw new Error(`meeting ${code} listed but not exported`);
      return {
        meeting: recorded,
        printedNames: printedNames(recorded, document.members),
        minutesPublishedOn: meeting.minutesPublishedOn,
        assignments: assignments.map(presentAssignment),
      };
    },
  }),
  route(e.downloadMinutes, {
    handle: async ({ c, deps, user, params: { city, meeting: code, format } }) => {
      await visibleMeeting(deps, user, city, code);
      const document = await exportCommittee(deps.db, city, { meeting: code });
      const model = buildMinutesModel(document, code);
      const files = await inConversionQueue(deps, format, (options) =>
        renderMinutesFiles(model, [format], options),
      );
      const data = files.get(format);
      if (!data) throw new Error(`no ${format} rendered`);
      return download(c, data, format, minutesFileName(code, format));
    },
  }),
  route(e.downloadFollowUpTable, {
    handle: async ({ c, deps, user, params: { city, format }, query }) => {
      const asOf = query.asOf ?? todayInTaiwan(deps.now());
      const visible = new Set(
        (await listMeetings(deps.db, city, await visibilityOf(deps, user, city))).map(
          (m) => m.code,
        ),
      );
      const document = await exportCommittee(deps.db, city);
      const shown = { ...document, meetings: document.meetings.filter((m) => visible.has(m.code)) };
      const records = (await loadFollowUpRecords(deps.db, city)).filter((r) =>
        visible.has(r.subject.meeting),
      );
      const agencyNames = committeeAgencyNames(await listAgencies(deps.db, city), document);
      const table = buildFollowUpTable(shown, records, { asOf, agencyNames });
      const files = await inConversionQueue(deps, format, (options) =>
        renderFollowUpFiles(table, [format], options),
      );
      const data = files.get(format);
      if (!data) throw new Error(`no ${format} rendered`);
      return download(c, data, format, `follow-up-${city}-${asOf}.${format}`);
    },
  }),
  route(e.followUpStatus, {
    handle: async ({ deps, user, params: { city }, query }) => {
      const asOf = query.asOf ?? todayInTaiwan(deps.now());
      const published = (await visibilityOf(deps, user, city)) !== 'all';
      return { asOf, agencies: await followUpStatus(deps.db, city, asOf, published) };
    },
  }),
  route(e.measureCommitteePoints, {
    handle: async ({ deps, params: { city, plan, sector, no } }) =>
      (await measureLinks.list(deps.db, city, { plan, sector, no }, true)).map(presentLinkedPoint),
  }),
];
