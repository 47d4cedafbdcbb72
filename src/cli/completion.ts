import { operand, usage } from './args.js';
import { commandTree } from './command-tree/tree.js';
import type { CommandDecl, Operands } from './declare.js';
import type { CliIo } from './io.js';

/** What may follow each command path: its subcommands, or its options; '' is the program. */
export function completionWords(
  tree: Readonly<Record<string, CommandDecl>>,
  path = '',
): Map<string, string[]> {
  const words = new Map<string, string[]>([[path, [...Object.keys(tree), '--help']]]);
  for (const [name, decl] of Object.entries(tree)) {
    const here = path === '' ? name : `${path} ${name}`;
    if (decl.kind === 'group')
      for (const [key, value] of completionWords(decl.subcommands, here)) words.set(key, value);
    else words.set(here, [...Object.keys(decl.options).map((o) => `--${o}`), '--help']);
  }
  return words;
}

/**
 * A bash completion function for `netzero`: it walks the words typed so far down the command
 * tree (skipping options and their values), then offers what may follow there; anything else
 * (a file, a value) falls back to bash's own completion.
 */
export function bashCompletion(tree: Readonly<Record<string, CommandDecl>>): string {
  const words = completionWords(tree);
  const paths = [...words.keys()].filter((p) => p !== '').map(quote);
  const cases = [...words].map(
    ([path, next]) => `    ${quote(path)}) words=${quote(next.join(' '))} ;;`,
  );
  return `# netzero completion for bash: source <(netzero completion bash)
_netzero() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word words="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ "$word" == -* ]] && continue
    [[ -z "$path" && "$word" == help ]] && continue
    case "\${path:+$path }$word" in
      ${paths.join('|')}) path="\${path:+$path }$word" ;;
      *) break ;;
    esac
  done
  case "$path" in
${cases.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _netzero netzero
`;
}

/** zsh runs the bash function through its bash-completion emulation. */
export function zshCompletion(tree: Readonly<Record<string, CommandDecl>>): string {
  return `# netzero completion for zsh: source <(netzero completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(tree)}`;
}

const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** `netzero completion bash|zsh`. */
export function completionCommand({ positionals }: Operands, io: CliIo): Promise<number> {
  const shell = operand(positionals);
  if (shell === 'bash') io.out(bashCompletion(commandTree));
  else if (shell === 'zsh') io.out(zshCompletion(commandTree));
  else throw usage(`completion scripts are for bash or zsh, not "${shell}"`);
  return Promise.resolve(0);
}
