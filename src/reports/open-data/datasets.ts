import { type OpenDataDataset, type OpenDataFieldType } from '../../core/vocabulary/lists.js';
/**
 * The open datasets and their fields, described once: the CSV header, the JSON metadata and
 * docs/open-data.md all come from here. Field names are stable English identifiers; the
 * Chinese names and descriptions follow data.gov.tw's 主要欄位說明.
 */
export interface FieldSpec {
  name: string;
  zh: string;
  type: OpenDataFieldType;
  description: string;
  descriptionEn: string;
}

export interface DatasetSpec {
  id: OpenDataDataset;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  fields: readonly FieldSpec[];
}

const f = (
  name: string,
  zh: string,
  type: FieldSpec['type'],
  description: string,
  descriptionEn: string,
): FieldSpec => ({ name, zh, type, description, descriptionEn });

const MEASURE_KEY = [
  f('city', '城市代碼', 'string', '城市代碼，例如 kaohsiung', 'City code, e.g. kaohsiung'),
  f(
    'plan',
    '方案代碼',
    'string',
    '減量執行方案代碼，例如 phase2',
    'Reduction plan code, e.g. phase2',
  ),
  f(
    'sector_code',
    '部門代碼',
    'string',
    'energy、manufacturing、residential_commercial、transport、agriculture、environment',
    'One of energy, manufacturing, residential_commercial, transport, agriculture, environment',
  ),
  f('sector', '部門', 'string', '部門中文名稱', 'Sector name (Chinese)'),
  f(
    'measure_no',
    '措施編號',
    'integer',
    '措施在部門內的編號',
    'Number of the measure within its sector',
  ),
  f('measure', '執行措施或實施計畫', 'string', '措施名稱', 'Name of the measure'),
];

const INDICATOR = [
  f(
    'indicator_key',
    '指標代碼',
    'string',
    '指標在措施內的代碼',
    'Code of the indicator within its measure',
  ),
  f('indicator', '指標名稱', 'string', '指標名稱', 'Name of the indicator'),
];

const PERIOD = [
  f('period_start', '期間起日', 'date', 'YYYY-MM-DD', 'YYYY-MM-DD'),
  f('period_end', '期間迄日', 'date', 'YYYY-MM-DD', 'YYYY-MM-DD'),
];

export const DATASETS: readonly DatasetSpec[] = [
  {
    id: 'measures',
    title: '溫室氣體減量執行方案措施及指標',
    titleEn: 'GHG reduction plan measures and indicators',
    description:
      '減量執行方案各部門措施、主要局處、指標、單位及五年目標。每列一個指標；無量化指標之措施一列，指標欄位空白。',
    descriptionEn:
      "The plan's measures by sector with their agency, indicators, units and five-year targets. One row per indicator; a measure without a quantified indicator has one row with the indicator fields empty.",
    fields: [
      ...MEASURE_KEY,
      f('agency', '主要局處', 'string', '負責措施之機關', 'Agency responsible for the measure'),
      ...INDICATOR,
      f(
        'unit',
        '單位',
        'string',
        '指標單位代碼（例如 MWp、m3、萬t、%）',
        'Unit code of the indicator (e.g. MWp, m3, 萬t, %)',
      ),
      f(
        'target_kind',
        '目標類型',
        'string',
        'cumulative 累計、annual_rate 每年、level 基準年水準、schedule 逐年、annual_change 每年變化、observation 觀察型',
        'cumulative, annual_rate (per year), level (against a baseline), schedule (year by year), annual_change (change per year), observation (no target)',
      ),
      f(
        'target_value',
        '目標值',
        'decimal',
        '目標數值（以單位欄為準）；逐年與觀察型目標為空白',
        'Target value in the unit column; empty for schedule and observation targets',
      ),
      f(
        'target_text',
        '五年目標量（原文）',
        'string',
        '方案所載之目標文字',
        'Five-year target as written in the plan',
      ),
      f('baseline_value', '基準值', 'decimal', '基準年水準', 'Baseline level'),
      f(
        'baseline_date',
        '基準日期',
        'date',
        '基準值所在日期（YYYY-MM-DD）',
        'Date of the baseline value (YYYY-MM-DD)',
      ),
    ],
  },
  {
    id: 'results',
    title: '溫室氣體減量執行方案執行量',
    titleEn: 'GHG reduction plan results',
    description:
      '各指標於各期間之執行量（已公布者）。basis 為 increment 表示該期間之增量，total 表示期末累計或水準。',
    descriptionEn:
      'Published results of each indicator per period. basis increment: added during the period; total: running total or level at its end.',
    fields: [
      ...MEASURE_KEY,
      ...INDICATOR,
      ...PERIOD,
      f(
        'period_roc',
        '期間（民國）',
        'string',
        '例如 112年1–9月',
        'Period in the ROC calendar, e.g. 112年1–9月 (January–September 2023)',
      ),
      f(
        'value',
        '執行量',
        'decimal',
        '精確十進位數值，不經四捨五入',
        'Exact decimal value, never rounded',
      ),
      f('unit', '單位', 'string', '指標單位代碼', 'Unit code of the indicator'),
      f(
        'basis',
        '數值性質',
        'string',
        'increment 期間增量；total 期末累計或水準',
        'increment: added during the period; total: running total or level at its end',
      ),
      f(
        'text',
        '原文',
        'string',
        '來源所載之儲存格文字（如有）',
        'The cell text as the source printed it (if any)',
      ),
    ],
  },
  {
    id: 'reductions',
    title: '溫室氣體減量執行方案減碳量',
    titleEn: 'GHG reduction plan emission reductions',
    description: '各措施之減碳量（公噸 CO2e），為機關申報值或以活動量乘排放係數計算。',
    descriptionEn:
      "Each measure's emission reductions (t CO2e), as reported by its agency or computed as activity × emission factor.",
    fields: [
      ...MEASURE_KEY,
      f(
        'indicator_key',
        '指標代碼',
        'string',
        '減碳量所屬指標（空白表示整項措施）',
        'Indicator the reduction belongs to (empty: the whole measure)',
      ),
      ...PERIOD,
      f(
        'method',
        '計算方式',
        'string',
        'reported 申報值；computed 活動量 × 排放係數',
        'reported by the agency, or computed as activity × emission factor',
      ),
      f('reduction_t', '減碳量（公噸CO2e）', 'decimal', '精確十進位數值', 'Exact decimal value'),
      f(
        'resolution_t',
        '申報值精度（公噸CO2e）',
        'decimal',
        '申報值之四捨五入單位，例如 100 表示 0.01 萬公噸',
        'Rounding unit of a reported value, e.g. 100 means 0.01 萬公噸 (10,000 t)',
      ),
      f(
        'quantity',
        '活動量',
        'decimal',
        '計算式減碳量之活動量',
        'Activity of a computed reduction',
      ),
      f('quantity_unit', '活動量單位', 'string', '活動量單位代碼', 'Unit code of the activity'),
      f('factor_code', '排放係數代碼', 'string', '例如 tw-electricity', 'e.g. tw-electricity'),
      f('factor_version', '排放係數版本', 'string', '例如 2023', 'e.g. 2023'),
      f('factor_value', '排放係數', 'decimal', '係數值', 'Factor value'),
      f('factor_unit', '排放係數單位', 'string', '例如 kgCO2e/kWh', 'e.g. kgCO2e/kWh'),
    ],
  },
];

export const LICENCE = {
  name: '政府資料開放授權條款－第1版',
  nameEn: 'Open Government Data License, version 1.0',
  url: 'https://data.gov.tw/license',
};
