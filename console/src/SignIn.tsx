import { useState } from 'preact/hooks';
import type { AgentSession } from '@parley/sdk/protocol';
import { signIn } from './api.ts';

export function SignIn({ onSignedIn }: { onSignedIn: (session: AgentSession) => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await signIn(String(form.get('tenant')), String(form.get('username')), String(form.get('password'))));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="sign-in" onSubmit={submit}>
      <h1>Agent console</h1>
      <label>
        Broker <input name="tenant" required defaultValue={new URLSearchParams(location.search).get('tenant') ?? 'demo'} />
      </label>
      <label>
        Username <input name="username" required autoComplete="username" />
      </label>
      <label>
        Password <input name="password" type="password" required autoComplete="current-password" />
      </label>
      {error && <p role="alert" class="error">{error}</p>}
      <button type="submit" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
