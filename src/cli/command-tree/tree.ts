import { leaf, type CommandDecl } from '../declare.js';
import { cityCommands } from './city.js';
import { emissionsAndFileCommands } from './emissions-and-files.js';
import { moduleCommands } from './modules.js';

export const programDescription =
  "Net-Zero Tracker (淨零管考平台): a city's net-zero governance platform";

/** Printed after the command list of `netzero --help`. */
export const programEpilogue = `
--city and --plan may be left out when there is only one. Periods may be ROC (112年1-9月,
112/9, 110~112/9) or ISO (2023-01-01/2023-09-30).
Database: PostgreSQL when DATABASE_URL is set, otherwise PGlite in NETZERO_DATA_DIR
(default ./data/pglite).
Exit status: 0 done, 1 input refused (each problem listed), 2 usage, 70 internal fault.

Examples:
  $ netzero demo
  $ netzero plan summary --as-of 2023-09-30 --json
  $ netzero help report results
  $ source <(netzero completion bash)`;

/** Every `netzero` command. A new one is declared here (and its handler in commands/). */
export const commandTree: Readonly<Record<string, CommandDecl>> = {
  ...cityCommands,
  ...emissionsAndFileCommands,
  ...moduleCommands,
  completion: leaf({
    description: 'a shell completion script for the commands and their options',
    arguments: [['<shell>', 'bash or zsh']],
    options: {},
    examples: [
      'source <(netzero completion bash)',
      'netzero completion bash > /etc/bash_completion.d/netzero',
      "echo 'source <(netzero completion zsh)' >> ~/.zshrc",
    ],
    load: () => import('../completion.js').then((m) => m.completionCommand),
  }),
};
