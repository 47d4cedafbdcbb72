import { progressStatuses, type ProgressStatus } from '../../core/progress/status.js';

export const STATUS_LABELS: Record<ProgressStatus, string> = {
  achieved: '已達成',
  on_track: '符合進度',
  lagging: '落後',
  no_data: '尚無資料',
  observation: '觀察型',
};

export const STATUS_ORDER: readonly ProgressStatus[] = progressStatuses;
