import { expect, it } from 'vitest';
import { validateCommitteeDocument } from '../src/contracts/validate-committee-document.js';
import { FOLLOW_UP_SCALE, syntheticCommitteeDocument } from './committee-follow-up.js';

it('generates ten years of valid synthetic meetings of 300 points, the same each time', () => {
  const input = syntheticCommitteeDocument();
  expect(JSON.stringify(syntheticCommitteeDocument())).toBe(JSON.stringify(input));
  const doc = validateCommitteeDocument(input, {
    city: 'synthetic',
    agencies: new Set(),
    sources: new Set(),
  });
  expect(doc.meetings).toHaveLength(FOLLOW_UP_SCALE.years * FOLLOW_UP_SCALE.meetingsPerYear);
  const points = doc.meetings.map((m) =>
    m.agendaItems.reduce((n, a) => n + a.comments.reduce((k, c) => k + c.points.length, 0), 0),
  );
  expect(new Set(points)).toEqual(new Set([300]));
  expect(doc.committee.name).toContain('合成');
});
