// Goldens are never written silently: a missing one fails unless an update was asked for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { expectGolden } from './helpers/golden.js';

it.skipIf(process.env.UPDATE_GOLDENS === '1')('fails on a missing golden instead of writing it', async () => {
  const file = path.join(os.tmpdir(), `clawlint-missing-golden-${process.pid}.out`);
  await expect(expectGolden('anything\n', file)).rejects.toThrow(/missing golden/);
});

it('leaves no golden output in the fixtures: expectations are inline markers', () => {
  const root = path.join(import.meta.dirname, 'fixtures');
  const outs = fs.readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.out'));
  expect(outs).toEqual([]);
});
