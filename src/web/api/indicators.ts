import { endpoints } from '../../contracts/api/endpoints/index.js';
import { call } from './client.js';

/** The sustainability indicators' calls (永續發展指標), by their declarations. */
export const indicatorsApi = {
  list: (city: string, signal: AbortSignal) =>
    call(endpoints.listIndicators, { params: { city }, query: {}, signal }),
  get: (city: string, indicator: string, signal: AbortSignal) =>
    call(endpoints.getIndicator, { params: { city, indicator }, query: {}, signal }),
};
