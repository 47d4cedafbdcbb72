import type { CliIo } from './io.js';

/** What long work reports as it goes: its current step, then that it is over. */
export interface Progress {
  step(text: string): void;
  done(): void;
}

const quiet: Progress = { step: () => undefined, done: () => undefined };

/** How often the elapsed seconds are redrawn while one step runs. */
const TICK_MS = 1000;

/**
 * A progress line on standard error, redrawn in place (`city import: writing kaohsiung… 12 s`),
 * when stderr is a terminal; silent otherwise, so redirected output and logs stay clean. The
 * line is erased when the work is done: what the command prints after it stands alone.
 *
 * @example
 * const progress = startProgress(io, 'report results');
 * progress.step('building the report');
 * …
 * progress.done();
 */
export function startProgress(
  io: Pick<CliIo, 'terminal'>,
  title: string,
  now: () => number = Date.now,
): Progress {
  const terminal = io.terminal;
  if (!terminal) return quiet;
  const started = now();
  let current = '';
  const draw = () => {
    const seconds = Math.floor((now() - started) / 1000);
    terminal.write(`\r\x1b[2K${title}: ${current}… ${String(seconds)} s`);
  };
  const timer = setInterval(draw, TICK_MS);
  timer.unref();
  return {
    step(text) {
      current = text;
      draw();
    },
    done() {
      clearInterval(timer);
      terminal.write('\r\x1b[2K');
    },
  };
}

/** Runs `work` with a progress line that is erased however the work ends. */
export async function withProgress<T>(
  io: Pick<CliIo, 'terminal'>,
  title: string,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const progress = startProgress(io, title);
  try {
    return await work(progress);
  } finally {
    progress.done();
  }
}
