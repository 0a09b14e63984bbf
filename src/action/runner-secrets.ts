/**
 * The runner's own secrets never leave the job: the token input, the runtime
 * tokens and every job secret passed through the environment. Their values
 * (and those the lint run resolved from env files and `${VAR}`) are registered
 * with `core.setSecret` — GitHub masks them in the log — and scrubbed from the
 * final text of every sink the runner does not mask: the job summary (after
 * Markdown escaping), the SARIF file (after JSON escaping), and every body
 * posted to the API. Base64 forms are scrubbed too.
 */

/** Environment names that hold no secret on a runner (paths, ids, flags); everything else counts. */
const BENIGN =
  /^(PATH|HOME|PWD|OLDPWD|SHELL|SHLVL|USER|LOGNAME|LANG|LANGUAGE|LC_\w+|TERM|TZ|TMPDIR|HOSTNAME|NO_PROXY|no_proxy|CI|NODE_\w+|npm_\w+|ImageOS|ImageVersion|AGENT_TOOLSDIRECTORY|JAVA_HOME\w*|ANDROID_\w+|GOROOT\w*|XDG_\w+|DEBIAN_FRONTEND|GITHUB_(?!TOKEN)\w+|RUNNER_\w+|INPUT_(?!TOKEN$|GITHUB-TOKEN$)[\w-]+|STATE_\w+)$/;

const MIN = 8;

/** Values of the runner environment that may be secret. */
export function runnerSecretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(env)) {
    if (typeof v !== 'string' || v.length < MIN || BENIGN.test(k)) continue;
    out.add(v);
    // A NUL- or newline-joined value is also leaked piecewise.
    for (const part of v.split(/[\0\n]/)) if (part.length >= MIN) out.add(part);
  }
  return [...out];
}

function markdownEscaped(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@/g, '&#64;');
}

/** The forms a value takes in our outputs: raw, JSON string, Markdown-escaped, HTML-escaped, base64, URL-encoded. */
export function variants(v: string): string[] {
  const json = JSON.stringify(v).slice(1, -1);
  const forms = new Set([
    v,
    json,
    JSON.stringify(json).slice(1, -1),
    markdownEscaped(v),
    v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    Buffer.from(v).toString('base64').replace(/=+$/, ''),
    encodeURIComponent(v),
  ]);
  return [...forms];
}

export class Scrubber {
  private forms: string[] = [];

  add(values: Iterable<string>, min = MIN): void {
    const set = new Set(this.forms);
    for (const v of values) if (v.length >= min) for (const f of variants(v)) if (f.length >= min) set.add(f);
    this.forms = [...set].sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join('****');
    return out;
  }

  /** Deep-scrub the strings of a JSON-able value (a request body). */
  scrubValue<T>(value: T): T {
    if (typeof value === 'string') return this.scrub(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v)) as T;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrubValue(v)])) as T;
    return value;
  }
}
