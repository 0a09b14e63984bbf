import { defineConfig } from 'vitest/config';

// vitest 5 prints failures with Map.groupBy/Object.groupBy (Node 21+); these machines run Node 20.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, i: number) => K) => Map<K, T[]>;
const mapCtor = Map as unknown as { groupBy?: GroupBy };
mapCtor.groupBy ??= (items, key) => {
  const out = new Map();
  let i = 0;
  for (const item of items) {
    const k = key(item, i++);
    if (!out.has(k)) out.set(k, []);
    out.get(k).push(item);
  }
  return out;
};
const objCtor = Object as unknown as {
  groupBy?: (items: Iterable<unknown>, key: (item: unknown, i: number) => PropertyKey) => object;
};
objCtor.groupBy ??= (items, key) => Object.fromEntries(mapCtor.groupBy!(items, key));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/ensure-dist.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
