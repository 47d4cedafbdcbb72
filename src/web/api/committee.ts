import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { ReportFormatName } from '../../contracts/api/reports.js';
import type { MinutesFormatName } from '../../contracts/api/committee.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { call, caller, hrefOf } from './client.js';

/**
 * The committee's calls (推動會), by their declarations. Reads take the city (the public one or
 * the account's); the pages pass the rest as the declaration types it.
 */
export const committeeApi = {
  meetings: (city: string, signal: AbortSignal) =>
    call(endpoints.listMeetings, { params: { city }, signal }),
  meeting: (city: string, meeting: string, signal: AbortSignal) =>
    call(endpoints.getMeeting, { params: { city, meeting }, signal }),
  followUpStatus: (city: string, signal: AbortSignal) =>
    call(endpoints.followUpStatus, { params: { city }, signal }),
  overdue: (city: string, signal: AbortSignal) =>
    call(endpoints.committeeOverdue, { params: { city }, signal }),
  agencyAssignments: (city: string, agency: string, signal: AbortSignal) =>
    call(endpoints.agencyAssignments, { params: { city, agency }, signal }),
  agencyReminders: (city: string, agency: string, signal: AbortSignal) =>
    call(endpoints.agencyReminders, { params: { city, agency }, signal }),
  measurePoints: (city: string, plan: string, sector: string, no: number, signal: AbortSignal) =>
    call(endpoints.measureCommitteePoints, { params: { city, plan, sector, no }, signal }),
  indicatorPoints: (city: string, indicator: string, signal: AbortSignal) =>
    call(endpoints.indicatorCommitteePoints, { params: { city, indicator }, signal }),
  sectorPoints: (city: string, sector: SectorCode, signal: AbortSignal) =>
    call(endpoints.sectorCommitteePoints, { params: { city, sector }, signal }),
  /** A plan's measures, for the secretariat to pick the one a point is about. */
  planMeasures: async (city: string, plan: string, signal: AbortSignal) =>
    (await call(endpoints.planSummary, { params: { city, plan }, query: {}, signal })).measures,
  createMeeting: caller(endpoints.createMeeting),
  addAgendaItem: caller(endpoints.addAgendaItem),
  setRuling: caller(endpoints.setRuling),
  addComment: caller(endpoints.addCommitteeComment),
  addResolution: caller(endpoints.addResolution),
  assign: caller(endpoints.assign),
  setMinutesSent: caller(endpoints.setMinutesSent),
  publish: caller(endpoints.publishMinutes),
  close: caller(endpoints.closeAssignment),
  keepOpen: caller(endpoints.keepOpen),
  reply: caller(endpoints.replyToAssignment),
  linkMeasure: caller(endpoints.linkMeasure),
  unlinkMeasure: caller(endpoints.unlinkMeasure),
  linkSector: caller(endpoints.linkSector),
  unlinkSector: caller(endpoints.unlinkSector),
  linkIndicator: caller(endpoints.linkIndicator),
  unlinkIndicator: caller(endpoints.unlinkIndicator),
};

/** Plain links: the browser downloads the file itself (with the session cookie, same origin). */
export const minutesHref = (city: string, meeting: string, format: MinutesFormatName) =>
  hrefOf(endpoints.downloadMinutes, { city, meeting, format });

export const followUpTableHref = (city: string, format: ReportFormatName) =>
  hrefOf(endpoints.downloadFollowUpTable, { city, format });
