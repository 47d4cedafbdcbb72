/**
 * The closed lists of a registry kind's definition (登錄清冊): field types, and how its cases are
 * tallied into an indicator. The problems a case can have are declared where cases are read
 * (read-value.ts), the reasons a computed figure differs where it is compared
 * (compare-figures.ts). Labels in both languages are in src/core/catalog.
 */

/** What a field of a registry kind holds. A number always carries a unit (units.ts). */
export const registryFieldTypes = ['text', 'number', 'date', 'choice'] as const;
export type RegistryFieldType = (typeof registryFieldTypes)[number];

/** How a kind's cases make a figure: the sum of one number field, or the count of cases. */
export const registryTallies = ['sum', 'count'] as const;
export type RegistryTally = (typeof registryTallies)[number];
