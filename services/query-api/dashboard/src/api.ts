/** A problem+json answer, as the API sends it. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
  code: string;
}

/** An answer that was not 2xx, carrying the API's problem. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
    this.problem = problem;
  }
}

/** Fetches JSON from the API; a problem+json answer becomes an ApiError with its detail. */
export async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  const body = (await response.json().catch(() => ({}))) as T & Partial<Problem>;
  if (!response.ok) {
    throw new ApiError({
      status: response.status,
      title: body.title ?? response.statusText,
      detail: body.detail ?? `HTTP ${response.status}`,
      code: body.code ?? "HTTP_ERROR",
    });
  }
  return body;
}

/** Which credential: the ops page's, the analyst pages', or the professional's. */
export type CredentialRole = "ops" | "analyst" | "professional";

/** The bearer token the user gave on this tab for `role` (kept for the tab only, never in localStorage). */
export function bearerToken(role: CredentialRole): string | undefined {
  return sessionStorage.getItem(`bz-token-${role}`) ?? undefined;
}

/** Keeps or forgets the tab's bearer token for `role`. */
export function setBearerToken(role: CredentialRole, token: string): void {
  if (token === "") sessionStorage.removeItem(`bz-token-${role}`);
  else sessionStorage.setItem(`bz-token-${role}`, token);
}

/** The Authorization header for `role`, when the user gave a token. */
export function authorization(role: CredentialRole): Record<string, string> {
  const token = bearerToken(role);
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}
