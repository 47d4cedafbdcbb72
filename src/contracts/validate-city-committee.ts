import { NetZeroError, type Issue } from '../core/errors.js';
import type { CityDocument } from './city-document.js';
import type { CommitteeDocument } from './committee-document.js';
import { validateCommitteeDocument } from './validate-committee-document.js';
import { measureKey } from './validate-committee-follow-up.js';

/**
 * A city document's committee, checked against the city it sits in: its agencies and sources must
 * be the city's, and it may add none of its own (a city lists each agency and source once, so the
 * document imports as it was exported). Problems are added to `issues` under `committee.`.
 */
export function validateCityCommittee(
  doc: CityDocument,
  committee: CommitteeDocument,
  issues: Issue[],
): CommitteeDocument {
  const at = (path: string) => `committee.${path}`;
  committee.sources.forEach((s, i) =>
    issues.push({
      path: at(`sources[${i}]`),
      message: `list the source "${s.code}" in the city's sources, not the committee's`,
    }),
  );
  committee.agencies.forEach((a, i) =>
    issues.push({
      path: at(`agencies[${i}]`),
      message: `list the agency "${a.code}" in the city's agencies, not the committee's`,
    }),
  );
  try {
    return validateCommitteeDocument(committee, {
      city: doc.city.code,
      agencies: new Set(doc.agencies.map((a) => a.code)),
      sources: new Set(doc.sources.map((s) => s.code)),
      measures: new Set(
        doc.plans.flatMap((p) => p.measures.map((m) => measureKey({ ...m, plan: p.code }))),
      ),
    });
  } catch (error) {
    if (!(error instanceof NetZeroError)) throw error;
    issues.push(...error.issues.map((issue) => ({ ...issue, path: at(issue.path) })));
    return committee;
  }
}
