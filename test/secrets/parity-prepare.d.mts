// Types for parity-prepare.mjs.
export const PARITY_DIR: string;
export const PARITY_CASES: string[];
export function prepareParityCase(name: string, repo: string, outsideDir: string): void;
