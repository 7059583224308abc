import { isFatal, type ClientSnapshot } from '@parley/sdk/client';
import { useState } from 'preact/hooks';
import { Cross } from './Cross.tsx';
import type { Translate } from './types.ts';

const SHOWN_ERRORS = new Set(['rate_limited', 'payload_too_large', 'conversation_closed']);

interface ConnectionBannerProps {
  status: ClientSnapshot['status'];
  /** Cleared by the client once an action is acknowledged again. */
  error: ClientSnapshot['lastError'];
  t: Translate;
  onDismiss: () => void;
}

/**
 * Connection state as a polite status line (connecting / reconnecting / offline) and problems worth
 * telling the customer as an alert, which they can dismiss. Both regions always exist, so changes
 * are announced; the dismiss button sits outside the alert, so it is not read out with it.
 */
export function ConnectionBanner({ status, error, t, onDismiss }: ConnectionBannerProps) {
  // The error the customer dismissed; the next one (a new object) shows again.
  const [dismissed, dismiss] = useState<ClientSnapshot['lastError']>();
  const fatal = error !== undefined && isFatal(error);
  const line =
    status === 'offline' ? t(fatal ? 'error.unavailable' : 'status.offline') : status === 'connecting' || status === 'reconnecting' ? t(`status.${status}`) : '';
  const alert = error && !fatal && error !== dismissed ? t(SHOWN_ERRORS.has(error.code) ? `error.${error.code}` : 'error.generic') : '';
  return (
    <>
      <div class="banner" role="status" data-status={status}>
        {line}
      </div>
      <div class="alert">
        <span role="alert">{alert}</span>
        {alert && (
          <button
            type="button"
            class="close"
            aria-label={t('error.dismiss')}
            onClick={() => {
              dismiss(error);
              onDismiss();
            }}
          >
            <Cross />
          </button>
        )}
      </div>
    </>
  );
}
