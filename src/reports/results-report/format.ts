import { findUnit } from '../../core/units.js';

/** Units as the report prints them: the unit's Chinese label (m3 → 立方公尺, 萬t → 萬公噸). */
export function displayUnit(unit: string): string {
  return findUnit(unit)?.label.zh ?? unit;
}
