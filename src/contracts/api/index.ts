/** Every API contract, one module per resource. */
export * from './common.js';
export * from './health.js';
export * from './cities.js';
export * from './measures.js';
export * from './session.js';
export * from './users.js';
export * from './rounds.js';
export * from './submissions.js';
export * from './review.js';
export * from './audit.js';
export * from './emissions.js';
export * from './round-templates.js';
export * from './reports.js';
export * from './open-data.js';
