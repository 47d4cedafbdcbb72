import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetZeroError } from '../../core/errors.js';
import { validateCityDocument } from '../../contracts/validate-city-document.js';
import { loadDataset } from '../../datasets/datasets.js';
import { getPlanSummary } from '../plans/plan-summary.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { exportCity } from './export-city.js';
import { importCity } from './import-city.js';
import { seedDataset } from './seed-dataset.js';
import { smallCity } from './test-document.js';
import { importCommittee } from '../committee/import-committee.js';
import { setAgencyContacts } from '../committee/agency-contacts.js';
import { loadKaohsiungCommittee } from '../test-support/kaohsiung-committee.js';
import { createUser } from '../accounts/users.js';
import { auditEntries } from '../test-support/audit-entries.js';

type Doc = ReturnType<typeof smallCity>;
type Breakage = (doc: Doc) => void;

/** The first plan's first measure of a test document, to break. */
function measure(doc: Doc, index = 0) {
  const m = doc.plans?.[0]?.measures?.[index];
  if (!m) throw new Error('test document has no such measure');
  return m;
}
function indicator(doc: Doc, measureIndex = 0) {
  const i = measure(doc, measureIndex).indicators?.[0];
  if (!i) throw new Error('test document has no such indicator');
  return i;
}

/** Each bad input the platform must refuse, with the path its error must name. */
const badInputs: [string, Breakage, string, RegExp][] = [
  [
    'a source with a web address that also says it has none',
    (doc) => {
      doc.sources = [
        {
          code: 'report',
          title: '成果報告',
          kind: 'report',
          url: 'https://a.tw/',
          urlUnknown: true,
        },
      ];
    },
    'sources[0].urlUnknown',
    /cannot also say its url is unknown/,
  ],
  [
    'a publication date that is no date',
    (doc) => {
      doc.sources = [{ code: 'report', title: '成果報告', kind: 'report', date: '2023-13' }];
    },
    'sources[0].date',
    /a date YYYY-MM-DD, a month YYYY-MM or a year YYYY/,
  ],
  [
    'a web address that is not one',
    (doc) => {
      doc.sources = [{ code: 'report', title: '成果報告', kind: 'report', url: 'data/report.txt' }];
    },
    'sources[0].url',
    /must be a web address/,
  ],
  [
    'an unknown unit',
    (doc) => {
      indicator(doc).unit = '隻';
    },
    'plans[0].measures[0].indicators[0].unit',
    /unknown unit "隻"/,
  ],
  [
    'an impossible ROC date',
    (doc) => {
      (indicator(doc).results ?? [])[0] = {
        period: '112年2月30日',
        value: '1',
        basis: 'increment',
      };
    },
    'plans[0].measures[0].indicators[0].results[0].period',
    /112年2月30日/,
  ],
  [
    'a level target without a baseline',
    (doc) => {
      indicator(doc, 1).target = { kind: 'level', value: '1200' } as never;
    },
    'plans[0].measures[1].indicators[0].target.baseline',
    /./,
  ],
  [
    'a negative count of kWh',
    (doc) => {
      (indicator(doc).results ?? [])[0] = { period: '112年', value: '-5', basis: 'increment' };
    },
    'plans[0].measures[0].indicators[0].results[0].value',
    /must not be negative/,
  ],
  [
    'a factor whose units do not yield tCO₂e',
    (doc) => {
      const factor = doc.emissionFactors?.[0];
      if (factor) factor.unit = 'kg/kWh';
    },
    'emissionFactors[0].unit',
    /does not yield tonnes CO₂e/,
  ],
  [
    'a reduction whose quantity does not cancel the factor',
    (doc) => {
      const reduction = measure(doc).reductions?.[0];
      if (reduction?.method === 'computed') reduction.quantityUnit = '公頃';
    },
    'plans[0].measures[0].reductions[0].quantityUnit',
    /ha \(area\) cannot be multiplied by a rate in kgCO2e\/kWh/,
  ],
  [
    'a duplicate measure number in a sector',
    (doc) => {
      measure(doc, 1).no = 1;
    },
    'plans[0].measures[1]',
    /duplicate measure number in a sector "energy no\. 1"/,
  ],
  [
    'a negative emission figure',
    (doc) => {
      doc.emissionFigures = [{ year: 2021, basis: 'net', valueT: '-1' }];
    },
    'emissionFigures[0].valueT',
    /must not be negative/,
  ],
  [
    'a share over 100 %',
    (doc) => {
      doc.emissionShares = [{ year: 2021, category: 'industry', percent: '101' }];
    },
    'emissionShares[0].percent',
    /not between 0 and 100/,
  ],
  [
    'two shares for one category and year',
    (doc) => {
      const share = { year: 2021, category: 'industry', percent: '83' };
      doc.emissionShares = [share, { ...share }];
    },
    'emissionShares[1]',
    /duplicate share/,
  ],
  [
    'a factor valid to a date before it is valid from',
    (doc) => {
      const factor = doc.emissionFactors?.[0];
      if (factor) Object.assign(factor, { validFrom: '2023-01-01', validTo: '2022-12-31' });
    },
    'emissionFactors[0].validTo',
    /before validFrom/,
  ],
  [
    'a negative plan goal',
    (doc) => {
      const plan = doc.plans?.[0];
      if (plan) plan.goalReductionT = '-5';
    },
    'plans[0].goalReductionT',
    /must not be negative/,
  ],
  [
    'a measure number beyond 9999',
    (doc) => {
      measure(doc).no = 3000000000;
    },
    'plans[0].measures[0].no',
    /./,
  ],
  [
    'a date in year 0',
    (doc) => {
      const plan = doc.plans?.[0];
      if (plan) plan.start = '0000-06-01';
    },
    'plans[0].start',
    /year 0/,
  ],
  [
    'a decimal with more digits than stay exact',
    (doc) => {
      (indicator(doc).results ?? [])[0] = {
        period: '112年',
        value: '1234567890123456789012',
        basis: 'increment',
      };
    },
    'plans[0].measures[0].indicators[0].results[0].value',
    /at most 18 digits/,
  ],
  [
    'a negative cumulative target in %',
    (doc) => {
      indicator(doc).unit = '%';
      indicator(doc).target = { kind: 'cumulative', value: '-10' };
      indicator(doc).results = [];
      measure(doc).reductions = [];
    },
    'plans[0].measures[0].indicators[0].target.value',
    /must not be negative; for a fall use a level target/,
  ],
  [
    'a level due before its baseline',
    (doc) => {
      indicator(doc, 1).target = {
        kind: 'level',
        value: '1200',
        baseline: { value: '900', date: '2020-12-31' },
        dueDate: '2020-06-30',
      };
    },
    'plans[0].measures[1].indicators[0].target.dueDate',
    /not after the baseline date/,
  ],
  [
    'a schedule without a baseline fed increments',
    (doc) => {
      indicator(doc).target = { kind: 'schedule', points: [{ year: 2023, value: '900000' }] };
    },
    'plans[0].measures[0].indicators[0].target.baseline',
    /needs a baseline/,
  ],
  [
    'a rounding step of zero',
    (doc) => {
      measure(doc, 1).reductions = [
        { method: 'reported', period: '112年', valueT: '10', resolutionT: '0' },
      ];
    },
    'plans[0].measures[1].reductions[0].resolutionT',
    /greater than 0/,
  ],
  [
    'two reductions of one indicator covering the same days',
    (doc) => {
      measure(doc).reductions?.push({
        method: 'reported',
        indicator: 'saved',
        period: '112年9月',
        valueT: '10',
      });
    },
    'plans[0].measures[0].reductions[1].period',
    /overlaps reductions\[0\] of the same indicator "saved"/,
  ],
  [
    'two increments covering the same days',
    (doc) => {
      indicator(doc).results?.push({ period: '112年9月', value: '1', basis: 'increment' });
    },
    'plans[0].measures[0].indicators[0].results[1].period',
    /overlaps the increment for 2023-01-01\/2023-09-30/,
  ],
  [
    'a reduction for an indicator the measure does not have',
    (doc) => {
      const reduction = measure(doc).reductions?.[0];
      if (reduction) reduction.indicator = 'missing';
    },
    'plans[0].measures[0].reductions[0].indicator',
    /no indicator "missing"/,
  ],
];

function validationIssues(input: unknown) {
  try {
    validateCityDocument(input);
  } catch (error) {
    if (error instanceof NetZeroError && error.code === 'VALIDATION_FAILED') return error.issues;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('validateCityDocument', () => {
  it('accepts the test document and writes its periods and units in canonical form', () => {
    const doc = validateCityDocument(smallCity());
    const saved = doc.plans[0]?.measures[0]?.indicators[0];
    expect(saved?.results[0]?.period).toBe('2023-01-01/2023-09-30');
    expect(saved?.unit).toBe('kWh');
  });

  it.each(badInputs)('refuses %s, naming the field', (_name, breakIt, path, message) => {
    const doc = smallCity();
    breakIt(doc);
    const issues = validationIssues(doc);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) as string });
  });

  it('lists every problem at once, not just the first', () => {
    // Problems of meaning, in different parts of the document (a shape problem stops the
    // checks of meaning, and is reported alone with the other shape problems).
    const together = [
      'an unknown unit',
      'a duplicate measure number in a sector',
      'a negative emission figure',
      'a share over 100 %',
      'a factor valid to a date before it is valid from',
      'a rounding step of zero',
    ];
    const doc = smallCity();
    const chosen = badInputs.filter(([name]) => together.includes(name));
    expect(chosen).toHaveLength(together.length);
    for (const [, breakIt] of chosen) breakIt(doc);
    const paths = validationIssues(doc).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(chosen.map(([, , path]) => path)));
  });
});

describeEachDatabase('importCity and exportCity', (getDb) => {
  afterEach(async () => {
    await getDb().db.deleteFrom('cities').where('id', '=', 'testville').execute();
  });

  it.each(badInputs)('writes nothing when the document has %s', async (_name, breakIt) => {
    const { db } = getDb();
    const doc = smallCity();
    breakIt(doc);
    await expect(importCity(db, doc)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await db.selectFrom('cities').selectAll().execute()).toEqual([]);
  });

  it('computes a reduction as quantity × factor: 600,000 kWh × 0.494 kg/kWh = 296.4 t', async () => {
    const { db } = getDb();
    await importCity(db, smallCity());
    const summary = await getPlanSummary(db, 'testville', 'p1', '2023-09-30');
    expect(summary.measures[0]?.reduction?.valueT.toFixed()).toBe('296.4');
  });

  it('refuses to overwrite a city unless asked, and replaces it whole when asked', async () => {
    const { db } = getDb();
    await importCity(db, smallCity());
    await expect(importCity(db, smallCity())).rejects.toMatchObject({ code: 'CONFLICT' });
    const changed = smallCity();
    measure(changed).name = '公部門節電(修正)';
    await importCity(db, changed, { replace: true });
    const exported = await exportCity(db, 'testville');
    expect(exported.plans[0]?.measures.map((m) => m.name)).toEqual([
      '公部門節電(修正)',
      '有機農業生產輔導',
    ]);
  });

  it('records in the audit trail what a replace deleted, accounts included', async () => {
    const { db } = getDb();
    await importCity(db, smallCity());
    await createUser(
      db,
      { city: 'testville', username: 'clerk', role: 'admin', agencies: [], passwordHash: 'x' },
      'test',
    );
    await importCity(db, smallCity(), { replace: true, actor: 'cli:ops' });
    const entry = (await auditEntries(db, 'testville', 'city.import_replace')).at(-1);
    expect(entry).toMatchObject({
      actor: 'cli:ops',
      before: { deleted: { users: 1, measures: 2, reporting_rounds: 0 } },
    });
  });
});

describeEachDatabase('a document in any order', (getDb) => {
  it('comes back from export as the canonical form validation gives', async () => {
    const { db } = getDb();
    const doc = smallCity();
    doc.plans?.[0]?.measures?.reverse(); // 2 before 1
    measure(doc).notes = [];
    doc.emissionFigures = [{ year: 2021, basis: 'net', valueT: '-0', notes: [] }];
    const stored = await importCity(db, doc);
    expect(stored.plans[0]?.measures.map((m) => m.no)).toEqual([1, 2]);
    expect(await exportCity(db, 'testville')).toEqual(stored);
    expect(stored).toEqual(validateCityDocument(doc));
  });
});

describeEachDatabase('sources cited as publications', (getDb) => {
  afterEach(async () => {
    await getDb().db.deleteFrom('cities').where('id', '=', 'testville').execute();
  });

  it('keeps publisher, partial dates, addresses, document numbers and "unknown" through a round trip', async () => {
    const { db } = getDb();
    const doc = smallCity();
    doc.sources = [
      // A source as documents wrote them before citations: still imports, still exports.
      { code: 'report', title: '成果報告', kind: 'report', locator: '第一章' },
      {
        code: 'ordinance',
        title: '高雄市淨零城市發展自治條例',
        publisher: '高雄市政府',
        date: '2024-06',
        kind: 'law',
        documentNumber: '高市府環氣字第11302418200號',
        urlUnknown: true,
      },
      {
        code: 'award',
        title: '得獎專案頁',
        publisher: '台灣企業永續獎',
        dateUnknown: true,
        kind: 'news',
        url: 'https://tcsaward.org.tw/tw/award/award_detail/7452',
      },
    ];
    const stored = await importCity(db, doc);
    expect(stored.sources).toEqual(doc.sources.map((s) => ({ ...s })));
    expect(await exportCity(db, 'testville')).toEqual(stored);
  });
});

describeEachDatabase('the Kaohsiung dataset', (getDb) => {
  beforeAll(async () => {
    expect(await seedDataset(getDb().db, 'kaohsiung')).toBe('created');
  });

  it('cites every source by publisher, title, date and web address, or says none is known', async () => {
    const { sources } = await loadDataset('kaohsiung');
    for (const source of sources) {
      expect(source.publisher, source.code).toBeTruthy();
      expect(source.date ?? source.dateUnknown, source.code).toBeTruthy();
      expect(source.url ?? source.documentNumber ?? source.urlUnknown, source.code).toBeTruthy();
    }
  });

  it('exports exactly what was imported (a lossless round trip)', async () => {
    const exported = await exportCity(getDb().db, 'kaohsiung');
    expect(exported).toEqual(await loadDataset('kaohsiung'));
    // …and the export imports again into the same thing.
    expect(validateCityDocument(JSON.parse(JSON.stringify(exported)))).toEqual(exported);
  });

  it('seeds idempotently, and refuses to overwrite edits', async () => {
    const { db } = getDb();
    expect(await seedDataset(db, 'kaohsiung')).toBe('unchanged');
    await db
      .updateTable('measures')
      .set({ name: '已修改' })
      .where('city_id', '=', 'kaohsiung')
      .where('sector_code', '=', 'energy')
      .where('no', '=', 1)
      .execute();
    await expect(seedDataset(db, 'kaohsiung')).rejects.toMatchObject({ code: 'CONFLICT' });
    const names = await db
      .selectFrom('measures')
      .select('name')
      .where('city_id', '=', 'kaohsiung')
      .where('no', '=', 1)
      .where('sector_code', '=', 'energy')
      .execute();
    expect(names).toEqual([{ name: '已修改' }]);
  });
});

describeEachDatabase('a city with its committee', (getDb) => {
  beforeAll(async () => {
    const { db } = getDb();
    await seedDataset(db, 'kaohsiung');
    await importCommittee(db, 'kaohsiung', await loadKaohsiungCommittee(), 'demo-epb');
    await setAgencyContacts(
      db,
      'kaohsiung',
      'tb',
      [tbClerk, { name: null, address: 'desk@tb.kcg.gov.tw' }],
      'setup',
    );
  });
  const tbClerk = { name: '王承辦', address: 'clerk@tb.kcg.gov.tw' };

  it("exports the committee and the agencies' mail contacts inside the city document, each agency and source listed once", async () => {
    const exported = await exportCity(getDb().db, 'kaohsiung');
    const dataset = await loadDataset('kaohsiung');
    expect(exported).toEqual({
      ...dataset,
      agencies: dataset.agencies.map((a) =>
        a.code === 'tb' ? { ...a, contacts: [tbClerk, { address: 'desk@tb.kcg.gov.tw' }] } : a,
      ),
      committee: await loadKaohsiungCommittee(),
    });
  });

  it('refuses a contact whose address is not one, naming its path', async () => {
    const doc = await exportCity(getDb().db, 'kaohsiung');
    const tb = doc.agencies.find((a) => a.code === 'tb');
    if (!tb) throw new Error('no tb');
    tb.contacts = [{ address: 'clerk@tb,kcg.gov.tw' }];
    const error = await importCity(getDb().db, doc, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetZeroError);
    expect((error as NetZeroError).issues.map((i) => i.path)).toEqual([
      `agencies[${doc.agencies.indexOf(tb)}].contacts[0].address`,
    ]);
  });

  it('imports the exported city with its committee into the same thing (a lossless round trip)', async () => {
    const { db } = getDb();
    const exported = await exportCity(db, 'kaohsiung');
    const stored = await importCity(db, JSON.parse(JSON.stringify(exported)), { replace: true });
    expect(stored).toEqual(exported);
    expect(await exportCity(db, 'kaohsiung')).toEqual(exported);
  });

  it("refuses a committee that lists its own copy of a city's agency or source, writing nothing", async () => {
    const { db } = getDb();
    const doc = await exportCity(db, 'kaohsiung');
    const [source] = doc.sources;
    const [agency] = doc.agencies;
    if (!doc.committee || !source || !agency) throw new Error('the export lacks its committee');
    doc.committee.sources = [source];
    doc.committee.agencies = [agency];
    const error = await importCity(db, doc, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetZeroError);
    expect((error as NetZeroError).issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['committee.sources[0]', 'committee.agencies[0]']),
    );
    const { committee, ...city } = await exportCity(db, 'kaohsiung');
    expect(committee).toBeDefined();
    expect(city.sources).toHaveLength(doc.sources.length);
  });
});
