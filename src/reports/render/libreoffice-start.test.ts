import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { startDocxConversion } from './libreoffice.js';
import { profileTemplate, WARM_DOCX } from './libreoffice-profile.js';
import { libreOfficeFormats } from '../../core/vocabulary/lists.js';

describe('LibreOffice started before its document', () => {
  it('marks the installed version as seen in the profile template, so no start runs the render tests', async () => {
    const template = await profileTemplate({});
    const xcu = await readFile(join(template, 'user', 'registrymodifications.xcu'), 'utf8');
    const last = /ooSetupLastVersion"[^>]*><value>([\d.]+)<\/value>/.exec(xcu)?.[1];
    expect(last).toMatch(/^\d+\.\d+$/);
  });

  it('prepares a profile that saves no preview image and carries a DOCX to warm up on', async () => {
    const template = await profileTemplate({});
    const xcu = await readFile(join(template, 'user', 'registrymodifications.xcu'), 'utf8');
    expect(xcu).toMatch(/GenerateThumbnail" oor:op="fuse"><value>false<\/value>/);
    const warm = await readFile(join(template, WARM_DOCX));
    expect(warm.subarray(0, 2).toString()).toBe('PK'); // a zip: the DOCX LibreOffice wrote
  });

  it('waits for the DOCX handed over later and converts it', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('晚到的文件 late document')] }] }),
    );
    const conversion = startDocxConversion(['pdf'], { timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500)); // LibreOffice is up and waiting
    const files = await conversion.convert(docx);
    expect(files.get('pdf')?.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(conversion.cancel()).rejects.toThrow(/ran twice/);
  });

  it('ends a waiting LibreOffice on cancel and leaves no temp files', async () => {
    await profileTemplate({}); // kept in the real temp directory, shared
    const privateTmp = await mkdtemp(join(tmpdir(), 'netzero-test-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp; // the conversion's work directory goes here
    try {
      const conversion = startDocxConversion(libreOfficeFormats, { timeoutMs: 60_000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      await conversion.cancel();
      // Far below the 60 s it would otherwise wait for the DOCX.
      expect(performance.now() - started).toBeLessThan(30_000);
      expect(await readdir(privateTmp)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      await rm(privateTmp, { recursive: true, force: true });
    }
  });
});
