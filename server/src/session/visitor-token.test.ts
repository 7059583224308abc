import { describe, expect, it } from 'vitest';
import { visitorTokens } from './visitor-token.ts';

describe('visitorTokens', () => {
  const tokens = visitorTokens('s3cret');

  it('verifies its own tokens for the same tenant only', () => {
    const { token, visitorId } = tokens.issue('demo');
    expect(tokens.verify('demo', token)).toBe(visitorId);
    expect(tokens.verify('other', token)).toBeUndefined();
  });

  it('refuses forged, tampered and malformed tokens', () => {
    const { token } = tokens.issue('demo');
    expect(visitorTokens('another-secret').verify('demo', token)).toBeUndefined();
    expect(tokens.verify('demo', token.slice(0, -2) + 'xx')).toBeUndefined();
    expect(tokens.verify('demo', 'demo.not-a-uuid.sig')).toBeUndefined();
    expect(tokens.verify('demo', '')).toBeUndefined();
  });
});
