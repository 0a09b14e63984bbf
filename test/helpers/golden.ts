/**
 * Whole-report goldens (text, SARIF, summary outputs of a run). A missing golden fails: it is
 * written only when asked, with `vitest -u` or `UPDATE_GOLDENS=1`, and then read in review.
 */
import fs from 'node:fs';
import { expect } from 'vitest';

function updateRequested(): boolean {
  if (process.env.UPDATE_GOLDENS === '1') return true;
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string } | undefined;
  return state?._updateSnapshot === 'all';
}

export async function expectGolden(actual: string, file: string): Promise<void> {
  if (!fs.existsSync(file) && !updateRequested())
    throw new Error(`missing golden ${file}: write it with UPDATE_GOLDENS=1 (or vitest -u) and review it`);
  await expect(actual).toMatchFileSnapshot(file);
}
