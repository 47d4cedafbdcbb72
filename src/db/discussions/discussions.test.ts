import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { seedDataset } from '../city/seed-dataset.js';
import { migrations } from '../migrations/index.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { openKaohsiungQ4Round } from '../test-support/rounds.js';
import { addComment, listSubjectComments } from './comments.js';
import { addSubmissionComment, listSubmissionComments } from './submission-comments.js';
import { changeFollowUp, listThreads, openThread } from './threads.js';

const reviewer = { username: 'sec', role: 'admin' };
const member = { username: 'member-1', role: 'reviewer' };
const clerk = { username: 'epb-clerk', role: 'agency_editor' };

describeEachDatabase('discussions', (getDb) => {
  let roundId = 0;
  let measureId = 0;
  const key = () => ({ city: 'kaohsiung', roundId, sector: 'environment', no: 1 });

  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    roundId = (await openKaohsiungQ4Round(db)).id;
    measureId = (
      await db
        .selectFrom('measures')
        .select('id')
        .where('city_id', '=', 'kaohsiung')
        .where('sector_code', '=', 'environment')
        .where('no', '=', 1)
        .executeTakeFirstOrThrow()
    ).id;
  });

  it('keeps review comments on one thread per submission, in the shape and audit key of before', async () => {
    const { db } = getDb();
    const first = await addSubmissionComment(db, key(), reviewer, '請補充佐證');
    const second = await addSubmissionComment(db, key(), member, '數據請再確認');
    expect(first).toEqual({
      id: first.id,
      author: 'sec',
      role: 'admin',
      text: '請補充佐證',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
    });
    expect(await listSubmissionComments(db, key())).toEqual([first, second]);
    const threads = await listThreads(db, 'kaohsiung', {
      kind: 'submission',
      roundId,
      measureId,
    });
    expect(threads.map((t) => [t.createdBy, t.followUp])).toEqual([['sec', null]]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_key'])
      .where('action', '=', 'comment.add')
      .orderBy('seq')
      .execute();
    expect(audit.slice(-2)).toEqual([
      {
        action: 'comment.add',
        entity: 'comment',
        entity_key: `${roundId}/environment/1/${first.id}`,
      },
      {
        action: 'comment.add',
        entity: 'comment',
        entity_key: `${roundId}/environment/1/${second.id}`,
      },
    ]);
  });

  it('follows up a point assigned to an agency: replied, kept open, replied again, closed', async () => {
    const { db } = getDb();
    const subject = { kind: 'measure', measureId } as const;
    const { thread, question } = await db.transaction().execute(async (trx) => {
      const opened = await openThread(trx, 'kaohsiung', subject, {
        createdBy: member.username,
        title: '汰換進度落後',
        assignedAgency: 'epb',
        followUp: true,
      });
      const asked = await addComment(trx, 'kaohsiung', {
        threadId: opened.id,
        author: member,
        body: '請說明落後原因',
      });
      return { thread: opened, question: asked };
    });
    expect(thread.followUp).toBe('open');
    const reply = (body: string) =>
      db.transaction().execute((trx) =>
        addComment(trx, 'kaohsiung', {
          threadId: thread.id,
          parentId: question.id,
          author: clerk,
          body,
          byAssignedAgency: true,
        }),
      );
    expect((await reply('因預算延後，預計下季補足')).parentId).toBe(question.id);
    expect((await listThreads(db, 'kaohsiung', subject))[0]?.followUp).toBe('replied');
    const kept = await changeFollowUp(db, 'kaohsiung', thread.id, 'keep_open', 'sec');
    expect(kept.followUp).toBe('kept_open');
    await reply('已完成汰換 600 輛');
    const closed = await changeFollowUp(db, 'kaohsiung', thread.id, 'close', 'sec');
    expect([closed.followUp, closed.version]).toEqual(['closed', 5]);
    const onClosed = db
      .transaction()
      .execute((trx) =>
        addComment(trx, 'kaohsiung', { threadId: thread.id, author: member, body: '補充' }),
      );
    await expect(onClosed).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(changeFollowUp(db, 'kaohsiung', thread.id, 'close', 'sec')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(
      (await listSubjectComments(db, 'kaohsiung', subject)).map((c) => [c.body, c.parentId]),
    ).toEqual([
      ['請說明落後原因', null],
      ['因預算延後，預計下季補足', question.id],
      ['已完成汰換 600 輛', question.id],
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_key'])
      .where('entity', '=', 'discussion')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'discussion.keep_open', entity_key: `measure:${measureId}/${thread.id}` },
      { action: 'discussion.close', entity_key: `measure:${measureId}/${thread.id}` },
    ]);
  });

  it('refuses a reply to a comment of another thread, and a subject without its ids', async () => {
    const { db } = getDb();
    const [review] = await listSubmissionComments(db, key());
    const other = await db
      .transaction()
      .execute((trx) =>
        openThread(trx, 'kaohsiung', { kind: 'measure', measureId }, { createdBy: 'sec' }),
      );
    const reply = db.transaction().execute((trx) =>
      addComment(trx, 'kaohsiung', {
        threadId: other.id,
        parentId: review?.id ?? 0,
        author: reviewer,
        body: 'x',
      }),
    );
    await expect(reply).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const noIds = db
      .insertInto('discussion_threads')
      .values({
        city_id: 'kaohsiung',
        subject_kind: 'submission',
        measure_id: measureId,
        created_by: 'x',
      })
      .execute();
    await expect(noIds).rejects.toThrow(/discussion_threads_subject_ids/);
  });

  it('moves the comments of migration 0002 into threads, keeping ids, order and what comes next', async () => {
    const { db } = getDb();
    const before = await listSubmissionComments(db, key());
    await migrations['0007-discussions']?.down?.(db);
    const old = await sql<{ id: number; text: string }>`
      SELECT id, text FROM submission_comments ORDER BY id`.execute(db);
    expect(old.rows).toEqual(before.map((c) => ({ id: c.id, text: c.text })));
    await migrations['0007-discussions']?.up(db);
    expect(await listSubmissionComments(db, key())).toEqual(before);
    const next = await addSubmissionComment(db, key(), reviewer, '第三則');
    expect(next.id).toBeGreaterThan(Math.max(...before.map((c) => c.id)));
  });
});
