/// <reference types="node" />
import { createHash, randomBytes } from 'node:crypto';

/**
 * A new REST API key and the SHA-256 to put in the tenants file (`apiKeys[].sha256`). The key is shown
 * once; Parley stores only the hash. 32 random bytes make a slow password hash unnecessary.
 *
 * @example
 * import { generateApiKey } from '@parley/sdk/node';
 * const { key, sha256 } = generateApiKey();   // give `key` to the back end, `sha256` to the config
 */
export function generateApiKey(): { key: string; sha256: string } {
  const key = `pk_${randomBytes(32).toString('base64url')}`;
  return { key, sha256: hashApiKey(key) };
}

/**
 * The hex SHA-256 under which a key is configured.
 * @example hashApiKey(process.env.PARLEY_API_KEY!) // compare with apiKeys[].sha256 in the tenants file
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
