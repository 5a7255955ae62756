import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

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
