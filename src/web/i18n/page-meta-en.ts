import type { pageMetaZhTW } from './page-meta-zh-TW.js';

/** Each public page's description in English. */
export const pageMetaEn: Record<keyof typeof pageMetaZhTW, string> = {
  'meta.description':
    "Kaohsiung's net-zero tracker: progress of every sector's reduction measures, the emissions inventory and carbon budget, the committee's decisions, SDG indicators and open data.",
  'meta.description.overview':
    "Overview of Kaohsiung's net-zero plan: total reduction to the cut-off date, progress towards the goal, each sector's measures and the emissions trend.",
  'meta.description.measures':
    "Every reduction measure of Kaohsiung's net-zero plan, filtered by sector, lead agency and progress status.",
  'meta.description.measure':
    'One net-zero reduction measure: its indicators, targets, reported figures and progress status.',
  'meta.description.emissions':
    "Kaohsiung's greenhouse gas inventory, reduction pathway, emissions gap and carbon budget.",
  'meta.description.openData':
    "Open data downloads of Kaohsiung's net-zero tracking: CSV, JSON and their documentation.",
  'meta.description.committee':
    "Minutes of Kaohsiung's net-zero committee, its decisions and each agency's follow-up.",
  'meta.description.indicators':
    "Kaohsiung's sustainable development indicators: the SDG targets they serve, yearly values and status.",
  'meta.description.registries':
    "Kaohsiung's net-zero registries: solar and fishery-solar sites, counselling visits and more, case by case.",
  'meta.description.credits':
    "Kaohsiung's reduction credits registry: offset projects and every credit's issue, transfer and retirement.",
};
