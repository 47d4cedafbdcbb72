import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from '../src/db/accounts/demo-accounts.js';
import { createUser } from '../src/db/accounts/users.js';
import { importCommittee } from '../src/db/committee/import-committee.js';
import { seedIndicators } from '../src/db/indicators/seed-indicators.js';
import { setAgencyContacts } from '../src/db/committee/agency-contacts.js';
import { linkMemberAccount } from '../src/db/committee/members.js';
import { remindAgencies } from '../src/server/jobs/remind-agencies.js';
import { createMailerFromEnv } from '../src/server/mail/mailer.js';
import { startLocalSmtpServer } from '../src/server/mail/test-support/local-smtp-server.js';
import { loadKaohsiungCommittee } from '../src/db/test-support/kaohsiung-committee.js';
import { hashPassword } from '../src/server/auth/password.js';
import { checkAccessible } from './support/accessible.js';
import { launchBrowser } from './support/browser.js';
import { expectNoProblems, goto, newPerson, settled, signIn } from './support/pages.js';
import { startTestSite, type TestSite } from './support/server.js';

const MEETING = 't7-group-1';
const POINT = '建議檢討公車路線並增加班次';

/**
 * The committee (推動會) in a real browser: the secretariat records a meeting and assigns a
 * member's point to 交通局; the overdue reminder reaches 交通局 by e-mail; 交通局's clerk replies; the secretariat closes it (解除列管) and
 * publishes the minutes; anyone then reads them on the public page.
 */
describe('a committee point from the meeting to its closure, in a real browser', () => {
  let site: TestSite;
  let browser: Browser;
  let secretariat: Page;
  const problems: string[][] = [];

  beforeAll(async () => {
    [site, browser] = await Promise.all([
      startTestSite(async (database) => {
        await ensureDemoAccounts(database.db, 'kaohsiung', hashPassword);
        // The committee's members and the seed meeting: the chair must serve on the term.
        await importCommittee(database.db, 'kaohsiung', await loadKaohsiungCommittee(), 'test');
        // The indicators a point may be linked to (交通安全指標).
        await seedIndicators(database.db, 'kaohsiung', 'kaohsiung', 'test');
        await createUser(
          database.db,
          {
            city: 'kaohsiung',
            username: 'tb-clerk',
            displayName: '交通局承辦',
            role: 'agency_editor',
            agencies: ['tb'],
            passwordHash: await hashPassword(DEMO_PASSWORD),
          },
          'test',
        );
        // 胡淑貞 serves on the 7th term; her account hands in her written comments.
        await createUser(
          database.db,
          {
            city: 'kaohsiung',
            username: 'member-hu',
            displayName: '胡淑貞委員',
            role: 'committee_member',
            agencies: [],
            passwordHash: await hashPassword(DEMO_PASSWORD),
          },
          'test',
        );
        await linkMemberAccount(database.db, 'kaohsiung', '胡淑貞', 'member-hu', 'test');
      }),
      launchBrowser(),
    ]);
    const person = await newPerson(browser);
    secretariat = person.page;
    problems.push(person.problems);
    await signIn(secretariat, site.url, 'demo-admin', DEMO_PASSWORD);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await site.stop();
  });

  const form = (page: Page, name: string) => page.getByRole('form', { name, exact: true });
  const assignmentRow = (page: Page) =>
    page.locator('table.assignments tbody tr').filter({ hasText: POINT });

  it('the secretariat records a meeting, its item, a member’s point and a ruling', async () => {
    await goto(secretariat, site.url, '#/committee/secretariat');
    const record = form(secretariat, '新增會議');
    await record.getByLabel('會議類別').selectOption('group');
    await record.getByLabel('會議代碼').fill(MEETING);
    await record.getByLabel('會議名稱').fill('第七屆第一次小組會議');
    await record.getByLabel('屆次（第幾屆）').fill('7');
    await record.getByLabel('次別（第幾次）').fill('1');
    await record.getByLabel('日期').fill('2024-01-10');
    await record.getByLabel('開始時間').fill('14:00');
    await record.getByLabel('散會時間').fill('16:00');
    await record.getByLabel('地點').fill('高雄市政府第四會議室');
    await record.getByLabel('主席', { exact: true }).fill('陳其邁');
    await record.getByLabel('紀錄', { exact: true }).fill('環保局');
    await record.getByLabel('出席單位及人員').fill('詳簽到表');
    await record.getByRole('button', { name: '建立會議' }).click();
    await secretariat.getByRole('link', { name: '第七屆第一次小組會議' }).click();
    await secretariat.getByRole('heading', { level: 1, name: '第七屆第一次小組會議' }).waitFor();
    await settled(secretariat);

    const item = form(secretariat, '新增議程');
    await item.getByLabel('案由').fill('運輸部門執行情形');
    await item.getByLabel('報告機關').selectOption('tb');
    await item.getByRole('button', { name: '新增議程' }).click();

    const comment = form(secretariat, '新增委員意見');
    await comment.waitFor();
    await comment.getByLabel('委員姓名').fill('石豐宇');
    await comment
      .getByLabel(/^意見/)
      .fill(`(1) ${POINT}\na. 夜間班次\nb. 偏鄉路線\n(2) 請說明電動公車進度`);
    await comment.getByRole('button', { name: '送出意見' }).click();
    const ruling = form(secretariat, '主席裁示');
    await ruling.getByLabel('主席裁示').fill('同意備查');
    await ruling.getByRole('button', { name: '儲存裁示' }).click();
    const resolution = form(secretariat, '新增決議事項');
    await resolution.getByLabel('決議內容').fill('請交通局於文到 7 日內回復辦理情形。');
    await resolution.getByRole('button', { name: '新增決議' }).click();

    // The minutes so far, numbered as printed.
    const preview = secretariat.locator('details.minutes-preview');
    await preview.locator('summary').click();
    await expect.poll(() => preview.textContent()).toContain('請交通局於文到 7 日內回復辦理情形。');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('壹、時間');
    expect(text).toContain('石豐宇');
    expect(text).toContain(`(1)${POINT}`);
    expect(text).toContain('a.夜間班次');
    expect(text).toContain('主席裁示：同意備查');
    expect(text).toContain('1.請交通局於文到 7 日內回復辦理情形。');
  });

  it('assigns the point to 交通局 with a due date, and shows it in the follow-up', async () => {
    const assign = form(secretariat, '列管：交辦機關');
    await assign.getByLabel('委員意見或決議').selectOption({ label: `一、1.(1) 石豐宇 ${POINT}` });
    await assign.getByLabel('交通局').check();
    await assign.getByLabel('回復期限').fill('2024-01-20');
    await assign.getByRole('button', { name: '交辦' }).click();
    await assignmentRow(secretariat).waitFor();
    const row = (await assignmentRow(secretariat).textContent()) ?? '';
    expect(row).toContain('交通局');
    expect(row).toContain('待回復');
    // Past its due date and unanswered: said in words, not by colour alone.
    expect(row).toContain('（已逾期）');
    await checkAccessible(secretariat, 'committee-meeting');
  });

  it('links the point to a measure (picked by plan), a sector and an indicator, and removes a link', async () => {
    const measure = form(secretariat, '意見連結至措施');
    await measure.getByLabel('委員意見').selectOption({ label: `一、1.(1) 石豐宇 ${POINT}` });
    // Picked, not typed: the city's plans, then the chosen plan's measures.
    await measure.getByLabel('計畫', { exact: true }).selectOption('phase2');
    const measures = measure.getByLabel('措施', { exact: true });
    await expect.poll(() => measures.locator('option').count()).toBeGreaterThan(50);
    await measures.selectOption('transport/1');
    await measure.getByRole('button', { name: '連結措施' }).click();
    const links = secretariat.locator('ul.point-links li');
    await expect.poll(() => links.count()).toBe(1);
    expect(await links.first().textContent()).toContain('一、1.(1)');
    const sector = form(secretariat, '意見連結至部門');
    await sector.getByLabel('部門').selectOption('energy');
    await sector.getByRole('button', { name: '連結部門' }).click();
    await expect.poll(() => links.count()).toBe(2);
    const indicator = form(secretariat, '意見連結至永續發展指標');
    await indicator.getByLabel('指標').selectOption({ label: '交通安全指標' });
    await indicator.getByRole('button', { name: '連結指標' }).click();
    await expect.poll(() => links.count()).toBe(3);
    expect(await links.nth(2).textContent()).toContain('指標「交通安全指標」');
    await links.nth(0).getByRole('button', { name: '移除連結' }).click();
    await expect.poll(() => links.count()).toBe(2);
    // Linked again, to stay on the measure's page once the minutes are published.
    await measure.getByRole('button', { name: '連結措施' }).click();
    await expect.poll(() => links.count()).toBe(3);
    await checkAccessible(secretariat, 'committee-meeting-links');
  });

  it('a member hands in a written comment (書面意見) and it lands in the minutes', async () => {
    const person = await newPerson(browser);
    problems.push(person.problems);
    const member = person.page;
    await goto(member, site.url, '#/sign-in');
    await member.getByLabel('帳號').fill('member-hu');
    await member.getByLabel('密碼').fill(DEMO_PASSWORD);
    await member.getByRole('button', { name: '登入' }).click();
    await member.getByRole('heading', { level: 1, name: '提交書面意見' }).waitFor();
    await settled(member);
    await member.getByLabel('會議').selectOption(MEETING);
    const comment = form(member, '您的意見');
    await comment.getByLabel('議程').selectOption('1');
    await comment.getByLabel(/^意見/).fill('(1) 請交通局補充電動公車汰換期程');
    await checkAccessible(member, 'committee-comment');
    await comment.getByRole('button', { name: '送出意見' }).click();
    await member.getByRole('status').filter({ hasText: '已送出書面意見' }).waitFor();

    await secretariat.reload();
    await settled(secretariat);
    const preview = secretariat.locator('details.minutes-preview');
    await preview.locator('summary').click();
    await expect.poll(() => preview.textContent()).toContain('胡淑貞委員（書面意見）');
    expect(await preview.textContent()).toContain('(1)請交通局補充電動公車汰換期程');
  });

  it('the reminder for the overdue point reaches 交通局 by e-mail, through a real SMTP server', async () => {
    const smtp = await startLocalSmtpServer();
    const mailer = createMailerFromEnv({
      NETZERO_SMTP_URL: smtp.url,
      NETZERO_MAIL_FROM: '淨零管考平台 <netzero@epb.kcg.gov.tw>',
    });
    try {
      const db = site.database.db;
      await setAgencyContacts(
        db,
        'kaohsiung',
        'tb',
        [{ name: '交通局承辦', address: 'clerk@tb.kcg.gov.tw' }],
        'setup',
      );
      // Due Saturday 2024-01-20: the first working day after it, the first overdue reminder.
      const outcome = await remindAgencies(db, { city: 'kaohsiung', today: '2024-01-22', mailer });
      expect(outcome.failed).toEqual([]);
      expect(smtp.received.map((m) => m.rcptTo)).toEqual([['clerk@tb.kcg.gov.tw']]);
      const text = smtp.received[0]?.parsed.text ?? '';
      expect(text).toContain('交通局 承辦同仁您好：');
      expect(text).toContain(POINT);
      expect(text).toContain('第 1 次催辦');
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it('交通局’s clerk sees the point, overdue and reminded, and replies', async () => {
    const person = await newPerson(browser);
    problems.push(person.problems);
    const clerk = person.page;
    await signIn(clerk, site.url, 'tb-clerk', DEMO_PASSWORD);
    await goto(clerk, site.url, '#/committee/replies');
    await clerk.getByRole('heading', { level: 2, name: '交通局' }).waitFor();
    expect(await clerk.getByRole('note').textContent()).toMatch(/已逾回復期限/);
    // The reminder mailed above, in the agency's list of reminders issued.
    const issued = clerk.getByRole('table', { name: '催辦紀錄' });
    await expect.poll(() => issued.textContent()).toContain('逾期催辦（第 1 次）');
    expect(await issued.textContent()).toContain('電子郵件');
    await assignmentRow(clerk).getByRole('button', { name: /回復/ }).click();
    const reply = clerk.getByRole('form', { name: /^回復 / });
    await reply.getByLabel('辦理情形').fill('已於 113 年 2 月起增加夜間班次。');
    await checkAccessible(clerk, 'committee-replies');
    await reply.getByRole('button', { name: '送出回復' }).click();
    await expect.poll(async () => assignmentRow(clerk).textContent()).toContain('已回復');

    await clerk.getByRole('button', { name: 'Switch to English' }).click();
    await clerk.getByRole('heading', { level: 1, name: 'Committee follow-up replies' }).waitFor();
    await checkAccessible(clerk, 'committee-replies-en');
  });

  it('the secretariat closes it (解除列管) with a note, sends and publishes the minutes', async () => {
    // Still on the meeting's page: loading it again shows the clerk's reply.
    await secretariat.reload();
    await settled(secretariat);
    const row = assignmentRow(secretariat);
    await expect.poll(() => row.textContent()).toContain('已回復');
    await row.getByLabel('秘書處意見').fill('同意解除列管');
    await row.getByRole('button', { name: '解除列管' }).click();
    await expect.poll(() => row.textContent()).toContain('同意解除列管');
    expect(await row.getByRole('button', { name: '解除列管' }).count()).toBe(0);

    const sent = form(secretariat, '會議紀錄發文');
    await sent.getByLabel('紀錄發文日').fill('2024-01-12');
    await sent.getByRole('button', { name: '記錄發文日' }).click();
    await form(secretariat, '公布會議紀錄').getByRole('button', { name: '公布' }).click();
    await form(secretariat, '公布會議紀錄').waitFor({ state: 'detached' });
    await goto(secretariat, site.url, '#/committee/secretariat');
    await checkAccessible(secretariat, 'committee-secretariat');
  });

  it('anyone reads the published minutes, with their downloads, in both languages', async () => {
    const person = await newPerson(browser);
    problems.push(person.problems);
    const visitor = person.page;
    await goto(visitor, site.url, '#/committee');
    await visitor.getByRole('link', { name: '第七屆第一次小組會議' }).click();
    await visitor
      .getByRole('heading', { level: 1, name: '第七屆第一次小組會議會議紀錄' })
      .waitFor();
    await settled(visitor);
    const minutes = (await visitor.locator('article.minutes').textContent()) ?? '';
    // Speakers and the chair as the minutes print them, from the member records.
    const printed = ['主席：陳其邁市長', '1.石豐宇委員', '胡淑貞委員（書面意見）'];
    for (const words of ['壹、時間', ...printed, `(1)${POINT}`, 'b.偏鄉路線', '同意備查', '散會']) {
      expect(minutes).toContain(words);
    }
    const docx = visitor.getByRole('link', { name: 'DOCX 檔' });
    const href = (await docx.getAttribute('href')) ?? '';
    expect(href).toContain(`/committee/meetings/${MEETING}/minutes/docx`);
    const file = await visitor.request.get(`${site.url}${href}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
    await checkAccessible(visitor, 'committee-minutes');

    // The point linked to 運輸 1 shows on that measure's page, now that the minutes are public.
    await goto(visitor, site.url, '#/measures/transport/1');
    const onMeasure = visitor.locator('section[aria-labelledby="committee-points-heading"]');
    await expect.poll(() => onMeasure.textContent()).toContain(POINT);
    expect(await onMeasure.textContent()).toContain('一、1.(1)');
    // … on the indicator's page, and with the measures of the sector it concerns as a whole.
    await goto(visitor, site.url, '#/indicators/transport-traffic-safety');
    const onIndicator = visitor.locator('section[aria-labelledby="committee-points-heading"]');
    await expect.poll(() => onIndicator.textContent()).toContain(POINT);
    await checkAccessible(visitor, 'committee-points-on-indicator');
    await goto(visitor, site.url, '#/measures?sector=energy');
    const onSector = visitor.locator('section[aria-labelledby="committee-points-heading"]');
    await expect.poll(() => onSector.textContent()).toContain(POINT);
    await goto(visitor, site.url, '#/measures?sector=manufacturing');
    await expect.poll(() => onSector.textContent()).toContain('尚無連結到製造部門整體的委員意見');

    await goto(visitor, site.url, '#/committee');
    await visitor.getByRole('heading', { level: 2, name: '各機關辦理情形' }).waitFor();
    await checkAccessible(visitor, 'committee-public');
    await visitor.getByRole('button', { name: 'Switch to English' }).click();
    await visitor.getByRole('heading', { level: 2, name: 'Follow-up by agency' }).waitFor();
    await checkAccessible(visitor, 'committee-public-en');
    await goto(visitor, site.url, `#/committee/meetings/${MEETING}`);
    await visitor.getByRole('heading', { level: 2, name: /Time/ }).waitFor();
    await checkAccessible(visitor, 'committee-minutes-en');
  });

  it('met no script error, CSP refusal or failed request on the way', () => {
    for (const list of problems) expectNoProblems(list);
  });
});
