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
  if (!response.ok) throw errorOf(response, body);
  return body;
}

/** The ApiError of a refused answer, from its problem+json body (or its status alone). */
function errorOf(response: Response, body: Partial<Problem>): ApiError {
  return new ApiError({
    status: response.status,
    title: body.title ?? response.statusText,
    detail: body.detail ?? `HTTP ${response.status}`,
    code: body.code ?? "HTTP_ERROR",
  });
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

/** One server-sent event: its name (`message` when unnamed) and its data lines joined. */
export interface StreamEvent {
  event: string;
  data: string;
}

/**
 * Reads a server-sent event stream with fetch, so it can carry the Authorization header that
 * EventSource cannot send. Resolves when the stream ends or `signal` aborts; a refusal before the
 * stream opens throws the API's problem as an ApiError.
 */
export async function readEventStream(
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const response = await fetch(url, {
    headers: { accept: "text/event-stream", ...init.headers },
    signal: init.signal,
  });
  if (!response.ok || response.body === null) {
    throw errorOf(response, (await response.json().catch(() => ({}))) as Partial<Problem>);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch((error: unknown) => {
      if (init.signal.aborted) return { value: undefined, done: true as const };
      throw error;
    });
    if (done) return;
    buffer += value;
    // Events end with a blank line; a partial event waits in the buffer for the rest.
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length > 0) onEvent({ event, data: data.join("\n") });
    }
  }
}
