import { invalid } from '../errors.js';

/**
 * Sectors of a city inventory as Taiwan's city-level inventory guidance (環境部「城市層級溫室氣體
 * 盤查計算指引」) groups them, each subsector mapped to its GPC (Global Protocol for
 * Community-Scale GHG Inventories) reference. The energy sector is split the way Kaohsiung
 * reports it: industry, residential & commercial, transport.
 */
export const INVENTORY_SECTORS = [
  'industry',
  'residential_commercial',
  'transport',
  'ippu',
  'waste',
  'agriculture',
  'sinks',
] as const;
export type InventorySector = (typeof INVENTORY_SECTORS)[number];

export interface Subsector {
  code: string;
  sector: InventorySector;
  /** GPC reference without the scope digit (I.3); the scope is appended where GPC splits by scope. */
  gpc: string;
  /** Whether GPC numbers the subsector by scope (I.3.1 / I.3.2 / I.3.3). */
  byScope: boolean;
  zh: string;
  en: string;
}

type Row = [string, InventorySector, string, boolean, string, string];
const ROWS: Row[] = [
  [
    'industry_manufacturing',
    'industry',
    'I.3',
    true,
    '製造業及營造業能源使用',
    'Manufacturing industries and construction',
  ],
  ['industry_energy', 'industry', 'I.4', true, '能源產業', 'Energy industries'],
  [
    'industry_fugitive',
    'industry',
    'I.8',
    false,
    '油氣逸散',
    'Fugitive emissions from oil and natural gas',
  ],
  ['residential', 'residential_commercial', 'I.1', true, '住宅', 'Residential buildings'],
  [
    'commercial',
    'residential_commercial',
    'I.2',
    true,
    '商業及機關',
    'Commercial and institutional buildings',
  ],
  [
    'agriculture_energy',
    'residential_commercial',
    'I.5',
    true,
    '農林漁牧能源使用',
    'Agriculture, forestry and fishing activities',
  ],
  ['transport_road', 'transport', 'II.1', true, '道路運輸', 'On-road transportation'],
  ['transport_rail', 'transport', 'II.2', true, '軌道運輸', 'Railways'],
  ['transport_water', 'transport', 'II.3', true, '水運', 'Waterborne navigation'],
  ['transport_aviation', 'transport', 'II.4', true, '航空', 'Aviation'],
  ['ippu_processes', 'ippu', 'IV.1', false, '工業製程', 'Industrial processes'],
  ['ippu_product_use', 'ippu', 'IV.2', false, '產品使用', 'Product use'],
  ['waste_solid', 'waste', 'III.1', true, '固體廢棄物掩埋', 'Solid waste disposal'],
  ['waste_biological', 'waste', 'III.2', true, '生物處理', 'Biological treatment of waste'],
  ['waste_incineration', 'waste', 'III.3', true, '焚化', 'Incineration and open burning'],
  ['waste_wastewater', 'waste', 'III.4', true, '廢污水', 'Wastewater treatment and discharge'],
  ['agriculture_livestock', 'agriculture', 'V.1', false, '畜牧', 'Livestock'],
  [
    'agriculture_aggregate',
    'agriculture',
    'V.3',
    false,
    '農業其他排放源',
    'Aggregate sources and non-CO₂ emissions on land',
  ],
  ['sinks_land', 'sinks', 'V.2', false, '土地利用及碳匯', 'Land (forestry and other land use)'],
];

export const SUBSECTORS: readonly Subsector[] = ROWS.map(([code, sector, gpc, byScope, zh, en]) =>
  Object.freeze({ code, sector, gpc, byScope, zh, en }),
);
const BY_CODE = new Map(SUBSECTORS.map((s) => [s.code, s]));

/** GPC scopes: 1 in the city, 2 grid energy used in it, 3 other emissions outside it. */
export const SCOPES = [1, 2, 3] as const;
export type Scope = (typeof SCOPES)[number];

/** The subsector for a code, or a refusal listing the codes. */
export function getSubsector(code: string, path: string): Subsector {
  const found = BY_CODE.get(code);
  if (found) return found;
  throw invalid(
    path,
    `unknown subsector "${code}"; use one of ${SUBSECTORS.map((s) => s.code).join(', ')}`,
  );
}

/**
 * The GPC reference number of an entry: I.3.2 for scope 2 of manufacturing; IV.1 for industrial
 * processes, which GPC counts in scope 1 only (other scopes are refused there).
 * @example gpcReference(getSubsector('transport_road', 'x'), 1, 'x') // 'II.1.1'
 */
export function gpcReference(subsector: Subsector, scope: Scope, path: string): string {
  if (subsector.byScope) return `${subsector.gpc}.${scope}`;
  if (scope !== 1)
    throw invalid(path, `${subsector.code} (GPC ${subsector.gpc}) is counted in scope 1 only`);
  return subsector.gpc;
}
