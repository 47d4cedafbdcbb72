import type { Kysely } from 'kysely';
import { registriesDatasetFolder } from '../../datasets/datasets.js';
import { seedDataset } from '../city/seed-dataset.js';
import { loadRegistryFolder } from '../registries/seed-registries.js';
import type { Tables } from '../tables.js';

/**
 * Tables 2 and 4 of Kaohsiung's results report, transcribed a second time, independently of the
 * registry files in data/: the oracle the registry tests check the demo against.
 */

/** Table 2 (近兩年漁電共生發展成效): [stage, type, cases, MW]; totals as printed. */
export const table2 = {
  rows: [
    ['applied', 'rooftop', 126, '167.23'],
    ['applied', 'ground', 20, '94.98'],
    ['approved', 'rooftop', 66, '125.95'],
    ['approved', 'ground', 9, '89.23'],
  ],
  totals: { applied: { cases: 146, mw: '262.21' }, approved: { cases: 75, mw: '215.18' } },
} as const;

/** Table 4 (節能減碳技術輔導團輔導名單): companies by the year printed. */
export const table4: Record<string, readonly string[]> = {
  '112': [
    '三福化工股份有限公司高雄廠',
    '台合科技股份有限公司',
    '台灣石化合成股份有限公司',
    '合興石化股份有限公司林園廠',
    '尚承鋼鐵股份有限公司',
    '漢翔航空工業股份有限公司',
  ],
  '111': ['台灣寶理塑膠(股)公司大發廠', '台虹科技股份有限公司(三廠)', '環球橡膠股份有限公司小港廠'],
  '109~110': [
    '高雄塑酯化學工業股份有限公司',
    '中聯資源股份有限公司臨海廠',
    '東台精機股份有限公司',
    '林園先進材料科技股份有限公司',
  ],
};

/** Table 1, 製造3: 110年 15, 111年 8, 112年1–9月 6 家次; 總執行量 29 家次. */
export const manufacturing3Visits = { byPeriod: ['15', '8', '6'], total: '29' } as const;

/** Kaohsiung's plan and its shipped registries (data/kaohsiung-registries/), as `npm start` loads them. */
export async function seedKaohsiungRegistries(db: Kysely<Tables>): Promise<void> {
  await seedDataset(db, 'kaohsiung');
  await loadRegistryFolder(db, 'kaohsiung', registriesDatasetFolder('kaohsiung'), 'test');
}
