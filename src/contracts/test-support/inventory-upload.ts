/**
 * The header of an inventory CSV written before gas species existed (no `species` column): such
 * files are still accepted, and the upload tests write theirs with it. Written out, not derived
 * from the contract's columns, so a change there shows up as a failing test.
 */
export const HEADER_BEFORE_SPECIES =
  'year,gwp_set,status,subsector,scope,method,gas,value_t,mass,mass_unit,activity,activity_unit,factor_code,factor_version,notation_key,explanation,source,notes';
