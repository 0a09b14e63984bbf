// Types for the parts of realworld-deploy.mjs the corpus test imports.
export interface Finding {
  ruleId: string;
  severity: 'info' | 'warn' | 'critical';
  file: string;
  startLine?: number;
  path?: string;
  message?: string;
}
export interface Place {
  file?: string;
  line?: number | number[];
  alt?: number[];
  path?: string;
}
export interface Located extends Place {
  rule?: string | string[];
  or?: Place[];
}
export interface Expected extends Located {
  id?: string;
  severity: 'info' | 'warn' | 'critical';
  why?: string;
}
export interface Judgement {
  notes?: string;
  silent?: boolean;
  expected?: Expected[];
  judged?: (Located & { verdict: 'true' | 'false' | 'noise'; why?: string })[];
  mustNot?: (Located & { why?: string })[];
}
export interface ScoredRow {
  finding: Finding;
  verdict: 'true' | 'false' | 'noise' | 'unjudged';
  why: string;
  falseCritical: boolean;
}
export function score(
  judgement: Judgement,
  findings: Finding[],
): { rows: ScoredRow[]; found: number; expected: number; missed: Expected[] };
export function inScope(scope: { include: string[] }, f: Finding): boolean;
