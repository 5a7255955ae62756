import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * A store of version 1.0 holding the invented documents of the cross-reference fixture
 * local-numbering: appendices V and Y (numbering: decimal), both with a 1.1, and W in Parts.
 */
function appendixStore(): string {
  const store = mkdtempSync(join(tmpdir(), 'secdraft-show-'));
  const dir = join(store, 'SEC', '1.0');
  mkdirSync(dir, { recursive: true });
  for (const file of ['V.md', 'W.md', 'Y.md']) cpSync(join('test/fixtures/check/cross-reference/valid/local-numbering', file), join(dir, file));
  return store;
}

describe('secdraft show', () => {
  it('prints G3.20 as it stands in 6.17, without the SMETS2+ words', async () => {
    const { code, stdout } = await runCli('show', 'G3.20', '--at', '6.17');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^G3\.20 Each User shall/);
    expect(stdout).toContain('Gas Proxy Function) for which it is the Responsible Supplier,');
    expect(stdout).not.toContain('SMETS2+');
  });

  it('prints G3.20 as MP087 leaves it', async () => {
    const { code, stdout } = await runCli('show', 'G3.20', '--mod', 'MP087');
    expect(code).toBe(0);
    expect(stdout).toContain('Gas Proxy Function which forms part of a SMETS2+ Device) for which');
  });

  it('prints one paragraph by its address', async () => {
    const { code, stdout } = await runCli('show', 'G3.18(a)', '--at', '6.17');
    expect(code).toBe(0);
    expect(stdout).toBe('- (a) wherever it is reasonably practicable to do so notify the manufacturer of the hardware or Device or the developer of the software or firmware (as the case may be);\n');
  });

  it('prints JSON with the source position', async () => {
    const { stdout } = await runCli('show', 'G3.20(b)', '--at', '6.17', '--format', 'json');
    expect(JSON.parse(stdout)).toMatchObject({ type: 'paragraph', address: 'G3.20(b)', position: { file: 'clauses/SEC/6.17/G.md', line: 33, column: 1 } });
  });

  it('exits 2 for an address the version does not hold, and for a bad address', async () => {
    const missing = await runCli('show', 'G9.99', '--at', '6.17');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('holds no G9.99');
    expect((await runCli('show', 'not-an-address')).code).toBe(2);
  });

  it('exits 2 for an unknown version or modification, naming what there is', async () => {
    const result = await runCli('show', 'G3.20', '--at', '9.99');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('known versions: 6.17');
    expect((await runCli('show', 'G3.20', '--mod', 'MP999')).code).toBe(2);
  });

  it('refuses --at with --mod as a usage error', async () => {
    expect((await runCli('show', 'G3.20', '--at', '6.17', '--mod', 'MP087')).code).toBe(2);
  });
});

describe('secdraft show: documents numbered locally (invented appendices)', () => {
  const show = (...args: string[]) => runCli('show', ...args, '--at', '1.0', '--store', appendixStore());

  it('refuses a number two appendices share, in one line naming each one qualified by its document, and writes nothing', async () => {
    const { code, stdout, stderr } = await show('1.1');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual(['1.1 is in 2 documents of SEC 1.0: V:1.1, Y:1.1 (name the document, e.g. secdraft show V:1.1)']);
    // A paragraph that only one of them holds is that one's (V's 1.1 has no (a)).
    expect(await show('1.1(a)')).toMatchObject({ code: 0, stdout: '- (a) that is installed; and\n' });
  });

  it('takes the qualified form: the document (Section id), a colon, the address', async () => {
    expect(await show('V:1.1')).toMatchObject({ code: 0, stdout: '1.1 This Appendix has its own paragraph 1.1, without sub-paragraphs.\n' });
    expect(await show('Y:1.1(b)')).toMatchObject({ code: 0, stdout: '- (b) that is withdrawn,\n' });
    expect(await show('W:Part 2(b)')).toMatchObject({ code: 0, stdout: '- (b) to the DCC.\n' });
  });

  it('finds an address only one document holds without its document', async () => {
    expect(await show('2.3(b)')).toMatchObject({ code: 0, stdout: '- (b) on request, in accordance with Section H1.1.\n' });
  });

  it('exits 2 naming the Sections for an unknown document, and the document for a number it lacks', async () => {
    const unknown = await show('Z:1.1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trimEnd()).toBe('version SEC 1.0 holds no Section Z (name one of its Sections: V, W, Y)');
    const lacking = await show('V:2.3');
    expect(lacking.code).toBe(2);
    expect(lacking.stderr.trimEnd()).toBe("Section V of version SEC 1.0 holds no 2.3 (see 'secdraft list' for what the store holds)");
  });

  it('leaves cross-references inside an appendix resolving in it ("paragraph 2.3(b)" in Y is Y\'s)', async () => {
    const { stdout } = await runCli('check', '--at', '1.0', '--store', appendixStore(), '--format', 'json');
    const references = (JSON.parse(stdout) as Array<{ ruleId: string; severity: string; data?: { reference?: string } }>).filter((f) => f.ruleId === 'cross-reference');
    // Only the reference into Section H, which the store does not hold, cannot be judged.
    expect(references.map((f) => [f.severity, f.data?.reference])).toEqual([['info', 'H1.1']]);
  });

  it('takes the qualified form for the SEC\'s own Sections too', async () => {
    const { code, stdout } = await runCli('show', 'G:G3.20(b)', '--at', '6.17');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^- \(b\) \(where applicable\)/);
    expect((await runCli('show', 'H:G3.20', '--at', '6.17')).code).toBe(2);
  });
});

describe('secdraft list', () => {
  it('lists the extract and MP087 with its metadata', async () => {
    const { code, stdout } = await runCli('list');
    expect(code).toBe(0);
    expect(stdout).toContain('SEC 6.17  Sections G, 5 clauses (extract)');
    expect(stdout).toContain("MP087  'Correction to SEC Section G – User Responsibilities'  against SEC 6.17, legal text 1.0, Fast-Track, White, implemented 2019-11-04");
  });

  it('reads another store with --store', async () => {
    const { code, stdout } = await runCli('list', '--store', 'test/fixtures/store/mod-deletes-missing-clause');
    expect(code).toBe(0);
    expect(stdout).toContain('MP901');
  });
});

describe('secdraft --help', () => {
  it('describes every command and exits 0', async () => {
    const { code, stdout } = await runCli('--help');
    expect(code).toBe(0);
    for (const command of ['list', 'show', 'fmt']) expect(stdout).toContain(`secdraft ${command}`);
  });

  it('exits 2 with no command or an unknown one', async () => {
    expect((await runCli()).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
  });
});
