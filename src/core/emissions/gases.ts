import { Decimal } from '../decimal.js';
import { invalid } from '../errors.js';

/**
 * The seven gases of the Climate Change Response Act and the Kaohsiung net-zero ordinance
 * (Art. 3). HFCs and PFCs are families of many species with very different GWPs: a family
 * mass is weighed by its species' GWP (gas-species.ts), so a mass without a species is refused
 * (see `gasGwp` in gas-species.ts); a figure already in CO₂e needs none.
 */
export const GASES = ['CO2', 'CH4', 'N2O', 'HFCs', 'PFCs', 'SF6', 'NF3'] as const;
export type Gas = (typeof GASES)[number];
export const GAS_FAMILIES: readonly Gas[] = ['HFCs', 'PFCs'];

export const GWP_SETS = ['AR4', 'AR5', 'AR6'] as const;
export type GwpSet = (typeof GWP_SETS)[number];

type SingleGas = Exclude<Gas, 'HFCs' | 'PFCs'>;

/**
 * 100-year GWPs. Sources: IPCC AR4 WG1 Table 2.14; AR5 WG1 Table 8.A.1 (without climate-carbon
 * feedback, the values Taiwan's inventory guidance uses); AR6 WG1 Table 7.15 / 7.SM.7 (CH₄ 27.9
 * is the value for CH₄ without distinguishing fossil 29.8 / non-fossil 27.0, as AR6 gives
 * it). SF₆ and NF₃ are the same numbers as their rows in gas-species.ts
 * (a test holds them equal).
 */
const GWP: Record<GwpSet, Record<SingleGas, string>> = {
  AR4: { CO2: '1', CH4: '25', N2O: '298', SF6: '22800', NF3: '17200' },
  AR5: { CO2: '1', CH4: '28', N2O: '265', SF6: '23500', NF3: '16100' },
  AR6: { CO2: '1', CH4: '27.9', N2O: '273', SF6: '25200', NF3: '17400' },
};

const GWP_DECIMALS = Object.fromEntries(
  GWP_SETS.map((set) => [
    set,
    Object.fromEntries(Object.entries(GWP[set]).map(([gas, v]) => [gas, new Decimal(v)])),
  ]),
) as Record<GwpSet, Record<SingleGas, Decimal>>;

export function isGas(text: string): text is Gas {
  return (GASES as readonly string[]).includes(text);
}

export function isGwpSet(text: string): text is GwpSet {
  return (GWP_SETS as readonly string[]).includes(text);
}

/** The gas for a code; refuses an unknown one naming the seven. */
export function getGas(text: string, path: string): Gas {
  if (isGas(text)) return text;
  throw invalid(path, `unknown gas "${text}"; the gases are ${GASES.join(', ')}`);
}

/** The GWP set for a code; an inventory without one cannot be computed, so it is refused. */
export function getGwpSet(text: string | null | undefined, path: string): GwpSet {
  if (text === null || text === undefined || text === '')
    throw invalid(path, `an inventory needs a GWP set (${GWP_SETS.join(', ')})`);
  if (isGwpSet(text)) return text;
  throw invalid(path, `unknown GWP set "${text}"; use ${GWP_SETS.join(', ')}`);
}

/**
 * The 100-year GWP of a single gas in a set; a family (HFCs, PFCs) has none (see `gasGwp` in gas-species.ts).
 * @example gwpOf('AR5', 'CH4', 'x').toString() // '28'
 */
export function gwpOf(set: GwpSet, gas: Gas, path: string): Decimal {
  if (gas === 'HFCs' || gas === 'PFCs')
    throw invalid(
      path,
      `${gas} is a family of gases with different GWPs; name the species (e.g. ${gas === 'HFCs' ? 'HFC-134a' : 'CF4'}) or report it in tCO2e (method "reported" with valueT)`,
    );
  return GWP_DECIMALS[set][gas];
}
