import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIntentClassifier } from './classifier.ts';
import { runNluCli } from './cli.ts';
import { SYNTHETIC_INTENTS } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-nlu-cli-'));
const data = join(dir, 'intents.jsonl');
writeFileSync(data, SYNTHETIC_INTENTS.map((e) => JSON.stringify(e)).join('\n'));

describe('runNluCli', () => {
  it('trains a model file that loads, then evaluates it', async () => {
    const out = join(dir, 'model.json');
    const lines: string[] = [];
    expect(await runNluCli(['train', '--data', data, '--out', out], (l) => lines.push(l))).toBe(0);
    expect(loadIntentClassifier(JSON.parse(readFileSync(out, 'utf8'))).intents).toHaveLength(4);
    lines.length = 0;
    expect(await runNluCli(['eval', '--data', data, '--model', out], (l) => lines.push(l))).toBe(0);
    const report = lines.join('\n');
    expect(report).toMatch(/accuracy\s+\d+\.\d\d%/);
    expect(report).toMatch(/macro-F1/);
    expect(report).toMatch(/p99 \d/);
  });

  it('evaluates on a held-out split when no model is given', async () => {
    const lines: string[] = [];
    expect(await runNluCli(['eval', '--data', data], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/examples\s+12\b/);
  });

  it('prints usage and exits 2 on bad arguments', async () => {
    const lines: string[] = [];
    expect(await runNluCli(['train', '--data', data], (l) => lines.push(l))).toBe(2);
    expect(await runNluCli(['frobnicate'], (l) => lines.push(l))).toBe(2);
    expect(await runNluCli(['eval', '--nope'], (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/usage:/);
  });
});
