/**
 * Prints the bcrypt hash to put in a tenant's `agents[].passwordHash`; the password is read from
 * standard input so it never appears in the shell history:
 *
 *   printf '%s' 'the password' | node --import tsx server/src/agents/hash-password.ts
 */
import bcrypt from 'bcryptjs';
import { text } from 'node:stream/consumers';

/** Cost 12: about a quarter of a second per sign-in in plain JavaScript, slow enough against guessing. */
export const BCRYPT_COST = 12;

if (import.meta.url === `file://${process.argv[1]}`) {
  const password = (await text(process.stdin)).replace(/\r?\n$/, '');
  if (!password) throw new Error('Give the password on standard input');
  console.log(await bcrypt.hash(password, BCRYPT_COST));
}
