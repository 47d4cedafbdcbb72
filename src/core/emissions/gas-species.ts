import { Decimal } from '../decimal.js';
import { invalid } from '../errors.js';
import { gwpOf, type Gas, type GwpSet } from './gases.js';

/** A gas that is one molecule of a family (HFC-134a of HFCs) or a single gas named as itself. */
export interface GasSpecies {
  /** The code the inventory writes: the IPCC name (HFC-134a) or, for PFCs, the formula (CF4). */
  code: string;
  gas: Gas;
  formula: string;
  /** Other names a source may use (PFC-14 for CF4); read as the code, never written. */
  aliases: readonly string[];
  /** 100-year GWP in each set, as printed in the IPCC table cited below. */
  gwp: Record<GwpSet, string>;
}

const species = (
  code: string,
  gas: Gas,
  formula: string,
  [AR4, AR5, AR6]: readonly [string, string, string],
  aliases: readonly string[] = [],
): GasSpecies => ({ code, gas, formula, aliases, gwp: { AR4, AR5, AR6 } });

/**
 * 100-year GWPs by species, [AR4, AR5, AR6]:
 * - AR4: IPCC AR4 WG1 (2007), Chapter 2, Table 2.14.
 * - AR5: IPCC AR5 WG1 (2013), Chapter 8, Appendix 8.A, Table 8.A.1 — the values without
 *   climate-carbon feedback, as the per-gas table in gases.ts.
 * - AR6: IPCC AR6 WG1 (2021), Chapter 7 Supplementary Material, Table 7.SM.7.
 * The species are those Taiwan's inventory practice reports (refrigerants, foam blowing, fire
 * suppression, semiconductor and display etching and cleaning, switchgear). Blends (R-404A,
 * R-410A) are mixtures: report each component's mass, or the blend in tCO₂e.
 */
export const GAS_SPECIES: readonly GasSpecies[] = [
  species('HFC-23', 'HFCs', 'CHF3', ['14800', '12400', '14600'], ['R-23']),
  species('HFC-32', 'HFCs', 'CH2F2', ['675', '677', '771'], ['R-32']),
  species('HFC-125', 'HFCs', 'CHF2CF3', ['3500', '3170', '3740'], ['R-125']),
  species('HFC-134a', 'HFCs', 'CH2FCF3', ['1430', '1300', '1530'], ['R-134a']),
  species('HFC-143a', 'HFCs', 'CH3CF3', ['4470', '4800', '5810'], ['R-143a']),
  species('HFC-152a', 'HFCs', 'CH3CHF2', ['124', '138', '164'], ['R-152a']),
  species('HFC-227ea', 'HFCs', 'CF3CHFCF3', ['3220', '3350', '3600'], ['R-227ea']),
  species('HFC-236fa', 'HFCs', 'CF3CH2CF3', ['9810', '8060', '8690'], ['R-236fa']),
  species('HFC-245fa', 'HFCs', 'CHF2CH2CF3', ['1030', '858', '962'], ['R-245fa']),
  species('HFC-365mfc', 'HFCs', 'CH3CF2CH2CF3', ['794', '804', '914']),
  species('HFC-43-10mee', 'HFCs', 'CF3CHFCHFCF2CF3', ['1640', '1650', '1600']),
  species('CF4', 'PFCs', 'CF4', ['7390', '6630', '7380'], ['PFC-14', 'CF₄']),
  species('C2F6', 'PFCs', 'C2F6', ['12200', '11100', '12400'], ['PFC-116', 'C₂F₆']),
  species('C3F8', 'PFCs', 'C3F8', ['8830', '8900', '9290'], ['PFC-218', 'C₃F₈']),
  species('c-C4F8', 'PFCs', 'c-C4F8', ['10300', '9540', '10200'], ['PFC-318', 'c-C₄F₈']),
  species('C4F10', 'PFCs', 'C4F10', ['8860', '9200', '10000'], ['PFC-3-1-10', 'C₄F₁₀']),
  species('C5F12', 'PFCs', 'C5F12', ['9160', '8550', '9220'], ['PFC-4-1-12', 'C₅F₁₂']),
  species('C6F14', 'PFCs', 'C6F14', ['9300', '7910', '8620'], ['PFC-5-1-14', 'C₆F₁₄']),
  species('SF6', 'SF6', 'SF6', ['22800', '23500', '25200'], ['SF₆']),
  species('NF3', 'NF3', 'NF3', ['17200', '16100', '17400'], ['NF₃']),
];

const BY_NAME = new Map<string, GasSpecies>(
  GAS_SPECIES.flatMap((s) => [s.code, ...s.aliases].map((name) => [name, s] as const)),
);
/** The species codes of a gas, for messages: "HFC-23, HFC-32, …". */
export function speciesCodesOf(gas: Gas): string[] {
  return GAS_SPECIES.filter((s) => s.gas === gas).map((s) => s.code);
}

/** The species for a code or alias, or undefined: for callers that report unknowns elsewhere. */
export function findSpecies(text: string): GasSpecies | undefined {
  return BY_NAME.get(text.trim());
}

/**
 * The species for a code or alias (PFC-14 → CF4); refuses an unknown one. Exact match: case
 * matters in these names (HFC-134 and HFC-134a are different molecules).
 * @example getSpecies('PFC-14', 'species').code // 'CF4'
 */
export function getSpecies(text: string, path: string): GasSpecies {
  const found = BY_NAME.get(text.trim());
  if (found) return found;
  throw invalid(
    path,
    `unknown species "${text}"; the species with a GWP are HFCs ${speciesCodesOf('HFCs').join(', ')}; PFCs ${speciesCodesOf('PFCs').join(', ')}; SF6; NF3`,
  );
}

/**
 * The species, checked to belong to `gas`: HFC-134a is refused for PFCs, any species for CO₂.
 * @example getSpeciesOf('HFCs', 'HFC-134a', 'species').formula // 'CH2FCF3'
 */
export function getSpeciesOf(gas: Gas, text: string, path: string): GasSpecies {
  const found = getSpecies(text, path);
  if (found.gas === gas) return found;
  const codes = speciesCodesOf(gas);
  throw invalid(
    path,
    codes.length === 0
      ? `${gas} is a single gas with no species; leave the species empty`
      : `${found.code} is one of the ${found.gas}, not of the ${gas} (${codes.join(', ')})`,
  );
}

/** The 100-year GWP of a species in a set. */
export function speciesGwp(set: GwpSet, species: GasSpecies): Decimal {
  return new Decimal(species.gwp[set]);
}

/**
 * The GWP that weighs a mass of `gas` (of `species`, when named) in a set. A species must belong
 * to the gas; a family mass needs one. Errors name `${path}.species` (path = the entry).
 * @example gasGwp('AR6', 'HFCs', 'HFC-134a', 'e').toString() // '1530'
 */
export function gasGwp(
  set: GwpSet,
  gas: Gas,
  species: string | null | undefined,
  path: string,
): Decimal {
  if (species !== undefined && species !== null && species !== '')
    return speciesGwp(set, getSpeciesOf(gas, species, `${path}.species`));
  if (gas === 'HFCs' || gas === 'PFCs')
    throw invalid(
      `${path}.species`,
      `a mass of ${gas} needs its species (e.g. ${gas === 'HFCs' ? 'HFC-134a' : 'CF4'}): the ${gas} have different GWPs; or report the figure in tCO2e (method "reported" with valueT)`,
    );
  return gwpOf(set, gas, path);
}
