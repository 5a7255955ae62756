import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(stderrIsTTY: boolean) {
  let stderr = '';
  const code = await main(['diff', '6.17', 'MP087'], { stdout: () => {}, stderr: (t) => void (stderr += t), env: {}, isTTY: false, stderrIsTTY });
  return { code, stderr };
}

describe('progress on standard error', () => {
  it('shows steps on a terminal and clears the line', async () => {
    const { stderr } = await run(true);
    expect(stderr).toContain('comparing…');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('says nothing when piped', async () => {
    expect((await run(false)).stderr).toBe('');
  });
});
