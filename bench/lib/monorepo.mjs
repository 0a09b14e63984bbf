// Deterministic generator of an OpenClaw monorepo: teams/team-NNNN/ holds up to 4 services, each
// with its openclaw.json, and one docker-compose.yml running all of them; every 5th config
// $includes the team's shared agents fragment, every 7th team has a .env, and a few configs are
// not deployed at all. Used by bench/monorepo-bench.mjs and the shard partition tests.
import fs from 'node:fs';
import path from 'node:path';
import { makeConfig, rng } from '../gen-configs.mjs';

export const PER_TEAM = 4;

/** The files of an n-config monorepo, as { relativePath: text }. */
export function monorepoFiles(n) {
  const files = {};
  const teams = Math.ceil(n / PER_TEAM);
  for (let t = 0; t < teams; t++) {
    const team = `teams/team-${String(t).padStart(4, '0')}`;
    const r = rng(t + 7);
    const services = [];
    let shared = false;
    for (let k = 0; k < PER_TEAM && t * PER_TEAM + k < n; k++) {
      const i = t * PER_TEAM + k;
      const cfg = makeConfig(i);
      if (i % 5 === 0) {
        cfg.$include = '../shared/agents.json5';
        shared = true;
      }
      files[`${team}/svc-${k}/openclaw.json`] = `// generated config ${i}\n${JSON.stringify(cfg, null, 2)}\n`;
      // Every 9th config runs outside compose (a plain file in the tree).
      if (i % 9 !== 4) services.push(k);
    }
    if (shared)
      files[`${team}/shared/agents.json5`] =
        `{\n  // shared by the team's configs\n  tools: { profile: "messaging" },\n}\n`;
    if (services.length) {
      const bind = r() < 0.3 ? 'lan' : 'loopback';
      const lines = ['services:'];
      for (const k of services) {
        lines.push(
          `  gw-${k}:`,
          `    image: ghcr.io/openclaw/openclaw:2026.9.6`,
          `    command: ["node", "dist/index.js", "gateway", "--bind", "${bind}", "--port", "18789"]`,
          ...(r() < 0.2 ? [`    ports:`, `      - "${18000 + k}:18789"`] : []),
          `    volumes:`,
          `      - ./svc-${k}/openclaw.json:/home/node/.openclaw/openclaw.json:ro`,
        );
        if (t % 7 === 3) lines.push(`    env_file: .env`);
      }
      files[`${team}/docker-compose.yml`] = lines.join('\n') + '\n';
      if (t % 7 === 3) files[`${team}/.env`] = `OPENCLAW_GATEWAY_TOKEN=\${GW_TOKEN}\nHOOKS_TOKEN=\n`;
    }
  }
  files['README.md'] = `# generated monorepo with ${n} OpenClaw configs\n`;
  return files;
}

/** Write the monorepo under dir (replacing it); returns the number of files. */
export function writeMonorepo(dir, n) {
  fs.rmSync(dir, { recursive: true, force: true });
  const files = monorepoFiles(n);
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return Object.keys(files).length;
}
