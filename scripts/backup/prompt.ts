import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Reads a secret from the terminal without echoing it. */
export function askSecret(question: string): Promise<string> {
  if (!process.stdin.isTTY) return Promise.reject(new Error(`${question.trim()} is needed: set it in the environment or run this in a terminal.`));
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
