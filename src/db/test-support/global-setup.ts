// Placeholder: replaced by the database test harness (PGlite template + PostgreSQL check).
export default function setup(): void {}
