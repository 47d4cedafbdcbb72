import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Table1, Table1Measure } from '../../results-report/model.js';
import { table1Blocks } from './table1.js';

/** Ten yearly columns, as in a synthetic city's Table 1. */
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);
const cell = (text: string) => ({ text, value: text });

function measure(no: number, periodText: string): Table1Measure {
  return {
    no,
    agency: '環保局',
    name: `措施 ${String(no)}`,
    status: 'on_track',
    rows: [
      {
        indicatorKey: null,
        label: null,
        unit: '件',
        target: cell('100 件'),
        periods: YEARS.map(() => cell(periodText)),
        total: cell('10 件'),
        reductionT: '1',
        reductionWan: '0.00',
      },
    ],
  };
}

function table(last: Table1Measure): Table1 {
  return {
    title: '執行成果',
    periodColumns: YEARS.map((y) => ({
      label: `${String(y - 1911)}年執行量`,
      start: `${String(y)}-01-01`,
      end: `${String(y)}-12-31`,
    })),
    sectors: [
      {
        code: 'energy',
        name: '能源',
        measures: [measure(1, '5'), last],
        reductionT: '2',
        reductionWan: '0.00',
      },
    ],
    totalT: '2',
    totalWan: '0.00',
    totalNote: null,
  };
}

async function documentXml(t: Table1): Promise<string> {
  const doc = new Document({ sections: [{ children: table1Blocks(t, 14000) }] });
  const dir = await mkdtemp(join(tmpdir(), 'netzero-table1-'));
  try {
    const path = join(dir, 'table1.docx');
    await writeFile(path, await Packer.toBuffer(doc));
    const { stdout } = await promisify(execFile)('unzip', ['-p', path, 'word/document.xml'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const tables = (xml: string) => xml.split('<w:tbl>').length - 1;
const monthly = Array.from({ length: 12 }, (_, m) => `1,234 (113 年 ${String(m + 1)} 月)`).join(
  '；',
);

describe('Table 1 in the DOCX', () => {
  it("nests a short last measure with its sector's subtotal, so they stay on one page", async () => {
    const xml = await documentXml(table(measure(2, '7')));
    expect(tables(xml)).toBe(2);
    expect(xml).toContain('能源部門小計');
  });

  it('does not nest a last measure about a page tall (LibreOffice lays that out for minutes)', async () => {
    const xml = await documentXml(table(measure(2, monthly)));
    expect(tables(xml)).toBe(1);
    expect(xml).toContain('能源部門小計');
    // Every row of the table, the subtotal's included, still may not split.
    expect(xml.split('<w:tr>').length - 1).toBe(xml.split('<w:cantSplit/>').length - 1);
  });
});
