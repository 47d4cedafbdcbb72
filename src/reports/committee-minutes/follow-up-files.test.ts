import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildFollowUpTable, committeeAgencyNames } from './follow-up-table.js';
import { renderFollowUpFiles } from './render-follow-up.js';
import { loadSeedCommittee, SEED_MEETING } from './test-support/seed-committee.js';

const run = promisify(execFile);
const { city, committee } = await loadSeedCommittee();

// Runs LibreOffice, as the minutes' file tests do.
describe('the follow-up table’s files', () => {
  it('come out as DOCX, XLSX and, through LibreOffice, a PDF holding the rows', async () => {
    const table = buildFollowUpTable(
      committee,
      [
        {
          subject: { kind: 'resolution', meeting: SEED_MEETING, resolution: 5 },
          agency: 'edu',
          dueDate: '2023-11-20',
          reply: { text: '已邀請專家學者檢視高中淨零教材。', date: '2023-11-18' },
          state: 'closed',
          note: '同意解除列管',
        },
      ],
      { asOf: '2023-11-30', agencyNames: committeeAgencyNames(city.agencies, committee) },
    );
    const files = await renderFollowUpFiles(table, ['docx', 'pdf', 'xlsx']);
    expect([...files.keys()].sort()).toEqual(['docx', 'pdf', 'xlsx']);
    const dir = await mkdtemp(join(tmpdir(), 'netzero-follow-up-'));
    try {
      await writeFile(join(dir, 't.pdf'), files.get('pdf') ?? Buffer.alloc(0));
      const text = (await run('pdftotext', [join(dir, 't.pdf'), '-'])).stdout.replace(/\s+/g, '');
      expect(text).toContain('歷次會議決議事項辦理情形');
      expect(text).toContain('已邀請專家學者檢視高中淨零教材。');
      expect(text).toContain('解除列管');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
