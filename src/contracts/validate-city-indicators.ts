import type { Issue } from '../core/errors.js';
import type { SdgReference } from '../core/indicators/sdg.js';
import type { CityDocument } from './city-document.js';
import { measureKey } from './validate-committee-follow-up.js';
import { indicatorListProblems } from './validate-indicators-document.js';

/**
 * A city document's sustainability indicators, checked as an indicators document's are (one
 * validator) against the city they sit in: its agencies, sources, measures and committee groups.
 * Paths are the city document's (`indicators[2].versions[0].sdgTargets[0]`). The SDG reference is
 * data the caller reads; without it a document with indicators cannot be judged, so it is refused.
 */
export function cityIndicatorProblems(doc: CityDocument, sdg: SdgReference | undefined): Issue[] {
  if (!doc.indicators) return [];
  if (!sdg) return [{ path: 'indicators', message: 'cannot be checked without the SDG reference' }];
  return indicatorListProblems(doc.indicators, 'indicators', {
    city: doc.city.code,
    agencies: new Set(doc.agencies.map((a) => a.code)),
    sources: new Set(doc.sources.map((s) => s.code)),
    groups: new Set(doc.committee?.groups.map((g) => g.code) ?? []),
    measures: new Set(
      doc.plans.flatMap((p) => p.measures.map((m) => measureKey({ ...m, plan: p.code }))),
    ),
    sdg,
  });
}
