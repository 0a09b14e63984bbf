export const LAYERS: readonly (readonly string[])[];
export function importEdges(root?: string): { from: string; to: string; files: Set<string> }[];
export function modules(root?: string): string[];
export function layerProblems(root?: string): string[];
export function renderGraph(root?: string): string;
export function docBlock(root?: string): string;
export function docIsCurrent(root?: string): boolean;
