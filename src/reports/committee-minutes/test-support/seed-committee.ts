import type { CityDocument } from '../../../contracts/city-document.js';
import type { CommitteeDocument } from '../../../contracts/committee-document.js';
import { validateCommitteeDocument } from '../../../contracts/validate-committee-document.js';
import { loadDataset, packageRoot } from '../../../datasets/datasets.js';
import { readCityFile } from '../../../datasets/read-city-file.js';

/** Kaohsiung's city document and its committee's, validated against it (the seed meeting). */
export async function loadSeedCommittee(): Promise<{
  city: CityDocument;
  committee: CommitteeDocument;
}> {
  const city = await loadDataset('kaohsiung');
  const committee = validateCommitteeDocument(
    await readCityFile(`${packageRoot}data/kaohsiung-committee.yaml`),
    {
      city: city.city.code,
      agencies: new Set(city.agencies.map((a) => a.code)),
      sources: new Set(city.sources.map((s) => s.code)),
    },
  );
  return { city, committee };
}

export const SEED_MEETING = 't7-plenary-1';
