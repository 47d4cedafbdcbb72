/**
 * SHA-256 of the SQL each landed migration sends (its up, then its down), compiled for
 * PostgreSQL without a database (landed-sql.test.ts). A database that ran a migration never runs
 * it again, so a migration that compiled to other SQL later would build new databases unlike old
 * ones. The migrations read vocabulary lists and may share helpers; this keeps either from
 * changing a landed migration: a change to the schema is a new migration. When one lands, the
 * test prints its line to add here.
 */
export const landedSqlDigests: Record<string, string> = {
  '0001-plan-tracking': 'a434c5a91b3e462a1e011017d93ef6987bb86a50673e54d2c99d2e84c211747b',
  '0002-accounts-rounds-audit': 'c561317bfa3fab8292ec226a0b141cd6f65719c5a7c018be800dac6ff7aea465',
  '0003-emissions': '82729d761f9f605b41e43d6ff952da6412bc6df1c1b0066a936b1b0559dfe41b',
  '0004-report-snapshots': 'a265d366e933fed356fc80b28fab431ce919a066e7c4df56d5bf9be5d57d94aa',
  '0005-gas-species': '45660c22fe9535f0b3e56efc06a67641081af4c84af9822ab730e350a4f1ecf9',
  '0006-source-citations': '1487fbfdc32345bb8ffa6ab996c9fb6a1d43d2266a81dcf5c8bfecd4899b1032',
  '0007-discussions': 'e9f2d668eeb34f27df6cb5fa968156cf0674f6aa7ab95a4eab8bf4bd4ddcf5eb',
  '0008-committee': 'd505527ffe805092f566fe8cb509de9812d91abcc73b60fb96767fda656da05a',
  '0009-committee-members': 'd29da8a6343bc5eb333e4022041db3f10bb0e667b9977a74addd40340f2af854',
  '0010-committee-reminders': 'cb478c094a0c77eeee942f76319483bd600f0c58aa56ba8e48ed190b45596563',
  '0011-committee-point-sectors':
    'f7ab5855db758e4bf21439869651725860d4540e286f0f74aca90403f8e162e7',
  '0012-indicators': 'cb5465d1a3adef4c2d6eeff8127eea2cff63f5c45d4900c066df4304e8358abe',
  '0013-credits-ledger': 'fcd8f81278b62cdccd006cb7793c3115385a3804621507e4abd9dd4824975456',
  // Registries (issue 17)
  '0014-registries': 'ea69675dda1742f0d33770e6258226cabb52377bbdf08f2183c557e96c4c500b',
  // Committee point ↔ indicator links (issue 14)
  '0015-committee-point-indicators':
    'e0573ec108df05ce7912cd01fa81d17d70c00e7399903657e0d039e7efe6d96d',
  '0017-registry-mappings': '5da1466b3e14144d3eefd51409aea2f21378ee3bfc33a03154bf976e0b05b540',
};
