import type { ClientSnapshot } from '@parley/sdk/client';
import { useEffect, useState } from 'preact/hooks';
import type { ChatClient } from '../connection/connection.ts';

/** Re-renders on every client change. */
export function useSnapshot(client: ChatClient): ClientSnapshot {
  const [snapshot, setSnapshot] = useState(() => client.snapshot());
  useEffect(() => {
    setSnapshot(client.snapshot());
    return client.on('change', setSnapshot);
  }, [client]);
  return snapshot;
}
