import type { CliIo } from '../io.js';
import { main } from '../main.js';

/** What one `netzero` run printed and its exit status. */
export interface CliRun {
  status: number;
  out: string;
  err: string;
}

/**
 * Runs `netzero` in-process with this environment, capturing what it prints; `secret` answers a
 * password prompt.
 * @example await cliRunner(env)('committee', 'overdue') // { status: 0, out: 'Nothing overdue …', err: '' }
 */
export function cliRunner(env: Record<string, string>, secret = '') {
  return async (...argv: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      env,
      readSecret: () => Promise.resolve(secret),
    };
    const status = await main(argv, io);
    return { status, out: out.join('\n'), err: err.join('\n') };
  };
}
