/**
 * The open datasets and their fields, described once: the CSV header, the JSON metadata and
 * docs/open-data.md all come from here. Field names are stable English identifiers; the
 * Chinese names and descriptions follow data.gov.tw's 主要欄位說明.
 */
export interface FieldSpec {
  name: string;
  zh: string;
  type: 'string' | 'integer' | 'decimal' | 'date';
  description: string;
}

export interface DatasetSpec {
  id: 'measures' | 'results' | 'reductions';
  title: string;
  titleEn: string;
  description: string;
  fields: readonly FieldSpec[];
}

const f = (name: string, zh: string, type: FieldSpec['type'], description: string): FieldSpec => ({
  name,
  zh,
  type,
  description,
});

const MEASURE_KEY = [
  f('city', '城市代碼', 'string', '城市代碼，例如 kaohsiung'),
  f('plan', '方案代碼', 'string', '減量執行方案代碼，例如 phase2'),
  f(
    'sector_code',
    '部門代碼',
    'string',
    'energy、manufacturing、residential_commercial、transport、agriculture、environment',
  ),
  f('sector', '部門', 'string', '部門中文名稱'),
  f('measure_no', '措施編號', 'integer', '措施在部門內的編號'),
  f('measure', '執行措施或實施計畫', 'string', '措施名稱'),
];

export const DATASETS: readonly DatasetSpec[] = [
  {
    id: 'measures',
    title: '溫室氣體減量執行方案措施及指標',
    titleEn: 'GHG reduction plan measures and indicators',
    description:
      '減量執行方案各部門措施、主要局處、指標、單位及五年目標。每列一個指標；無量化指標之措施一列，指標欄位空白。',
    fields: [
      ...MEASURE_KEY,
      f('agency', '主要局處', 'string', '負責措施之機關'),
      f('indicator_key', '指標代碼', 'string', '指標在措施內的代碼'),
      f('indicator', '指標名稱', 'string', '指標名稱'),
      f('unit', '單位', 'string', '指標單位代碼（例如 MWp、m3、萬t、%）'),
      f(
        'target_kind',
        '目標類型',
        'string',
        'cumulative 累計、annual_rate 每年、level 基準年水準、schedule 逐年、annual_change 每年變化、observation 觀察型',
      ),
      f('target_value', '目標值', 'decimal', '目標數值（以單位欄為準）；逐年與觀察型目標為空白'),
      f('target_text', '五年目標量（原文）', 'string', '方案所載之目標文字'),
      f('baseline_value', '基準值', 'decimal', '基準年水準'),
      f('baseline_date', '基準日期', 'date', '基準值所在日期（YYYY-MM-DD）'),
    ],
  },
  {
    id: 'results',
    title: '溫室氣體減量執行方案執行量',
    titleEn: 'GHG reduction plan results',
    description:
      '各指標於各期間之執行量（已公布者）。basis 為 increment 表示該期間之增量，total 表示期末累計或水準。',
    fields: [
      ...MEASURE_KEY,
      f('indicator_key', '指標代碼', 'string', '指標在措施內的代碼'),
      f('indicator', '指標名稱', 'string', '指標名稱'),
      f('period_start', '期間起日', 'date', 'YYYY-MM-DD'),
      f('period_end', '期間迄日', 'date', 'YYYY-MM-DD'),
      f('period_roc', '期間（民國）', 'string', '例如 112年1–9月'),
      f('value', '執行量', 'decimal', '精確十進位數值，不經四捨五入'),
      f('unit', '單位', 'string', '指標單位代碼'),
      f('basis', '數值性質', 'string', 'increment 期間增量；total 期末累計或水準'),
      f('text', '原文', 'string', '來源所載之儲存格文字（如有）'),
    ],
  },
  {
    id: 'reductions',
    title: '溫室氣體減量執行方案減碳量',
    titleEn: 'GHG reduction plan emission reductions',
    description: '各措施之減碳量（公噸 CO2e），為機關申報值或以活動量乘排放係數計算。',
    fields: [
      ...MEASURE_KEY,
      f('indicator_key', '指標代碼', 'string', '減碳量所屬指標（空白表示整項措施）'),
      f('period_start', '期間起日', 'date', 'YYYY-MM-DD'),
      f('period_end', '期間迄日', 'date', 'YYYY-MM-DD'),
      f('method', '計算方式', 'string', 'reported 申報值；computed 活動量 × 排放係數'),
      f('reduction_t', '減碳量（公噸CO2e）', 'decimal', '精確十進位數值'),
      f(
        'resolution_t',
        '申報值精度（公噸CO2e）',
        'decimal',
        '申報值之四捨五入單位，例如 100 表示 0.01 萬公噸',
      ),
      f('quantity', '活動量', 'decimal', '計算式減碳量之活動量'),
      f('quantity_unit', '活動量單位', 'string', '活動量單位代碼'),
      f('factor_code', '排放係數代碼', 'string', '例如 tw-electricity'),
      f('factor_version', '排放係數版本', 'string', '例如 2023'),
      f('factor_value', '排放係數', 'decimal', '係數值'),
      f('factor_unit', '排放係數單位', 'string', '例如 kgCO2e/kWh'),
    ],
  },
];

export const LICENCE = {
  name: '政府資料開放授權條款－第1版',
  nameEn: 'Open Government Data License, version 1.0',
  url: 'https://data.gov.tw/license',
};
