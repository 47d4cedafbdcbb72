import type { CreditWords } from './credits-words.js';

/** The credits ledger's words (減量額度) in Traditional Chinese. */
export const creditsZhTW: CreditWords = {
  creditOperation: { issue: '核發', transfer: '移轉', use: '扣抵使用', retire: '註銷' },
  projectRegistration: { applied: '註冊申請中', registered: '已註冊' },
  creditProblem: {
    not_whole_tonnes: '額度以整數公噸計（1 額度 = 1 公噸 CO₂e）',
    not_positive: '數量須大於零',
    unknown_holder: '查無此持有者',
    unknown_project: '查無此抵換專案',
    unknown_period: '查無此監測期',
    period_not_verified: '此監測期尚未完成查證，不得核發',
    exceeds_verified: '超過查證減量，不得核發',
    insufficient_balance: '持有額度不足',
    serials_not_held: '此序號非該持有者所有',
    same_holder: '不得移轉給自己',
    project_not_registered: '專案尚未註冊，不得核發',
    period_overlaps: '與其他監測期重疊',
    below_issued: '低於已核發額度',
  },
};
