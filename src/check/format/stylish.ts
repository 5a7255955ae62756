/** Findings for a terminal, eslint's "stylish" way: grouped by file, `line:col severity message rule-id`. */
import type { Finding } from '../../model/finding.js';

/** Options of formatStylish. */
export interface FormatStylishOptions {
  readonly color: boolean;
  /**
   * What the findings are to the run (a modification's report): `fixed` by it, or `preExisting`
   * (left as they were, not counted in the exit code). The summary line says so instead of
   * marking them as failures.
   */
  readonly verdict?: 'fixed' | 'preExisting';
}

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;

export function formatStylish(findings: readonly Finding[], options: FormatStylishOptions): string {
  const paint = (text: string, code: string) => (options.color ? `${code}${text}\x1b[0m` : text);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const file = f.position?.file ?? '(version)';
    groups.set(file, [...(groups.get(file) ?? []), f]);
  }
  const lines: string[] = [];
  for (const [file, list] of groups) {
    lines.push('', paint(file, '\x1b[4m'));
    for (const f of list) {
      const where = f.position ? `${f.position.line}:${f.position.column}` : '-';
      const related = f.related.length ? ` (see ${f.related.map((r) => (r.position ? `${r.address} at ${r.position.line}:${r.position.column}` : r.address)).join(', ')})` : '';
      lines.push(`  ${where.padEnd(7)} ${paint(f.severity.padEnd(7), COLOURS[f.severity])} ${f.message}${related}  ${paint(f.ruleId, '\x1b[2m')}`);
    }
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const counts = `(${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
  if (options.verdict === 'fixed') lines.push('', `✔ ${plural(findings.length, 'finding')} fixed ${counts}`);
  else if (options.verdict === 'preExisting') lines.push('', `• ${plural(findings.length, 'finding')} left as ${findings.length === 1 ? 'it was' : 'they were'}, not counted ${counts}`);
  else lines.push('', `${findings.length === 0 ? '✔ no problems' : `${errors ? '✖' : '✔'} ${plural(findings.length, 'finding')}`} ${counts}`);
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}
