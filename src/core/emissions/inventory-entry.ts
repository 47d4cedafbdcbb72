import { Decimal } from '../decimal.js';
import { invalid } from '../errors.js';
import { convert, multiplyByRate, toTonnesCO2e, type Quantity } from '../quantity.js';
import { getUnit } from '../units.js';
import { checkGasFactorUnit } from './factor-unit.js';
import { gasGwp, getSpeciesOf } from './gas-species.js';
import type { Gas, GwpSet } from './gases.js';
import { getSubsector, gpcReference, type Scope } from './sectors.js';

export const NOTATION_KEYS = ['NO', 'IE', 'NE', 'C'] as const;
/** NO not occurring, IE included elsewhere, NE not estimated, C confidential (GPC / IPCC). */
export type NotationKey = (typeof NOTATION_KEYS)[number];

/** A factor from the library, pinned to the version a figure used. */
export interface InventoryFactor {
  code: string;
  version: string;
  value: Decimal;
  /** mass of gas per activity (kg/kWh) when `gas` is set, otherwise CO₂e per activity. */
  unit: string;
  gas: Gas | null;
}

interface EntryBase {
  subsector: string;
  scope: Scope;
  /**
   * The molecule of the gas (HFC-134a of HFCs; gas-species.ts). Required to weigh a mass of HFCs
   * or PFCs; on a computed entry it is the species of the factor's gas; on a reported or notation
   * entry it describes the figure and needs the gas it belongs to.
   */
  species?: string | undefined;
}

export type InventoryEntry = EntryBase &
  (
    | { method: 'reported'; valueT: Decimal; gas?: Gas | undefined }
    | { method: 'gas_mass'; gas: Gas; mass: Quantity }
    | { method: 'computed'; activity: Quantity; factor: InventoryFactor }
    | { method: 'notation'; key: NotationKey; explanation: string; gas?: Gas | undefined }
  );

/** Factors whose unit has passed the check; entries of one inventory share factor objects. */
const CHECKED_FACTORS = new WeakSet<InventoryFactor>();

export interface EntryResult {
  sector: string;
  subsector: string;
  scope: Scope;
  gpc: string;
  /** null for a notation key: not zero, not known. */
  tonnesCO2e: Decimal | null;
  gas: Gas | null;
  /** The species code (canonical: PFC-14 given is CF4 here), null when none is named. */
  species: string | null;
  /** The notation key of an entry without a number. */
  notation: NotationKey | null;
}

/**
 * Tonnes CO₂e of one entry under a GWP set. Reported CO₂e stands as given; a gas mass is
 * multiplied by its GWP; activity × factor gives a mass of gas (then × GWP) or CO₂e directly.
 * Negative values are refused outside the sinks sector (a removal is a sink, never a
 * negative emission of a source).
 * @example entryTonnes({ subsector: 'industry_manufacturing', scope: 1, method: 'gas_mass', gas: 'CH4',
 *   mass: { value: new Decimal(10), unit: 'kg' } }, 'AR5', 'e').tonnesCO2e // 0.28
 */
export function entryTonnes(entry: InventoryEntry, gwpSet: GwpSet, path: string): EntryResult {
  const subsector = getSubsector(entry.subsector, `${path}.subsector`);
  const base = {
    notation: null,
    sector: subsector.sector,
    subsector: subsector.code,
    scope: entry.scope,
    gpc: gpcReference(subsector, entry.scope, `${path}.scope`),
  };
  const isSink = subsector.sector === 'sinks';
  const tonnes = (t: Decimal, field: string): Decimal => {
    if (!isSink && t.isNegative() && !t.isZero())
      throw invalid(
        `${path}.${field}`,
        `${t.toFixed()} is negative; only the sinks sector may record removals`,
      );
    return t;
  };
  const named = entry.species === undefined || entry.species === '' ? null : entry.species;
  // A species on a CO₂e figure only describes it; it must still belong to the figure's gas.
  const describedSpecies = (gas: Gas | undefined): string | null => {
    if (named === null) return null;
    if (gas === undefined)
      throw invalid(`${path}.gas`, `species ${named} needs the gas it belongs to`);
    return getSpeciesOf(gas, named, `${path}.species`).code;
  };
  switch (entry.method) {
    case 'reported':
      return {
        ...base,
        tonnesCO2e: tonnes(entry.valueT, 'valueT'),
        gas: entry.gas ?? null,
        species: describedSpecies(entry.gas),
      };
    case 'gas_mass': {
      const kg = convert(entry.mass, 'kg', `${path}.mass`).value;
      const t = kg.times(gasGwp(gwpSet, entry.gas, named, path)).dividedBy(1000);
      const species =
        named === null ? null : getSpeciesOf(entry.gas, named, `${path}.species`).code;
      return { ...base, tonnesCO2e: tonnes(t, 'mass'), gas: entry.gas, species };
    }
    case 'computed': {
      const { factor, activity } = entry;
      if (!CHECKED_FACTORS.has(factor)) {
        checkGasFactorUnit(factor.unit, factor.gas, `${path}.factor`);
        CHECKED_FACTORS.add(factor);
      }
      const emitted = multiplyByRate(activity, factor, `${path}.activity`);
      if (factor.gas === null) {
        if (named !== null)
          throw invalid(
            `${path}.species`,
            `factor ${factor.code} gives CO2e, not a mass of gas; a species (${named}) only weighs a mass`,
          );
        return {
          ...base,
          tonnesCO2e: tonnes(toTonnesCO2e(emitted, path), 'activity'),
          gas: null,
          species: null,
        };
      }
      const kg = convert(emitted, getUnit('kg', path).code, path).value;
      const t = kg.times(gasGwp(gwpSet, factor.gas, named, path)).dividedBy(1000);
      const species =
        named === null ? null : getSpeciesOf(factor.gas, named, `${path}.species`).code;
      return { ...base, tonnesCO2e: tonnes(t, 'activity'), gas: factor.gas, species };
    }
    case 'notation':
      if (entry.explanation.trim() === '')
        throw invalid(`${path}.explanation`, `notation key ${entry.key} needs an explanation`);
      return {
        ...base,
        notation: entry.key,
        tonnesCO2e: null,
        gas: entry.gas ?? null,
        species: describedSpecies(entry.gas),
      };
  }
}
