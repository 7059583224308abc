import { isFatal, type ClientSnapshot } from '@parley/sdk/client';
import type { Translate } from './types.ts';

const SHOWN_ERRORS = new Set(['rate_limited', 'payload_too_large', 'conversation_closed']);

/**
 * Connection state as a polite status line (connecting / reconnecting / offline) and problems worth
 * telling the customer as an alert. Both regions always exist, so changes are announced.
 */
export function ConnectionBanner({ status, error, t }: { status: ClientSnapshot['status']; error: ClientSnapshot['lastError']; t: Translate }) {
  const fatal = error !== undefined && isFatal(error);
  const line =
    status === 'offline' ? t(fatal ? 'error.unavailable' : 'status.offline') : status === 'connecting' || status === 'reconnecting' ? t(`status.${status}`) : '';
  const alert = error && !fatal ? t(SHOWN_ERRORS.has(error.code) ? `error.${error.code}` : 'error.generic') : '';
  return (
    <>
      <div class="banner" role="status" data-status={status}>
        {line}
      </div>
      <div class="alert" role="alert">
        {alert}
      </div>
    </>
  );
}
