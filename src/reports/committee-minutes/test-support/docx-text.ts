import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface DocxParagraph {
  /** The paragraph's style (Heading1 …), or null. */
  style: string | null;
  /** Its text, tabs as '\t', breaks as '\n', XML entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The body of a DOCX: word/document.xml. */
export async function documentXml(docx: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netzero-docx-text-'));
  try {
    const path = join(dir, 'document.docx');
    await writeFile(path, docx);
    const { stdout } = await run('unzip', ['-p', path, 'word/document.xml'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The paragraphs of a DOCX's body as Word would read them, in order. */
export async function docxParagraphs(docx: Buffer): Promise<DocxParagraph[]> {
  return [...(await documentXml(docx)).matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
    text: xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:br\/>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e),
  }));
}
