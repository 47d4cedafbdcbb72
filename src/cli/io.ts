/** Where a command writes: the process streams in production, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Tests answer password prompts here; the process reads the terminal or stdin. */
  readSecret?: (prompt: string) => Promise<string>;
  /**
   * Standard error when it is a terminal, for progress lines redrawn in place (progress.ts);
   * absent when stderr is a file or a pipe, so logs and scripts get no progress at all.
   */
  terminal?: { write(text: string): void };
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
  ...(process.stderr.isTTY ? { terminal: { write: (text) => process.stderr.write(text) } } : {}),
};
