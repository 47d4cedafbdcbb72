import type { PointReference } from '../../core/committee/follow-up-record.js';
import type { CommitteeDocument } from '../../contracts/committee-document.js';
import { validateCommitteeDocument } from '../../contracts/validate-committee-document.js';
import { loadDataset, packageRoot } from '../../datasets/datasets.js';
import { readCityFile } from '../../datasets/read-city-file.js';

/** The Kaohsiung committee document (the seed meeting), validated against the city dataset. */
export async function loadKaohsiungCommittee(): Promise<CommitteeDocument> {
  const city = await loadDataset('kaohsiung');
  return validateCommitteeDocument(
    await readCityFile(`${packageRoot}data/kaohsiung-committee.yaml`),
    {
      city: city.city.code,
      agencies: new Set(city.agencies.map((a) => a.code)),
      sources: new Set(city.sources.map((s) => s.code)),
    },
  );
}

/** The seed meeting's code. */
export const KAOHSIUNG_SEED_MEETING = 't7-plenary-1';

/** 石豐宇's point (1) of item 一 at the seed meeting (traffic signals): concerns 交通局 (tb). */
export const KAOHSIUNG_SIGNALS_POINT: PointReference = {
  kind: 'point',
  meeting: KAOHSIUNG_SEED_MEETING,
  item: 1,
  comment: 1,
  point: 1,
  subPoint: null,
};
