/**
 * Findings as SARIF 2.1.0, fit for code-scanning upload: the rules with their descriptions, each
 * result with a repo-relative location and region, the parallel paragraph as a related location,
 * and a partial fingerprint that does not move when lines do.
 */
import type { Finding } from '../../model/finding.js';
import type { Rule } from '../rule.js';

/** Options of formatSarif. */
export interface FormatSarifOptions {
  readonly rules: readonly Rule[];
  /** The tool's version. */
  readonly version: string;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function location(file: string | undefined, line: number | undefined, column: number | undefined, address: string) {
  return {
    ...(file ? { physicalLocation: { artifactLocation: { uri: file.replace(/\\/g, '/'), uriBaseId: '%SRCROOT%' }, region: { startLine: line ?? 1, startColumn: column ?? 1 } } } : {}),
    logicalLocations: [{ fullyQualifiedName: address, kind: 'member' }],
  };
}

export function formatSarif(findings: readonly Finding[], options: FormatSarifOptions): string {
  const ids = options.rules.map((r) => r.meta.id);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secdraft',
            version: options.version,
            rules: options.rules.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.description },
              defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
              help: { text: `See docs/rules/${rule.meta.id}.md` },
              properties: { tags: [rule.meta.type] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root' } } },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ids.indexOf(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [location(f.position?.file, f.position?.line, f.position?.column, f.address)],
          ...(f.related.length
            ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.position?.file, r.position?.line, r.position?.column, r.address), message: { text: r.message } })) }
            : {}),
          partialFingerprints: { 'secdraftFinding/v1': f.fingerprint },
          properties: { messageId: f.messageId, address: f.address },
        })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
