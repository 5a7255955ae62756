/**
 * The checker's precision on real text: every warning and error on the real texts, judged by the
 * reviewed expectations file. Used by real-text.test.ts, and run on its own it prints the figures:
 * `npx tsx test/real-text/precision.ts` (per text and rule, useful/false counts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Version } from '../../src/model/clause-tree.js';
import { haveLicences, judgedFindings, loadLicences, loadSeed, type ExpectedFinding } from './real-texts.js';

export const EXPECTATIONS = 'test/real-text/expectations.json';

/** The reviewed findings, by text. */
export function readExpectations(): Record<string, ExpectedFinding[]> {
  return (JSON.parse(readFileSync(EXPECTATIONS, 'utf8')) as { texts: Record<string, ExpectedFinding[]> }).texts;
}

/** What the checker found on one text, against what the reviewers expect. */
export interface TextResult {
  readonly text: string;
  /** Findings not in the expectations file: unreviewed, so a new false alarm until judged. */
  readonly unreviewed: string[];
  /** Findings judged useful that the checker no longer finds. */
  readonly lost: string[];
  /** Per rule, the findings judged useful and not. */
  readonly byRule: Map<string, { useful: number; useless: number }>;
}

export function judge(versions: ReadonlyMap<string, Version>, expectations: Record<string, ExpectedFinding[]>): TextResult[] {
  const results: TextResult[] = [];
  for (const [text, version] of versions) {
    const expected = new Map((expectations[text] ?? []).map((e) => [`${e.rule} ${e.messageId} ${e.address} ${JSON.stringify(e.data)}`, e]));
    const found = judgedFindings(version);
    const keys = new Set(found.map((f) => f.key));
    const byRule = new Map<string, { useful: number; useless: number }>();
    const unreviewed: string[] = [];
    for (const f of found) {
      const e = expected.get(f.key);
      if (!e) unreviewed.push(`${f.key}: ${f.message}`);
      const counts = byRule.get(f.ruleId) ?? { useful: 0, useless: 0 };
      if (e?.useful) counts.useful++;
      else counts.useless++;
      byRule.set(f.ruleId, counts);
    }
    const lost = [...expected.values()].filter((e) => e.useful && !keys.has(`${e.rule} ${e.messageId} ${e.address} ${JSON.stringify(e.data)}`)).map((e) => `${e.rule} ${e.messageId} ${e.address} ${JSON.stringify(e.data)}`);
    results.push({ text, unreviewed, lost, byRule });
  }
  return results;
}

/** Every real text as a version: the licences (converted into `dir`) and the seed. */
export function realVersions(dir: string): Map<string, Version> {
  return new Map([...loadLicences(dir), ...loadSeed()]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!haveLicences()) {
    console.log('no licences in /usr/share/common-licenses: nothing to measure');
    process.exit(0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-real-'));
  try {
    const results = judge(realVersions(dir), readExpectations());
    const total = new Map<string, { useful: number; useless: number }>();
    console.log('text\trule\tuseful\tfalse');
    for (const r of results) {
      for (const [rule, c] of r.byRule) {
        console.log(`${r.text}\t${rule}\t${c.useful}\t${c.useless}`);
        const t = total.get(rule) ?? { useful: 0, useless: 0 };
        total.set(rule, { useful: t.useful + c.useful, useless: t.useless + c.useless });
      }
      if (r.byRule.size === 0) console.log(`${r.text}\t(none)\t0\t0`);
      for (const u of r.unreviewed) console.log(`  unreviewed: ${u}`);
      for (const l of r.lost) console.log(`  lost: ${l}`);
    }
    let useful = 0;
    let all = 0;
    for (const [rule, c] of total) {
      console.log(`all texts\t${rule}\t${c.useful}\t${c.useless}`);
      useful += c.useful;
      all += c.useful + c.useless;
    }
    console.log(`precision: ${useful}/${all} useful${all ? ` (${((100 * useful) / all).toFixed(1)}%)` : ''}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
