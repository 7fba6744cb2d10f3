import { useState, type FormEvent } from 'react';
import type { PageConfig } from '../../src/explorer-page';
import { describeToken, normaliseToken } from './session';

/**
 * Signing in: paste a bearer token; in development only (the page says so in `devSignIn`), pick a demo user whose
 * token the gateway mints with the local development key.
 */
export function SignIn({ token, devSignIn, onToken }: { token: string; devSignIn: PageConfig['devSignIn']; onToken: (token: string) => void }) {
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState('');
  if (token) {
    return (
      <div className="sign-in" role="status">
        <span>Signed in as {describeToken(token) ?? 'an unreadable token'}</span>
        <button type="button" onClick={() => onToken('')}>Sign out</button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = normaliseToken(pasted);
    if (value.split('.').length !== 3) return setProblem('A token has three parts separated by dots');
    setProblem('');
    onToken(value);
  };
  const mint = async (subject: string) => {
    const response = await fetch(devSignIn!.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subject }) });
    const body = (await response.json()) as { token?: string; error?: string };
    if (body.token) onToken(body.token);
    else setProblem(body.error ?? `HTTP ${response.status}`);
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <input aria-label="Bearer token" placeholder="Paste a bearer token" value={pasted} onChange={(event) => setPasted(event.target.value)} autoComplete="off" spellCheck={false} />
      <button type="submit">Sign in</button>
      {devSignIn && (
        <select aria-label="Demo user (development)" value="" onChange={(event) => event.target.value && void mint(event.target.value)}>
          <option value="">Development: sign in as a demo user…</option>
          {devSignIn.users.map((user) => (
            <option key={user.subject} value={user.subject}>{user.description}</option>
          ))}
        </select>
      )}
      {problem && <span className="problem" role="alert">{problem}</span>}
    </form>
  );
}
