import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  FIX_TYPES
} from "./chunk-2QU2XKKE.js";
import {
  SECRETS_FLAGS
} from "./chunk-HK5A2VOE.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-YCW4PPVA.js";
import "./chunk-URMH44IO.js";
import "./chunk-XNFZ6MVZ.js";
import "./chunk-QUQWNW22.js";
import "./chunk-QRA3B4H6.js";
import "./chunk-6OAPYT3T.js";
import "./chunk-2I57N62P.js";
import "./chunk-BUR2U2H6.js";
import "./chunk-QTZD6J6D.js";
import "./chunk-M7CPPUSY.js";

// src/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
var COMMANDS = ["lint", "baseline", "secrets", "help", "completion"];
var SECRETS_COMMANDS = Object.keys(SECRETS_FLAGS);
var VALUE_SECRETS_FLAGS = /* @__PURE__ */ new Set([
  "--baseline",
  "--exclude-files",
  "--exclude-lines",
  "--exclude-secrets",
  "--mark"
]);
var CHOICES = {
  "--format": ["text", "json", "sarif", "junit", "gitlab"],
  "--fail-on": ["critical", "warn", "info", "none"],
  "--fix-type": [...FIX_TYPES]
};
var FILE_FLAGS = ["--output", "--config", "--baseline", "--secrets-baseline", "--env-file"];
function completionScript(shell, spec) {
  const lint = Object.keys(spec.lintFlags).map((n) => `--${n}`).sort();
  const lintValued = lint.filter((f) => spec.lintFlags[f.slice(2)]);
  if (shell === "bash") return bash(lint, lintValued);
  if (shell === "zsh") return zsh(lint, lintValued);
  return fish(lint, lintValued);
}
function bash(lint, valued) {
  const secretsCases = Object.entries(SECRETS_FLAGS).map(([c, flags]) => `      ${c}) words="${[...flags, "--help"].join(" ")}" ;;`).join("\n");
  const choiceCases = Object.entries(CHOICES).map(([f, v]) => `    ${f}) COMPREPLY=($(compgen -W "${v.join(" ")}" -- "$cur")); return ;;`).join("\n");
  const otherValued = [.../* @__PURE__ */ new Set([...valued, ...VALUE_SECRETS_FLAGS])].filter((f) => !CHOICES[f]);
  return `# bash completion for clawlint (clawlint completion bash)
_clawlint() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="\${COMP_WORDS[1]}" sub="\${COMP_WORDS[2]}" words
  COMPREPLY=()
  case "$prev" in
${choiceCases}
    ${otherValued.join("|")}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  if [[ $COMP_CWORD -eq 1 && "$cur" != -* ]]; then
    COMPREPLY=($(compgen -W "${COMMANDS.join(" ")}" -- "$cur")); COMPREPLY+=($(compgen -f -- "$cur")); return
  fi
  case "$cmd" in
    secrets)
      if [[ $COMP_CWORD -eq 2 ]]; then COMPREPLY=($(compgen -W "${SECRETS_COMMANDS.join(" ")}" -- "$cur")); return; fi
      case "$sub" in
${secretsCases}
      esac ;;
    baseline)
      if [[ $COMP_CWORD -eq 2 ]]; then COMPREPLY=($(compgen -W "create update" -- "$cur")); return; fi
      words="${lint.join(" ")}" ;;
    completion) [[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W "${SHELLS.join(" ")}" -- "$cur")); return ;;
    help) [[ $COMP_CWORD -eq 2 ]] && COMPREPLY=($(compgen -W "${COMMANDS.join(" ")}" -- "$cur")); return ;;
    *) words="${lint.join(" ")}" ;;
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$words" -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi
}
complete -o filenames -F _clawlint clawlint
`;
}
function zshFlag(flag, valued) {
  if (!valued) return `'${flag}'`;
  const choices = CHOICES[flag];
  const action = choices ? `(${choices.join(" ")})` : FILE_FLAGS.includes(flag) ? "_files" : " ";
  return `'${flag}=[${flag.slice(2)}]:value:${action}'`;
}
function zsh(lint, valued) {
  const lintSpec = lint.map((f) => `    ${zshFlag(f, valued.includes(f))}`).join(" \\\n");
  const secretsCases = Object.entries(SECRETS_FLAGS).map(
    ([c, flags]) => `        ${c}) _arguments ${flags.map((f) => zshFlag(f, VALUE_SECRETS_FLAGS.has(f))).join(" ")} '*:file:_files' ;;`
  ).join("\n");
  return `#compdef clawlint
# zsh completion for clawlint (clawlint completion zsh)
_clawlint_lint() {
  _arguments -s \\
${lintSpec} \\
    '*:path:_files'
}
_clawlint() {
  if (( CURRENT == 2 )) && [[ $words[2] != -* ]]; then
    _alternative 'commands:command:(${COMMANDS.join(" ")})' 'files:path:_files'
    return
  fi
  case $words[2] in
    secrets)
      if (( CURRENT == 3 )); then _values command ${SECRETS_COMMANDS.join(" ")}; return; fi
      shift 2 words; (( CURRENT -= 2 ))
      case $words[1] in
${secretsCases}
      esac ;;
    baseline)
      if (( CURRENT == 3 )); then _values command create update; return; fi
      shift 2 words; (( CURRENT -= 2 )); _clawlint_lint ;;
    completion) (( CURRENT == 3 )) && _values shell ${SHELLS.join(" ")} ;;
    help) (( CURRENT == 3 )) && _values command ${COMMANDS.join(" ")} ;;
    lint) shift words; (( CURRENT-- )); _clawlint_lint ;;
    *) _clawlint_lint ;;
  esac
}
compdef _clawlint clawlint
`;
}
function fish(lint, valued) {
  const out = [
    "# fish completion for clawlint (clawlint completion fish)",
    "complete -c clawlint -f",
    `complete -c clawlint -n __fish_use_subcommand -a '${COMMANDS.join(" ")}'`,
    `complete -c clawlint -n '__fish_seen_subcommand_from secrets; and not __fish_seen_subcommand_from ${SECRETS_COMMANDS.join(" ")}' -a '${SECRETS_COMMANDS.join(" ")}'`,
    `complete -c clawlint -n '__fish_seen_subcommand_from baseline; and not __fish_seen_subcommand_from create update' -a 'create update'`,
    `complete -c clawlint -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(" ")}'`
  ];
  const notSecrets = "not __fish_seen_subcommand_from secrets completion help";
  for (const f of lint) {
    const name = f.slice(2);
    let line = `complete -c clawlint -n '${notSecrets}' -l ${name}`;
    if (valued.includes(f))
      line += CHOICES[f] ? ` -x -a '${CHOICES[f].join(" ")}'` : FILE_FLAGS.includes(f) ? " -r -F" : " -x";
    out.push(line);
  }
  for (const [c, flags] of Object.entries(SECRETS_FLAGS)) {
    for (const f of flags) {
      const cond = `__fish_seen_subcommand_from secrets; and __fish_seen_subcommand_from ${c}`;
      out.push(`complete -c clawlint -n '${cond}' -l ${f.slice(2)}${VALUE_SECRETS_FLAGS.has(f) ? " -r -F" : ""}`);
    }
  }
  out.push(`complete -c clawlint -n 'not __fish_seen_subcommand_from completion help' -F`);
  return out.join("\n") + "\n";
}
export {
  SHELLS,
  completionScript
};
