import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

const require = createRequire(import.meta.url);
const SCHEMA = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// ajv-draft-04 is CommonJS; its class is the module itself.
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

/** The SARIF schema's validator, formats ("uri", "date-time") checked, not ignored with a warning. */
function sarifValidator(): InstanceType<typeof Ajv> {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
}


describe('secdraft check', () => {
  it('--at 6.17 exits 1 with the parallel-qualifier finding at G3.20(b), naming G3.17(b) and quoting the words', async () => {
    const { code, stdout } = await runCli('check', '--at', '6.17', '--format', 'json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Array<{ ruleId: string; address: string; data: Record<string, string>; related: Array<{ address: string }>; position: { file: string; line: number } }>;
    const pq = findings.filter((f) => f.ruleId === 'parallel-qualifier');
    expect(pq).toHaveLength(1);
    expect(pq[0]).toMatchObject({ address: 'G3.20(b)', data: { other: 'G3.17(b)', words: 'which forms part of a SMETS2+ Device' }, position: { file: 'clauses/SEC/6.17/G.md', line: 33 } });
    expect(pq[0]!.related[0]!.address).toBe('G3.17(b)');
    // An extract does not flood: one info about definitions, nothing else.
    expect(findings.filter((f) => f.ruleId !== 'parallel-qualifier').map((f) => f.ruleId)).toEqual(['defined-term']);
  });

  it('--mod MP087 exits 0 and says MP087 fixes it', async () => {
    const { code, stdout } = await runCli('check', '--mod', 'MP087');
    expect(code).toBe(0);
    expect(stdout).toContain('MP087 against SEC 6.17: fixes 1, introduces 0');
    // Exit 0, so nothing reads as a failure: the fixed error is said to be fixed.
    expect(stdout).not.toContain('✖');
    expect(stdout).toContain('✔ 1 finding fixed (1 error, 0 warnings, 0 infos)');
    const json = JSON.parse((await runCli('check', '--mod', 'MP087', '--format', 'json')).stdout);
    expect(json.fixed.map((f: { address: string }) => f.address)).toEqual(['G3.20(b)']);
    expect(json.introduced).toEqual([]);
  });

  it('writes valid SARIF 2.1.0, with the parallel paragraph as a related location and stable fingerprints', async () => {
    const { stdout } = await runCli('check', '--at', '6.17', '--format', 'sarif');
    const sarif = JSON.parse(stdout);
    const ajv = sarifValidator();
    const valid = ajv.validate(SCHEMA, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'parallel-qualifier');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'clauses/SEC/6.17/G.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 33, startColumn: 114 } });
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(18);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['cross-reference', 'defined-term', 'list-conjunction', 'numbering', 'parallel-qualifier', 'term-variant']);
    const again = JSON.parse((await runCli('check', '--at', '6.17', '--format', 'sarif')).stdout);
    expect(again.runs[0].results[0].partialFingerprints).toEqual(sarif.runs[0].results[0].partialFingerprints);
  });

  it('also refuses SARIF that breaks the schema, formats included (the validation can fail)', async () => {
    const ajv = sarifValidator();
    expect(ajv.validate(SCHEMA, { version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
    const sarif = JSON.parse((await runCli('check', '--at', '6.17', '--format', 'sarif')).stdout);
    sarif.runs[0].tool.driver.informationUri = 'not a URI';
    expect(ajv.validate(SCHEMA, sarif)).toBe(false);
    expect(ajv.errors?.map((e) => e.params)).toContainEqual({ format: 'uri' });
  });

  it('accepts baselined findings, keyed by words not lines, and still fails on new ones', async () => {
    const store = tempCopy('clauses');
    const baseline = join(store, 'baseline.json');
    expect((await runCli('check', '--store', store, '--at', '6.17', '--write-baseline', baseline)).code).toBe(1);
    expect((await runCli('check', '--store', store, '--at', '6.17', '--baseline', baseline)).code).toBe(0);
    // Lines move (a comment above G3.17) but the baselined finding is still the same finding.
    const file = join(store, 'SEC', '6.17', 'G.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('G3.17 Where', '<!-- a note that moves every line below -->\nG3.17 Where'));
    expect((await runCli('check', '--store', store, '--at', '6.17', '--baseline', baseline)).code).toBe(0);
    // A new defect is not in the baseline.
    writeFileSync(file, readFileSync(file, 'utf8').replace('requirements of Section G3.18.', 'requirements of Section G3.99.').replace('extract: true\n', ''));
    const result = await runCli('check', '--store', store, '--at', '6.17', '--baseline', baseline, '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain('cross-reference');
  });

  it('honours an inline suppression on the node below it', async () => {
    const store = tempCopy('clauses');
    const file = join(store, 'SEC', '6.17', 'G.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for', '<!-- secdraft-disable-next-line parallel-qualifier -- invented suppression for a test -->\n- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for'));
    expect((await runCli('check', '--store', store, '--at', '6.17')).code).toBe(0);
  });

  it('reads severities from a config file, and refuses a bad one with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-config-'));
    const config = join(dir, 'secdraft.config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'parallel-qualifier': 'warning' } }));
    expect((await runCli('check', '--at', '6.17', '--config', config)).code).toBe(0);
    writeFileSync(config, JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    const bad = await runCli('check', '--at', '6.17', '--config', config);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown rule 'no-such-rule'");
  });

  it("takes a rule's options, and refuses one it does not take, naming those it does", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-config-'));
    const config = join(dir, 'secdraft.config.json');
    const folder = 'test/fixtures/check/defined-term/invalid/undefined-and-unused';
    const run = async (rules: unknown) => {
      writeFileSync(config, JSON.stringify({ rules }));
      return runCli('check', folder, '--config', config, '--format', 'json');
    };
    const allowed = await run({ 'defined-term': ['warning', { allow: ['Gadget Register'] }] });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).not.toContain('Gadget Register');
    expect((await run({ 'defined-term': 'warning' })).stdout).toContain('Gadget Register');
    for (const [rules, message] of [
      [{ 'defined-term': ['warning', { alow: ['Gadget Register'] }] }, "rule 'defined-term' has no option 'alow' (its options are allow)"],
      [{ 'defined-term': ['warning', { allow: 'Gadget Register' }] }, "rule 'defined-term' option 'allow' is \"Gadget Register\""],
      [{ numbering: ['warning', { allow: [] }] }, "rule 'numbering' has no option 'allow' (it takes no options"],
    ] as const) {
      const bad = await run(rules);
      expect(bad.code, message).toBe(2);
      expect(bad.stderr.trim().split('\n'), message).toHaveLength(1);
      expect(bad.stderr, message).toContain(message);
    }
  });

  it('checks files and folders given as paths', async () => {
    expect((await runCli('check', 'clauses/SEC/6.17/G.md')).code).toBe(1);
    expect((await runCli('check', 'test/fixtures/check/numbering/valid/numeric-order-inserted-and-roman')).code).toBe(0);
    expect((await runCli('check', 'test/fixtures/check/numbering/invalid/gap-order-labels')).code).toBe(1);
  });
});
