/** Each public page's description, for search results and shared links (meta description). */
export const pageMetaZhTW = {
  'meta.description':
    '高雄市淨零管考平台：各部門減量措施的執行進度、排放清冊與碳預算、推動會決議追蹤、永續指標與開放資料。',
  'meta.description.overview':
    '高雄市淨零計畫總覽：截至統計截止日的總減量、目標達成比例、各部門措施進度與排放趨勢。',
  'meta.description.measures': '高雄市淨零計畫的所有減量措施，依部門、主辦機關與進度狀態篩選。',
  'meta.description.measure': '一項淨零減量措施的指標、目標、各期填報數據與進度判定。',
  'meta.description.emissions': '高雄市溫室氣體排放清冊、減量路徑、排放缺口與碳預算。',
  'meta.description.openData': '高雄市淨零管考資料的開放資料下載：CSV、JSON 與說明文件。',
  'meta.description.committee': '高雄市淨零推動會的會議紀錄、決議事項與各機關辦理情形。',
  'meta.description.indicators': '高雄市永續發展指標：對應 SDG 細項目標、各年度值與達標狀態。',
  'meta.description.registries': '高雄市淨零登錄清冊：太陽光電、漁電共生案場、輔導訪視等逐案資料。',
  'meta.description.credits': '高雄市減量額度登錄：抵換專案與每一筆額度的核發、移轉與註銷。',
} as const;
