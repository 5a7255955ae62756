/** What reaches the command boundary becomes one line and exit 3, whatever it was. */
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/cli/describe-failure.js';

function systemError(code: string, syscall: string, path?: string): Error {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${path}'`), { code, syscall, path });
}

describe('describeFailure', () => {
  it('names the path, says what happened and what to do, for each errno class', () => {
    const cases: [string, string, RegExp][] = [
      ['EACCES', 'open', /permission denied \(.+\)$/],
      ['EROFS', 'open', /read-only file system \(.+\)$/],
      ['ENOSPC', 'write', /no space left on the device \(.+\)$/],
      ['EISDIR', 'rename', /is a folder.+\(.+\)$/],
      ['ENOTDIR', 'open', /is a file.+folder is needed \(.+\)$/],
      ['EEXIST', 'open', /already exists \(.+\)$/],
      ['ENOENT', 'open', /no such file or folder \(.+\)$/],
    ];
    for (const [code, syscall, what] of cases) {
      const failure = describeFailure(systemError(code, syscall, 'out/x.md'));
      expect(failure.code, code).toBe(3);
      expect(failure.line, code).toMatch(/^out\/x\.md: /);
      expect(failure.line, code).toMatch(what);
    }
  });

  it("reads mkdir's EEXIST as a file standing where a folder is needed", () => {
    expect(describeFailure(systemError('EEXIST', 'mkdir', 'out')).line).toMatch(/^out: is a file.+folder is needed/);
  });

  it('an errno it has no words for still gets one line with the code and the call', () => {
    expect(describeFailure(systemError('ESTALE', 'open', 'nfs/x.md')).line).toBe(
      'nfs/x.md: ESTALE from open (run again; if it persists, check the disk)',
    );
  });

  it('memory and stack exhaustion are resource failures, exit 3', () => {
    const failure = describeFailure(new RangeError('Maximum call stack size exceeded'));
    expect(failure.code).toBe(3);
    expect(failure.line).toMatch(/^secdraft: ran out of resources/);
  });

  it("anything else is secdraft's own fault: one line, exit 3, the way to the trace", () => {
    const failure = describeFailure(new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (a.js:1:1)"));
    expect(failure).toEqual({
      code: 3,
      line: "secdraft: internal error: Cannot read properties of undefined (reading 'x') (please report it; SECDRAFT_DEBUG=1 prints the trace)",
    });
  });
});
