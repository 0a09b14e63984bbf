import { createRequire as __clawlintCreateRequire } from 'node:module'; const require = __clawlintCreateRequire(import.meta.url);

// src/secrets/fs-names.ts
import { Buffer, isUtf8 } from "node:buffer";
function pyFsDecode(name) {
  if (isUtf8(name)) return name.toString("utf8");
  let out = "";
  let i = 0;
  while (i < name.length) {
    const n = validSequenceAt(name, i);
    if (n > 0) {
      out += name.toString("utf8", i, i + n);
      i += n;
    } else out += String.fromCharCode(56320 + name[i++]);
  }
  return out;
}
function validSequenceAt(b, i) {
  const c = b[i];
  if (c < 128) return 1;
  const n = c >= 194 && c <= 223 ? 2 : c >= 224 && c <= 239 ? 3 : c >= 240 && c <= 244 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k] & 192) !== 128) return 0;
  const c1 = b[i + 1];
  if (c === 224 && c1 < 160) return 0;
  if (c === 237 && c1 >= 160) return 0;
  if (c === 240 && c1 < 144) return 0;
  if (c === 244 && c1 >= 144) return 0;
  return n;
}
var ESCAPED_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
function fsPath(name) {
  if (!ESCAPED_BYTE.test(name)) return name;
  const parts = [];
  let run = "";
  for (const ch of name) {
    const cp = ch.codePointAt(0);
    if (cp >= 56448 && cp <= 56575) {
      if (run) parts.push(Buffer.from(run, "utf8"));
      run = "";
      parts.push(Buffer.from([cp - 56320]));
    } else run += ch;
  }
  if (run) parts.push(Buffer.from(run, "utf8"));
  return Buffer.concat(parts);
}

export {
  pyFsDecode,
  fsPath
};
