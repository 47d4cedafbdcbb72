import type { ErrorCode } from '../core/errors.js';

/**
 * The CLI's edge of the one error type: each stable code's exit status (HTTP's is `errorStatus`
 * in src/contracts/api/common.ts). 1: the input was refused, with every problem listed by path;
 * 70 (EX_SOFTWARE): an internal fault. A usage mistake (an issue at `arguments`) exits 2.
 */
export const exitStatus = {
  VALIDATION_FAILED: 1,
  UNIT_MISMATCH: 1,
  UNAUTHENTICATED: 1,
  FORBIDDEN: 1,
  NOT_FOUND: 1,
  CONFLICT: 1,
  PAYLOAD_TOO_LARGE: 1,
  RATE_LIMITED: 1,
  INTERNAL: 70,
} as const satisfies Record<ErrorCode, number>;

export const usageExitStatus = 2;
