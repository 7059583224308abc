import { runNluCli as runIntentCli } from './intent/index.ts';
import { runLanguageEval } from './language/eval.ts';

/**
 * `parley nlu …`: intent training and evaluation (BANKING77 CSV, CLINC150 JSON, our JSONL), and
 * `parley nlu eval --task language --data file.jsonl` for language identification.
 */
export async function runNluCli(argv: string[]): Promise<number> {
  const taskAt = argv.indexOf('--task');
  const task = taskAt >= 0 ? argv[taskAt + 1] : 'intent';
  const rest = taskAt >= 0 ? [...argv.slice(0, taskAt), ...argv.slice(taskAt + 2)] : argv;
  if (task === 'language') {
    const dataAt = rest.indexOf('--data');
    const file = dataAt >= 0 ? rest[dataAt + 1] : undefined;
    if (rest[0] !== 'eval' || !file) {
      console.log('Usage: parley nlu eval --task language --data messages.jsonl   (lines: {"text": "...", "lang": "de"})');
      return 2;
    }
    await runLanguageEval(file);
    return 0;
  }
  if (task !== 'intent') {
    console.log(`Unknown --task ${task}: use intent (default) or language`);
    return 2;
  }
  return runIntentCli(rest);
}
