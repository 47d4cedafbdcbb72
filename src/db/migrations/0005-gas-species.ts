import { sql, type Kysely } from 'kysely';

/**
 * Gas species: an inventory entry may name the molecule of its gas (HFC-134a of HFCs, CF4 of
 * PFCs), which a mass of HFCs or PFCs needs to be weighed (src/core/emissions/gas-species.ts).
 *
 * The database keeps the rule it can see in one row: a gas_mass row of HFCs or PFCs has a
 * species. Which species belong to which family, and their GWPs, live in core only: a new
 * species (a new IPCC assessment) is then a code change, not a migration, and the importers
 * check membership before anything is written. A computed row's gas is its factor's, so the
 * species of a computed row is checked in core too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inventory_entries
    ADD COLUMN species text CHECK (species IS NULL OR length(trim(species)) > 0),
    ADD CONSTRAINT inventory_entries_family_mass_has_species
      CHECK (method <> 'gas_mass' OR gas NOT IN ('HFCs', 'PFCs') OR species IS NOT NULL)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE inventory_entries
    DROP CONSTRAINT IF EXISTS inventory_entries_family_mass_has_species,
    DROP COLUMN IF EXISTS species`.execute(db);
}
