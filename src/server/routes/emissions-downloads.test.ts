import { beforeAll, expect, it } from 'vitest';
import { HEADER_BEFORE_SPECIES as HEADER } from '../../contracts/test-support/inventory-upload.js';
import type {
  CarbonBudgetListResponse,
  EmissionsSeriesResponse,
  MoneyBudgetListResponse,
  PathwayResponse,
} from '../../contracts/api/emissions.js';
import { parseCsv } from '../../contracts/csv.js';
import { describeEachDatabase } from '../../db/test-support/databases.js';
import type { ApiClient } from '../test-support/api-client.js';
import { kaohsiungApp } from '../test-support/kaohsiung-app.js';
import { type InventoryStatus } from '../../core/vocabulary/lists.js';

const c = '/cities/kaohsiung';
/** What export writes: the upload's columns plus `species` (an older upload may leave it out). */
const EXPORT_HEADER =
  'year,gwp_set,status,subsector,scope,method,gas,species,value_t,mass,mass_unit,activity,activity_unit,factor_code,factor_version,notation_key,explanation,source,notes';
const inventory = (year: number, status: InventoryStatus) => `${HEADER}
${year},AR5,${status},industry_manufacturing,1,gas_mass,CO2,,1000,kg,,,,,,,,
${year},AR5,${status},agriculture_livestock,1,notation,,,,,,,,,NO,市內無畜牧,,
`;
const REPORT_TITLE = '112年度高雄市第二期溫室氣體減量執行方案成果報告';

/** The bytes of a download: a BOM must be checked on bytes, since text() drops it. */
async function download(res: Response) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describeEachDatabase('emissions page data and downloads over HTTP', (getDb) => {
  let anonymous: ApiClient;
  let reviewer: ApiClient;

  beforeAll(async () => {
    const { visitor, signedIn } = await kaohsiungApp(getDb());
    anonymous = await visitor();
    reviewer = await signedIn('reviewer', 'reviewer');
    const admin = await signedIn('admin', 'admin');
    for (const [year, status] of [
      [2024, 'published'],
      [2019, 'draft'],
    ] as const) {
      const res = await admin.json('POST', `${c}/inventories`, { csv: inventory(year, status) });
      expect(res.status).toBe(201);
    }
  });

  it('names the sources of the series by title, and gives the 2021 sector shares', async () => {
    const { body } = await anonymous.json<EmissionsSeriesResponse>('GET', `${c}/emissions`);
    expect(body.sources.map((s) => s.code)).toEqual([
      'report-112',
      'epb-press-2016',
      'news-emissions-2020',
      'news-emissions-2022',
      'tcsa-award-2023',
    ]);
    expect(body.sources[0]).toEqual({
      code: 'report-112',
      title: REPORT_TITLE,
      publisher: '高雄市政府',
      publishedOn: '2023-11-20',
      dateUnknown: false,
      url: null,
      documentNumber: null,
      urlUnknown: true,
      locator: null,
    });
    expect(body.sources[2]).toMatchObject({
      publisher: 'Yahoo奇摩新聞 (記者伍雲崧)',
      publishedOn: '2022',
      url: expect.stringMatching(/^https:\/\/tw\.news\.yahoo\.com\//) as string,
      urlUnknown: false,
    });
    expect(body.sources[4]).toMatchObject({ publishedOn: null, dateUnknown: true });
    expect(
      body.shares.map((s) => `${s.year}:${s.category}:${s.percent}:${String(s.source)}`),
    ).toEqual([
      '2021:industry:83:report-112',
      '2021:residential_commercial:9:report-112',
      '2021:transport:7:report-112',
      '2021:direct:72:report-112',
      '2021:indirect:28:report-112',
    ]);
  });

  it('names the sources of the targets, the carbon budget and the money budget', async () => {
    const pathway = await anonymous.json<PathwayResponse>('GET', `${c}/pathway`);
    expect(pathway.body.sources.map((s) => s.title)).toEqual([REPORT_TITLE]);
    const budgets = await anonymous.json<CarbonBudgetListResponse>('GET', `${c}/carbon-budgets`);
    expect(budgets.body.budgets[0]?.source).toBe('news-carbon-budget');
    expect(budgets.body.sources.map((s) => s.code)).toEqual(['news-carbon-budget']);
    expect(budgets.body.sources[0]?.title).toMatch(/碳預算/);
    const money = await anonymous.json<MoneyBudgetListResponse>('GET', `${c}/money-budgets`);
    const [budget] = money.body;
    expect(budget?.source).toBe('report-112');
    expect(budget?.sources.map((s) => s.title)).toEqual([REPORT_TITLE]);
    // Only transport's amount is known; the others stay unknown (null with the source's note).
    expect(budget?.items.map((i) => `${i.domain}:${String(i.amountNtd)}`)).toEqual([
      'transport:21900000000',
      'resource_circulation:null',
      'green_living:null',
      'natural_sinks:null',
      'agriculture:null',
    ]);
    expect(budget?.items[1]).toMatchObject({
      year: 2024,
      agency: null,
      measures: [],
      amountNote: expect.stringContaining('來源未給金額') as unknown,
    });
  });

  it('downloads a published inventory as the inventory CSV, UTF-8 with a BOM', async () => {
    const res = await anonymous.request('GET', `${c}/inventories/2024/csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=UTF-8');
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="kaohsiung-inventory-2024.csv"',
    );
    const { bytes, text } = await download(res);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(text);
    expect(rows[0]?.join(',')).toBe(EXPORT_HEADER);
    expect(rows.slice(1).map((r) => `${r[0]}:${r[3]}:${r[5]}:${r[15]}:${r[16]}`)).toEqual([
      '2024:industry_manufacturing:gas_mass::',
      '2024:agriculture_livestock:notation:NO:市內無畜牧',
    ]);
  });

  it('downloads the GPC listing with a BOM and a file name', async () => {
    const res = await anonymous.request('GET', `${c}/inventories/2024/gpc`);
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="kaohsiung-inventory-2024-gpc.csv"',
    );
    const { bytes, text } = await download(res);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('2024,AR5,TOTAL,net,,,,,1,');
  });

  it('keeps a draft inventory out of the downloads for anonymous readers', async () => {
    expect((await anonymous.request('GET', `${c}/inventories/2019/csv`)).status).toBe(404);
    expect((await anonymous.request('GET', `${c}/inventories/2019/gpc`)).status).toBe(404);
    expect((await reviewer.request('GET', `${c}/inventories/2019/csv`)).status).toBe(200);
    expect((await anonymous.request('GET', `${c}/inventories/1999/csv`)).status).toBe(404);
    expect((await anonymous.request('GET', '/cities/nowhere/emissions/csv')).status).toBe(404);
  });

  it('downloads the series year by year: figures, pathway, targets and the budget cap', async () => {
    const res = await anonymous.request('GET', `${c}/emissions/csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Disposition')).toBe(
      'attachment; filename="kaohsiung-emissions-series.csv"',
    );
    const { bytes, text } = await download(res);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.slice(0, 6)).toEqual([
      'year',
      'net_t',
      'net_origin',
      'gross_t',
      'pathway_t',
      'pathway_origin',
    ]);
    const row = (year: number) => rows.find((r) => r[0] === String(year));
    expect(row(2005)?.slice(0, 6)).toEqual([
      '2005',
      '66140000',
      'figure',
      '',
      '66140000',
      'baseline',
    ]);
    expect(row(2005)?.[11]).toBe(REPORT_TITLE);
    expect(row(2021)?.slice(0, 4)).toEqual(['2021', '57370000', 'figure', '58550000']);
    // 2010 has no figure: empty, never interpolated (only the pathway line has a value).
    expect(row(2010)?.slice(1, 4)).toEqual(['', '', '']);
    expect(row(2024)?.slice(1, 3)).toEqual(['1', 'inventory']);
    expect(row(2019)?.slice(1, 3)).toEqual(['', '']);
    expect(row(2025)?.slice(7, 11)).toEqual([
      'cb-2025-2026',
      '50937300',
      'annual',
      'council_approved',
    ]);
    expect(row(2030)?.[6]).toBe('-30% vs 2005');
    expect(row(2050)?.slice(4, 7)).toEqual(['0', 'target', 'net_zero']);
    const staff = await download(await reviewer.request('GET', `${c}/emissions/csv`));
    expect(
      parseCsv(staff.text.slice(1))
        .find((r) => r[0] === '2019')
        ?.slice(1, 3),
    ).toEqual(['1', 'inventory']);
  });
});
