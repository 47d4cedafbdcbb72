/**
 * The words of the sustainability indicators (永續發展指標), declared once. Codes are stored and
 * exchanged; their words in both languages are in the message catalogs (core/catalog).
 */
export const indicatorVocabulary = {
  /** 目標型 (judged against yearly target values) or 觀察型 (observed only, never judged). */
  kind: ['target', 'observation'],
  /** Which way a target-type indicator improves: more is better, or less is. */
  direction: ['higher', 'lower'],
  /** A year's status: 達標, 未達標, 觀察 (an observation-type indicator's value), 無資料. */
  status: ['met', 'missed', 'observed', 'no_data'],
  /**
   * Why a year has its status: the value reached or missed that year's target, the indicator is
   * observation-type, no value was reported, or the version in force sets no target that year.
   */
  statusReason: [
    'at_or_above_target',
    'at_or_below_target',
    'below_target',
    'above_target',
    'observation_type',
    'no_value',
    'no_target',
  ],
} as const;

type Word<List extends keyof typeof indicatorVocabulary> =
  (typeof indicatorVocabulary)[List][number];
export type IndicatorKind = Word<'kind'>;
export type IndicatorDirection = Word<'direction'>;
export type IndicatorStatus = Word<'status'>;
export type IndicatorStatusReason = Word<'statusReason'>;
