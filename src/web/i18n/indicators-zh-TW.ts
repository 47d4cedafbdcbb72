/**
 * The sustainability indicator pages' words (永續發展指標), kept apart from the main catalogue
 * like the committee's. 目標型/觀察型 and 達標/未達標/觀察/無資料 come from core/catalog.
 */
export const indicatorsZhTW = {
  'nav.indicators': '永續指標',
  'indicators.heading': '永續發展指標',
  'indicators.intro':
    '各指標依其對應之聯合國永續發展目標 (SDGs) 列出，並以 {year} 年當年有效之指標版本判定狀態。',
  'indicators.recorded': '本平台已登錄 {count} 項指標（僅列出資料來源所載者）。',
  'indicators.goal': 'SDG {number}：{title}',
  'indicators.unlinked': '尚未對應 SDG 之指標',
  'indicators.goalsWithout': '尚無指標對應之目標：{numbers}',
  'indicators.indicator': '指標',
  'indicators.agency': '主責機關',
  'indicators.kind': '類型',
  'indicators.status': '{year} 年狀態',
  'indicators.statusHeading': '狀態',
  'indicators.notInForce': '該年度未實施',
  'indicators.none': '尚無指標。',
  'indicators.sdgSource':
    'SDG 目標與細項目標文字：{source}（中文依聯合國簡體中文本逐字轉為正體字）。',
  'indicators.back': '回永續發展指標',
  'indicators.versions': '指標版本',
  'indicators.validYears': '實施年度',
  'indicators.name': '名稱',
  'indicators.definition': '定義',
  'indicators.direction': '方向',
  'indicators.unit': '單位',
  'indicators.sdgs': '對應 SDG',
  'indicators.targets': '目標值',
  'indicators.targetsUnknown': '資料來源未載目標值',
  'indicators.notes': '說明',
  'indicators.years': '歷年數值與狀態',
  'indicators.year': '年度',
  'indicators.value': '數值',
  'indicators.target': '目標值',
  'indicators.highlight': '質化成果亮點',
  'indicators.explanation': '未達標說明',
  'indicators.retiredAfter': '已於 {year} 年後停止',
} as const;
