import { userInfo } from 'node:os';
import type { CliIo } from '../io.js';

/** Who the audit trail names for a command: the operating-system user who ran it. */
export function cliActor(io: CliIo): string {
  let name = io.env.USER ?? io.env.LOGNAME;
  if (!name) {
    try {
      name = userInfo().username;
    } catch {
      name = 'unknown';
    }
  }
  return `cli:${name}`;
}
