import { describe, expect, it } from 'vitest';
import { convertDocxTo } from './libreoffice.js';
import { libreOfficeFormats } from '../../core/vocabulary/lists.js';

describe('LibreOffice conversion', () => {
  it('refuses a broken DOCX with a clear error, without hanging on an error dialog', async () => {
    // A zip header and nothing else: LibreOffice cannot open it (plain text it would import).
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]);
    await expect(convertDocxTo(broken, libreOfficeFormats, { timeoutMs: 60_000 })).rejects.toThrow(
      /LibreOffice produced no (ODT|PDF) file/,
    );
  });

  it('names the binary when LibreOffice is not installed', async () => {
    await expect(
      convertDocxTo(Buffer.from(''), ['pdf'], { soffice: '/nonexistent/soffice' }),
    ).rejects.toThrow(/LibreOffice conversion failed \(\/nonexistent\/soffice\)/);
  });
});
