import type { Role } from '../../contracts/api/common.js';
import { seedDataset } from '../../db/city/seed-dataset.js';
import { createApp, type AppOptions } from '../app.js';
import { ApiClient, signedInAs } from './api-client.js';

/**
 * The set-up most route tests start from: the app over a test database seeded with Kaohsiung's
 * dataset. `visitor()` is an anonymous client holding its CSRF token; `signedIn(…)` adds a user
 * of the city and signs them in.
 * @example const { visitor, signedIn } = await kaohsiungApp(getDb()); const clerk = await signedIn('epb-clerk', 'agency_editor', ['epb']);
 */
export async function kaohsiungApp(options: AppOptions) {
  await seedDataset(options.db, 'kaohsiung');
  const app = createApp(options);
  return {
    app,
    visitor: () => new ApiClient(app).start(),
    signedIn: (username: string, role: Role, agencies: string[] = []) =>
      signedInAs(app, options.db, username, role, agencies),
  };
}
