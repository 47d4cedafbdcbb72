import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliRunner } from './test-support/run-cli.js';

const run = cliRunner({});

/** What bash offers after `typed` (the last word is the one being completed). */
function complete(script: string, typed: string): string[] {
  const words = typed.split(' ');
  const program = `${script}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${String(words.length - 1)}
_netzero; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return execFileSync('bash', ['--norc', '--noprofile', '-c', program], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');
}

describe('netzero completion', () => {
  it('completes commands, subcommands and options in bash', async () => {
    const { status, out } = await run('completion', 'bash');
    expect(status).toBe(0);
    expect(out).toContain('complete -o default -F _netzero netzero');
    expect(complete(out, 'netzero pl')).toEqual(['plan', 'platform']);
    expect(complete(out, 'netzero plan s')).toEqual(['summary']);
    expect(complete(out, 'netzero plan summary --as-of 2023-09-30 --j')).toEqual(['--json']);
    expect(complete(out, 'netzero platform credits c')).toEqual(['check']);
    expect(complete(out, 'netzero committee minutes t7-plenary-1 --f')).toEqual(['--format']);
    expect(complete(out, 'netzero help round t')).toEqual(['template']);
    // A file argument is left to bash's own file completion.
    expect(complete(out, 'netzero import kaohs')).toEqual([]);
  });

  it('prints a zsh script through bash completion, and refuses another shell as usage', async () => {
    const zsh = await run('completion', 'zsh');
    expect(zsh.status).toBe(0);
    expect(zsh.out).toContain('bashcompinit');
    expect(zsh.out).toContain('_netzero()');
    const fish = await run('completion', 'fish');
    expect(fish.status).toBe(2);
    expect(fish.err).toContain('bash or zsh, not "fish"');
  });
});
