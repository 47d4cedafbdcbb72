import type { Kysely } from 'kysely';
import { creditsDocument } from '../../contracts/credits-document.js';
import { invalid } from '../../core/errors.js';
import { creditsDatasetPath, type DatasetName } from '../../datasets/datasets.js';
import { readCityFile } from '../../datasets/read-city-file.js';
import { selectCityRows } from '../city-scope.js';
import type { Tables } from '../tables.js';
import { recordPeriod } from './periods.js';
import { recordProject } from './projects.js';

/**
 * Records a shipped dataset's offset projects and their periods for its city, once: a city that
 * has any offset project keeps what it has. Each goes through the same functions (and audit
 * entries) as the secretariat's own records.
 * @returns 'created', or 'unchanged' when the city already had offset projects.
 */
export async function seedCredits(
  db: Kysely<Tables>,
  name: DatasetName,
  actor: string,
): Promise<'created' | 'unchanged'> {
  const document = creditsDocument.parse(await readCityFile(creditsDatasetPath(name)));
  if (document.city !== name)
    throw invalid('city', `the ${name} credits file is of ${document.city}`);
  const existing = await selectCityRows(db, 'credit_projects', document.city)
    .select('code')
    .limit(1)
    .execute();
  if (existing.length > 0) return 'unchanged';
  for (const { periods, ...project } of document.projects) {
    await recordProject(db, document.city, project, actor);
    for (const period of periods)
      await recordPeriod(db, document.city, project.code, period, actor);
  }
  return 'created';
}
