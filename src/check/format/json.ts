/** Findings as JSON: the findings array, as the library returns it. */
import type { Finding } from '../../model/finding.js';

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
