import { describe, expect, it } from 'vitest';
import { startProgress, withProgress } from './progress.js';

describe('progress on a terminal', () => {
  it('redraws one line with the step and the seconds elapsed, and erases it when done', () => {
    const written: string[] = [];
    let clock = 1_000;
    const progress = startProgress(
      { terminal: { write: (t) => written.push(t) } },
      'import',
      () => clock,
    );
    progress.step('reading kaohsiung.json');
    clock += 12_400;
    progress.step('checking every record');
    progress.done();
    expect(written).toEqual([
      '\r\x1b[2Kimport: reading kaohsiung.json… 0 s',
      '\r\x1b[2Kimport: checking every record… 12 s',
      '\r\x1b[2K',
    ]);
  });

  it('passes the result through when standard error is not a terminal (and writes nothing)', async () => {
    const result = await withProgress({}, 'import', (progress) => {
      progress.step('reading');
      return Promise.resolve(42);
    });
    expect(result).toBe(42);
  });

  it('erases the line when the work fails', async () => {
    const written: string[] = [];
    const failing = withProgress({ terminal: { write: (t) => written.push(t) } }, 'x', () =>
      Promise.reject(new Error('refused')),
    );
    await expect(failing).rejects.toThrow('refused');
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});
