#!/usr/bin/env node
import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);
import {
  guarded
} from "./chunk-SLCGQ6A3.js";
import "./chunk-HZ3S5XVW.js";
import "./chunk-URMH44IO.js";
import "./chunk-M7CPPUSY.js";

// src/cli.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var io = {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  noColor: "NO_COLOR" in process.env
};
var argv = process.argv.slice(2);
var code = await (argv[0] === "secrets" ? guarded(argv, io, (await import("./chunk-74VHQR7B.js")).secretsMain) : (await import("./chunk-D7QTY7LB.js")).main(argv, io));
process.exitCode = code;
