import { expect, it } from 'vitest';
import { endpoints } from './endpoints/index.js';
import { routePattern, urlOf } from './endpoint.js';

it('builds a call URL from a declaration, encoding parameters and leaving out unset query values', () => {
  expect(
    urlOf(endpoints.deleteUser, { city: 'kaohsiung', username: 'a b/c' }, { version: 3 }),
  ).toBe('/api/v1/cities/kaohsiung/users/a%20b%2Fc?version=3');
  expect(
    urlOf(endpoints.planSummary, { city: 'kaohsiung', plan: 'phase2' }, { asOf: undefined }),
  ).toBe('/api/v1/cities/kaohsiung/plans/phase2/summary');
  expect(
    urlOf(endpoints.getAttachment, {
      city: 'k',
      id: 4,
      sector: 'transport',
      no: 1,
      attachmentId: 9,
    }),
  ).toBe('/api/v1/cities/k/rounds/4/submissions/transport/1/attachments/9');
});

it("gives Hono the declaration's path in its own form", () => {
  expect(routePattern(endpoints.getSubmission)).toBe(
    '/cities/:city/rounds/:id/submissions/:sector/:no',
  );
});
