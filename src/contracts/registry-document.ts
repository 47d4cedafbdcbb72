import { z } from 'zod';
import { validateRegistryDefinition } from '../core/registries/definition.js';
import { registryFieldTypes } from '../core/registries/vocabulary.js';
import { sectorCodes } from '../core/vocabulary/lists.js';
import { documentFailure, fromZodIssue } from './document-problems.js';

const words = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const code = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"');

const fieldSchema = z.strictObject({
  key: z.string().min(1),
  label: words,
  type: z.enum(registryFieldTypes),
  required: z.boolean().default(false),
  unit: z.string().min(1).optional(),
  choices: z.array(z.strictObject({ code: z.string().min(1), label: words })).optional(),
  private: z.boolean().optional(),
});

/** A registry kind as a secretariat writes it (core/registries/definition.ts says what it means). */
export const registryDefinitionSchema = z.strictObject({
  code,
  version: z.int().min(1),
  name: words,
  agency: z.string().min(1),
  fields: z.array(fieldSchema).min(1),
  tally: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sum'), field: z.string().min(1) }),
    z.strictObject({ kind: z.literal('count') }),
  ]),
  placedBy: z.string().min(1),
  naturalKey: z.array(z.string().min(1)),
  district: z.string().min(1).optional(),
  groupBy: z.array(z.string().min(1)).optional(),
  feeds: z
    .strictObject({
      plan: z.string().min(1),
      sector: z.enum(sectorCodes),
      measure: z.int().min(1),
      indicator: z.string().min(1),
      note: words.optional(),
    })
    .optional(),
  notes: z.array(words).optional(),
});

/** A value as a file gives it: YAML reads 126 as a number, and a number is its decimal text. */
const value = z.union([z.string(), z.number().transform((n) => String(n))]);

/** One case in a document (demo data, an export): raw values by field key. */
export const registryCaseSchema = z.strictObject({
  values: z.record(z.string(), value),
  aggregate: z.strictObject({ count: z.int().min(1), note: z.string().min(1) }).optional(),
});

/** Field key → the header of the agency's spreadsheet, or { column, unit }. */
export const columnMapping = z.record(
  z.string(),
  z.union([z.string(), z.strictObject({ column: z.string(), unit: z.string().optional() })]),
);

/**
 * A registry file: the kind's definition and, optionally, its cases and the column mapping its
 * keeping agency last imported with (a city export carries it, so a restored city keeps it).
 */
export const registryDocumentSchema = z.strictObject({
  definition: registryDefinitionSchema,
  cases: z.array(registryCaseSchema).default([]),
  mapping: columnMapping.optional(),
});

export type RegistryDocument = z.infer<typeof registryDocumentSchema>;

/**
 * A registry file read whole: its shape (zod), then what the definition means
 * (validateRegistryDefinition). The cases are checked against the plan when they are stored.
 */
export function validateRegistryDocument(input: unknown): RegistryDocument {
  const parsed = registryDocumentSchema.safeParse(input);
  if (!parsed.success) throw documentFailure('registry', parsed.error.issues.map(fromZodIssue));
  validateRegistryDefinition(parsed.data.definition);
  return parsed.data;
}
