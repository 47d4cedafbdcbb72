import { Decimal } from './decimal.js';
import { NetZeroError, invalid } from './errors.js';

/**
 * The unit registry. Every indicator, result and factor names a unit by one of these codes, so
 * that the platform can convert within a dimension and refuse to mix dimensions.
 *
 * Each dimension's base unit (factor 1). Counted nouns are each their own dimension: the seed
 * report puts 輛 and 艘 in neighbouring rows, and a sum across them would be a meaningless number
 * that nevertheless looks right.
 */
const BASE_UNITS = {
  power: 'W',
  energy: 'kWh',
  volume: 'm3',
  area: 'm2',
  mass: 'kg',
  // Separate from mass so that tonnes of waste can never pass as tonnes of CO₂e.
  emissions: 'kgCO2e',
  mass_flow: 't/日',
  money: '元',
  ratio: '%',
  vehicles: '輛',
  vessels: '艘',
  plants: '株',
  person_trips: '人次',
  persons: '人',
  meals: '人餐',
  establishments: '家',
  establishment_visits: '家次',
  cases: '案',
  items: '件',
  sets: '組',
  schools: '校',
  sites: '處',
  stations: '站',
  bags: '包',
  sessions: '場次',
  // Training hours of a course session (淨零學院).
  duration: 'h',
} as const;

export type Dimension = keyof typeof BASE_UNITS;

export interface UnitDefinition {
  /** The canonical code stored in data (`MWp`, `m3`, `萬t`). */
  readonly code: string;
  readonly dimension: Dimension;
  /** Multiply a value in this unit by `toBase` to get the dimension's base unit. */
  readonly toBase: Decimal;
  readonly label: { readonly zh: string; readonly en: string };
  /** Other spellings found in sources (度, 公頃, m³); they resolve to `code`. */
  readonly aliases: readonly string[];
  /** May values be negative? Only for percentages and percentage points (a change of a rate). */
  readonly signed: boolean;
}

/** code, dimension, factor to the base unit, zh label, en label, aliases */
type Row = [string, Dimension, string, string, string, string[]?];

const ROWS: Row[] = [
  ['W', 'power', '1', 'W', 'W'],
  ['kW', 'power', '1000', 'kW', 'kW', ['瓩']],
  ['MW', 'power', '1000000', 'MW', 'MW'],
  // Peak (nameplate) power of solar panels. Kept in the power dimension because Table 1 counts
  // solar capacity in MWp beside other capacity in kW, and those rows are compared and summed.
  ['Wp', 'power', '1', 'Wp', 'Wp'],
  ['kWp', 'power', '1000', 'kWp', 'kWp'],
  ['MWp', 'power', '1000000', 'MWp', 'MWp'],
  ['kWh', 'energy', '1', '度', 'kWh', ['度']],
  ['萬度', 'energy', '10000', '萬度', '10⁴ kWh'],
  ['MWh', 'energy', '1000', 'MWh', 'MWh'],
  ['GWh', 'energy', '1000000', 'GWh', 'GWh'],
  ['億度', 'energy', '100000000', '億度', '10⁸ kWh'],
  ['m3', 'volume', '1', '立方公尺', 'm³', ['m³', '立方公尺']],
  ['萬m3', 'volume', '10000', '萬立方公尺', '10⁴ m³', ['萬m³', '萬立方公尺']],
  ['m2', 'area', '1', '平方公尺', 'm²', ['m²', '平方公尺']],
  ['ha', 'area', '10000', '公頃', 'ha', ['公頃']],
  ['kg', 'mass', '1', '公斤', 'kg', ['公斤']],
  ['t', 'mass', '1000', '公噸', 't', ['公噸', '噸']],
  ['萬t', 'mass', '10000000', '萬公噸', '10⁴ t', ['萬噸', '萬公噸']],
  ['kgCO2e', 'emissions', '1', '公斤CO₂e', 'kg CO₂e', ['kgCO₂e', '公斤CO2e']],
  ['tCO2e', 'emissions', '1000', '公噸CO₂e', 't CO₂e', ['tCO₂e', '公噸CO2e', '噸CO2e']],
  ['萬tCO2e', 'emissions', '10000000', '萬公噸CO₂e', '10⁴ t CO₂e', ['萬公噸CO2e', '萬噸CO2e']],
  ['t/日', 'mass_flow', '1', '公噸/日', 't/day', ['噸/日', '公噸/日']],
  ['萬t/日', 'mass_flow', '10000', '萬公噸/日', '10⁴ t/day', ['萬噸/日', '萬公噸/日']],
  ['元', 'money', '1', '元', 'NT$', ['NT$', 'TWD']],
  ['萬元', 'money', '10000', '萬元', '10⁴ NT$'],
  ['億元', 'money', '100000000', '億元', '10⁸ NT$', ['億']],
  ['%', 'ratio', '1', '%', '%', ['百分比']],
  // A change of a rate (recycling +0.3 points a year) is added to a level in %, so same dimension.
  ['pp', 'ratio', '1', '百分點', 'percentage points', ['百分點']],
  ['輛', 'vehicles', '1', '輛', 'vehicles'],
  ['艘', 'vessels', '1', '艘', 'vessels'],
  ['株', 'plants', '1', '株', 'plants'],
  ['人次', 'person_trips', '1', '人次', 'person-trips'],
  ['萬人次', 'person_trips', '10000', '萬人次', '10⁴ person-trips'],
  ['人', 'persons', '1', '人', 'persons'],
  ['人餐', 'meals', '1', '人餐', 'meals'],
  ['家', 'establishments', '1', '家', 'establishments'],
  ['家次', 'establishment_visits', '1', '家次', 'establishment visits'],
  ['案', 'cases', '1', '案', 'cases'],
  ['件', 'items', '1', '件', 'items'],
  ['組', 'sets', '1', '組', 'sets'],
  ['校', 'schools', '1', '校', 'schools'],
  ['處', 'sites', '1', '處', 'sites'],
  ['站', 'stations', '1', '站', 'stations'],
  ['包', 'bags', '1', '包', 'bags'],
  ['場次', 'sessions', '1', '場次', 'sessions'],
  ['h', 'duration', '1', '小時', 'hours', ['小時']],
];

const UNITS: readonly UnitDefinition[] = ROWS.map(
  ([code, dimension, toBase, zh, en, aliases = []]) =>
    Object.freeze({
      code,
      dimension,
      toBase: new Decimal(toBase),
      label: Object.freeze({ zh, en }),
      aliases: Object.freeze([...aliases]),
      signed: dimension === 'ratio',
    }),
);

/**
 * Sources write the same unit many ways (m³ / m3, ㎡, full-width ％, "kgCO2e / kWh"); NFKC folds
 * compatibility characters and spaces never carry meaning in a unit. Case is kept: mW ≠ MW.
 */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const BY_KEY = new Map<string, UnitDefinition>();
for (const unit of UNITS) {
  for (const spelling of [unit.code, ...unit.aliases]) {
    const key = normalize(spelling);
    const taken = BY_KEY.get(key);
    // An alias shared by two units would make data ambiguous; fail when the module loads.
    if (taken && taken !== unit)
      throw new Error(`unit spelling "${spelling}" is claimed by ${taken.code} and ${unit.code}`);
    BY_KEY.set(key, unit);
  }
}

/**
 * The unit for a code or alias, or undefined.
 * @example findUnit('度')?.code // 'kWh'
 */
export function findUnit(codeOrAlias: string): UnitDefinition | undefined {
  // Most lookups are of a stored canonical code: skip the NFKC pass for those (it dominated
  // recomputing large inventories).
  return BY_KEY.get(codeOrAlias) ?? BY_KEY.get(normalize(codeOrAlias));
}

/**
 * The unit for a code or alias; refuses an unknown unit naming the field and the nearest codes.
 * @example getUnit('公頃', 'indicators[0].unit').code // 'ha'
 */
export function getUnit(codeOrAlias: string, path: string): UnitDefinition {
  const unit = findUnit(codeOrAlias);
  if (unit) return unit;
  const close = closeCodes(codeOrAlias);
  const hint =
    close.length > 0
      ? `did you mean ${close.join(', ')}?`
      : `known units: ${unitCodes().join(', ')}`;
  throw invalid(path, `unknown unit "${codeOrAlias}"; ${hint}`);
}

/**
 * The canonical codes, in registry order.
 * @example unitCodes().includes('MWp') // true
 */
export function unitCodes(): string[] {
  return UNITS.map((unit) => unit.code);
}

/**
 * The base unit (factor 1) of a dimension.
 * @example baseUnit('emissions').code // 'kgCO2e'
 */
export function baseUnit(dimension: Dimension): UnitDefinition {
  const unit = findUnit(BASE_UNITS[dimension]);
  if (!unit) throw new Error(`no base unit registered for ${dimension}`);
  return unit;
}

/**
 * Whether two units measure the same thing; unknown codes measure nothing.
 * @example sameDimension('kW', 'MWp') // true; sameDimension('t', 'tCO2e') // false
 */
export function sameDimension(a: UnitDefinition | string, b: UnitDefinition | string): boolean {
  const ua = typeof a === 'string' ? findUnit(a) : a;
  const ub = typeof b === 'string' ? findUnit(b) : b;
  return ua !== undefined && ub !== undefined && ua.dimension === ub.dimension;
}

/**
 * Refuses to combine two units of different dimensions (輛 with 艘, kWh with kW).
 * @example assertSameDimension(getUnit('t', 'a'), getUnit('萬噸', 'b'), 'x') // passes
 */
export function assertSameDimension(a: UnitDefinition, b: UnitDefinition, path: string): void {
  if (a.dimension === b.dimension) return;
  const message = `cannot combine ${a.code} (${a.dimension}) with ${b.code} (${b.dimension}): different dimensions`;
  throw new NetZeroError('UNIT_MISMATCH', `${path}: ${message}`, [{ path, message }]);
}

/**
 * Splits a factor unit 'X/Y' (kgCO2e/kWh, tCO2e/萬度, kgCO2e/t) into its two units.
 * The last '/' is tried first; an earlier one is used only when the last split does not give two
 * units, so that a registered compound denominator works (kgCO2e/t/日 = kgCO2e per t/日).
 * A registered unit that merely contains '/' (t/日) is refused: it is a unit, not a rate.
 * @example parseRateUnit('tCO2e/萬度', 'factor.unit').denominator.code // '萬度'
 */
export function parseRateUnit(
  text: string,
  path: string,
): { numerator: UnitDefinition; denominator: UnitDefinition } {
  // The registry is fixed, so a rate unit always parses the same way: remember the good ones.
  const known = RATE_UNITS.get(text);
  if (known) return known;
  const parsed = parseRateUnitUncached(text, path);
  RATE_UNITS.set(text, parsed);
  return parsed;
}

const RATE_UNITS = new Map<string, { numerator: UnitDefinition; denominator: UnitDefinition }>();

function parseRateUnitUncached(
  text: string,
  path: string,
): { numerator: UnitDefinition; denominator: UnitDefinition } {
  const whole = findUnit(text);
  if (whole)
    throw invalid(
      path,
      `"${text}" is the unit ${whole.code}, not a rate; write a rate as <unit>/<unit>, e.g. kgCO2e/kWh`,
    );
  const slashes = [...text.matchAll(/\//g)].map((match) => match.index).reverse();
  const last = slashes[0];
  if (last === undefined)
    throw invalid(path, `"${text}" is not a rate; write it as <unit>/<unit>, e.g. kgCO2e/kWh`);
  for (const at of slashes) {
    const numerator = findUnit(text.slice(0, at));
    const denominator = findUnit(text.slice(at + 1));
    if (numerator && denominator) return { numerator, denominator };
  }
  // No split works: report the unknown part(s) of the conventional (last '/') reading.
  return {
    numerator: getUnit(text.slice(0, last), path),
    denominator: getUnit(text.slice(last + 1), path),
  };
}

/** Codes whose spelling is within a small edit distance of the text, nearest first. */
function closeCodes(text: string): string[] {
  const wanted = normalize(text).toLowerCase();
  const limit = wanted.length <= 2 ? 1 : 2;
  const scored = new Map<string, number>();
  for (const [key, unit] of BY_KEY) {
    const distance = editDistance(wanted, key.toLowerCase());
    const best = scored.get(unit.code);
    if (distance <= limit && (best === undefined || distance < best))
      scored.set(unit.code, distance);
  }
  return [...scored]
    .sort((x, y) => x[1] - y[1])
    .slice(0, 5)
    .map(([code]) => code);
}

function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}
