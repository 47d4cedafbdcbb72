import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import type { ApiClient } from '../test-support/api-client.js';
import { kaohsiungApp } from '../test-support/kaohsiung-app.js';
import { openKaohsiungQ4Round } from '../../db/test-support/rounds.js';

interface Detail {
  version: number;
  qualitativeText: string;
  figures: { value: string }[];
}

describeEachDatabase('two editors at once', (getDb) => {
  let alice: ApiClient;
  let bob: ApiClient;
  let path = '';

  beforeAll(async () => {
    const { db } = getDb();
    const { signedIn } = await kaohsiungApp(getDb());
    alice = await signedIn('alice', 'agency_editor', ['epb']);
    bob = await signedIn('bob', 'agency_editor', ['epb']);
    const round = await openKaohsiungQ4Round(db, 'race');
    path = `/cities/kaohsiung/rounds/${round.id}/submissions/transport/1`;
  });

  const draft = (version: number, text: string, value: string) => ({
    version,
    figures: [{ indicator: 'diesel_trucks', value, basis: 'increment' }],
    qualitativeText: text,
    laggingExplanation: null,
  });

  // First the creation race (version 0), then an update race on what the first one left (2).
  for (const [start, savesAfter] of [
    [0, 2],
    [2, 4],
  ] as const) {
    it(`lets one of two saves from version ${start} win and tells the other with the current state (409)`, async () => {
      const [a, b] = await Promise.all([
        alice.json<Detail & { current?: Detail }>(
          'PUT',
          path,
          draft(start, `alice ${start}`, '100'),
        ),
        bob.json<Detail & { current?: Detail }>('PUT', path, draft(start, `bob ${start}`, '200')),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.body).toMatchObject({ code: 'CONFLICT' });
      // The loser sees exactly what the winner saved, and may redo the edit on top of it.
      expect(loser.body.current?.qualitativeText).toBe(winner.body.qualitativeText);
      expect(loser.body.current?.version).toBe(start + 1);
      const loserClient = winner === a ? bob : alice;
      const retried = await loserClient.json<Detail>(
        'PUT',
        path,
        draft(start + 1, `${winner.body.qualitativeText} + retry`, '300'),
      );
      expect(retried.status).toBe(200);
      expect(retried.body.version).toBe(start + 2);
      expect(retried.body.qualitativeText).toBe(`${winner.body.qualitativeText} + retry`);
      // Both saves are in the audit trail: nothing was lost silently.
      const saves = await getDb()
        .db.selectFrom('audit_log')
        .select('actor')
        .where('action', '=', 'submission.save')
        .execute();
      expect(saves).toHaveLength(savesAfter);
    });
  }
});
