export function multitoolPath(): Promise<string | undefined>;
export function validateSarif(file: string, bin: string): { problems: string[]; notes: number };
export function clawlintReports(dir: string): string[];
