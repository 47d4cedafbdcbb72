import { seedOnce } from '../seed-once.js';
import { hasCommittee } from './export-committee.js';
import { importCommittee } from './import-committee.js';

/**
 * Records a shipped dataset's committee (the seed meeting) for its city, once: a city that already
 * has a committee keeps it, replies and closures included.
 */
export const seedCommittee = seedOnce('committee', hasCommittee, importCommittee);
