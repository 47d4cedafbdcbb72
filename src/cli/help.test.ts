import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandTree, programDescription, programEpilogue } from './command-tree/tree.js';
import type { CliIo } from './io.js';
import { buildProgram, commandPath } from './program.js';
import { cliRunner } from './test-support/run-cli.js';

// Help and usage errors are answered before any database is opened: no engine is needed.
const run = cliRunner({});

/** Every declared command (groups and leaves) with the words that reach it. */
function everyCommand(): { path: string[]; command: Command }[] {
  const silent: CliIo = { out: () => undefined, err: () => undefined, env: {} };
  const program = buildProgram(
    { name: 'netzero', description: programDescription, epilogue: programEpilogue },
    commandTree,
    silent,
    {},
  );
  const found: { path: string[]; command: Command }[] = [];
  const walk = (parent: Command) => {
    for (const command of parent.commands) {
      found.push({ path: commandPath(command).split(' ').slice(1), command });
      walk(command);
    }
  };
  walk(program);
  return found;
}

describe('netzero --help', () => {
  const commands = everyCommand();

  it('declares every command the README lists', () => {
    const paths = commands.map((c) => c.path.join(' '));
    for (const expected of [
      'db migrate',
      'plan summary',
      'result add',
      'user add',
      'report results',
      'round template',
      'round import',
      'committee follow-up-table',
      'indicators show',
      'registry define',
      'platform credits check',
      'completion',
    ])
      expect(paths).toContain(expected);
  });

  const byName = new Map(commands.map((c) => [c.path.join(' '), c]));
  it.each([...byName.keys()])(
    '%s: --help and help print its usage, description and examples',
    async (name) => {
      const { path, command } = byName.get(name) ?? { path: [], command: undefined };
      if (!command) throw new Error(`no command ${name}`);
      const help = await run(...path, '--help');
      expect(help.status).toBe(0);
      expect(help.err).toBe('');
      expect(help.out).toContain(`Usage: netzero ${path.join(' ')} `);
      expect(command.description()).not.toBe('');
      expect(help.out).toContain(command.description().split(' ').slice(0, 4).join(' '));
      // A command that runs shows how it is used; a group lists its subcommands.
      if (command.commands.length === 0)
        expect(help.out).toMatch(new RegExp(`\\nExamples:\\n {2}\\$ .*netzero ${name}`));
      else for (const sub of command.commands) expect(help.out).toContain(`  ${sub.name()}`);
      expect(await run('help', ...path)).toEqual(help);
    },
  );

  it('lists every command at the top, and exits 2 with the list when none is given', async () => {
    const help = await run('--help');
    expect(help.status).toBe(0);
    for (const name of Object.keys(commandTree)) expect(help.out).toContain(`  ${name}`);
    expect(help.out).toContain('Exit status: 0 done, 1 input refused');
    expect(await run('help')).toEqual(help);
    const none = await run();
    expect(none.status).toBe(2);
    expect(none.err).toContain('Usage: netzero [options] [command]');
  });

  it('refuses an unknown command or option with exit 2, naming it and where help is', async () => {
    const unknown = await run('frobnicate');
    expect(unknown).toMatchObject({ status: 2, out: '' });
    expect(unknown.err).toContain("netzero: unknown command 'frobnicate'");
    expect(unknown.err).toContain('netzero --help');

    const sub = await run('round', 'tempalte');
    expect(sub.status).toBe(2);
    expect(sub.err).toContain("unknown command 'tempalte'");
    expect(sub.err).toContain('Did you mean template?');
    expect(sub.err).toContain('netzero round --help');

    const option = await run('plan', 'list', '--jsn');
    expect(option.status).toBe(2);
    expect(option.err).toContain("unknown option '--jsn'");
    expect(option.err).toContain('Did you mean --json?');
    expect(option.err).toContain('netzero plan list --help');
  });

  it('refuses a missing argument, a missing option value and an extra argument with exit 2', async () => {
    const missing = await run('import');
    expect(missing.status).toBe(2);
    expect(missing.err).toContain("missing required argument 'file'");
    const noValue = await run('plan', 'summary', '--as-of');
    expect(noValue.status).toBe(2);
    expect(noValue.err).toContain("option '--as-of <YYYY-MM-DD>' argument missing");
    const extra = await run('plan', 'list', 'kaohsiung');
    expect(extra.status).toBe(2);
    expect(extra.err).toContain('too many arguments');
  });

  it('answers a group without its subcommand with its help on stderr, exit 2', async () => {
    const group = await run('committee');
    expect(group.status).toBe(2);
    expect(group.err).toContain('Usage: netzero committee [options] [command]');
    expect(group.err).toContain('minutes-sent');
  });
});
