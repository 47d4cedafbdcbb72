import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './routes.js';

describe('the download pages’ routes', () => {
  it('read #/reports and #/open-data, and write them back', () => {
    expect(parseHash('#/reports').route).toEqual({ page: 'reports' });
    expect(parseHash('#/open-data?city=kaohsiung').route).toEqual({ page: 'openData' });
    expect(hrefFor({ page: 'reports' })).toBe('#/reports');
    expect(hrefFor({ page: 'openData' })).toBe('#/open-data');
    expect(parseHash('#/reports/1').route).toEqual({ page: 'notFound' });
  });
});
