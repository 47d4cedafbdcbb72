import { endpoints } from '../../contracts/api/endpoints/index.js';
import type { ReportFormatName } from '../../contracts/api/reports.js';
import type { MinutesFormatName } from '../../contracts/api/committee.js';
import type { SectorCode } from '../../core/vocabulary/lists.js';
import { call, hrefOf, type CallOptions } from './client.js';

/**
 * The committee's calls (推動會), by their declarations. Reads take the city (the public one or
 * the account's); the pages pass the rest as the declaration types it.
 */
type Endpoints = typeof endpoints;
type Options<K extends keyof Endpoints> = CallOptions<Endpoints[K]>;

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
  createMeeting: (options: Options<'createMeeting'>) => call(endpoints.createMeeting, options),
  addAgendaItem: (options: Options<'addAgendaItem'>) => call(endpoints.addAgendaItem, options),
  setRuling: (options: Options<'setRuling'>) => call(endpoints.setRuling, options),
  addComment: (options: Options<'addCommitteeComment'>) =>
    call(endpoints.addCommitteeComment, options),
  addResolution: (options: Options<'addResolution'>) => call(endpoints.addResolution, options),
  assign: (options: Options<'assign'>) => call(endpoints.assign, options),
  setMinutesSent: (options: Options<'setMinutesSent'>) => call(endpoints.setMinutesSent, options),
  publish: (options: Options<'publishMinutes'>) => call(endpoints.publishMinutes, options),
  close: (options: Options<'closeAssignment'>) => call(endpoints.closeAssignment, options),
  keepOpen: (options: Options<'keepOpen'>) => call(endpoints.keepOpen, options),
  reply: (options: Options<'replyToAssignment'>) => call(endpoints.replyToAssignment, options),
  linkMeasure: (options: Options<'linkMeasure'>) => call(endpoints.linkMeasure, options),
  unlinkMeasure: (options: Options<'unlinkMeasure'>) => call(endpoints.unlinkMeasure, options),
  linkSector: (options: Options<'linkSector'>) => call(endpoints.linkSector, options),
  unlinkSector: (options: Options<'unlinkSector'>) => call(endpoints.unlinkSector, options),
  linkIndicator: (options: Options<'linkIndicator'>) => call(endpoints.linkIndicator, options),
  unlinkIndicator: (options: Options<'unlinkIndicator'>) =>
    call(endpoints.unlinkIndicator, options),
};

/** Plain links: the browser downloads the file itself (with the session cookie, same origin). */
export const minutesHref = (city: string, meeting: string, format: MinutesFormatName) =>
  hrefOf(endpoints.downloadMinutes, { city, meeting, format });

export const followUpTableHref = (city: string, format: ReportFormatName) =>
  hrefOf(endpoints.downloadFollowUpTable, { city, format });
