import { endpoints } from '../../contracts/api/endpoints/index.js';
import { call } from './client.js';

/** The credits registry's reads (減量額度), by their declarations. */
export const creditsApi = {
  projects: (city: string, signal: AbortSignal) =>
    call(endpoints.listCreditProjects, { params: { city }, signal }),
  project: (city: string, project: string, signal: AbortSignal) =>
    call(endpoints.getCreditProject, { params: { city, project }, signal }),
};
