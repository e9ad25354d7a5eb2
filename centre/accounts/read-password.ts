/**
 * The password of an account added on the command line: from ADMIN_PASSWORD (scripts), from
 * stdin when it is piped (`printf '%s\n' "$pw" | npm run centre -- admin-account add …`), or
 * asked for twice at a terminal without echoing it. Never from a flag, which would stay in the
 * shell's history and show in the process list.
 */
import { createInterface } from 'node:readline';
import { ConfigError } from '../config';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed after the question.
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    out._writeToOutput = (s: string) => {
      if (!asked) {
        process.stdout.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      process.stdout.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}

export async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.ADMIN_PASSWORD) return env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) return (await readAll(process.stdin)).split(/\r?\n/)[0] ?? '';
  const first = await ask('Password (at least 10 characters): ');
  const again = await ask('Again: ');
  if (first !== again) throw new ConfigError('The two passwords differ; nothing was added.');
  return first;
}
