/**
 * The bearer token of this browser tab: kept in sessionStorage (gone when the tab closes, never in localStorage with
 * GraphiQL's saved tabs), sent as `Authorization` with every request the explorer makes.
 */
const key = 'explorer.token';

export const readToken = (): string => sessionStorage.getItem(key) ?? '';

export function writeToken(token: string): void {
  if (token) sessionStorage.setItem(key, token);
  else sessionStorage.removeItem(key);
}

/** `Bearer x` or `x` as pasted → `x`. */
export const normaliseToken = (pasted: string): string => pasted.trim().replace(/^Bearer\s+/i, '');

/** Who a token says it is (its unverified claims, for display only; the gateway verifies it). */
export function describeToken(token: string): string | undefined {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; agency?: string; roles?: string[] };
    return `${payload.sub ?? '?'} (${payload.agency ?? '?'}: ${(payload.roles ?? []).join(', ')})`;
  } catch {
    return undefined;
  }
}
