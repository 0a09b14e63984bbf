import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/core/workflow-commands.ts
var ZWSP = "\u200B";
function neutraliseWorkflowCommands(text, json = false) {
  if (!text.includes("::") && !text.includes("##[")) return text;
  return text.replace(/##\[/g, json ? "##\\u005b" : `#${ZWSP}#[`).replace(/(^|\r\n|\r|\n)([^\S\r\n]*)::/g, `$1$2:${ZWSP}:`);
}
function neutralisingWriter(write) {
  return (s) => write(neutraliseWorkflowCommands(s));
}

export {
  neutraliseWorkflowCommands,
  neutralisingWriter
};
