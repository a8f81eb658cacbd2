import { ApiError, getJson } from "./api.ts";
import { el, table } from "./dom.ts";

/** A demo identity: a name and the bearer token `make demo` printed for it. */
interface Identity {
  label: string;
  token: string;
}

/** One entry of GET /v1/clients/{subject}/timeline. */
interface TimelineEntry {
  eventId: string;
  eventType: string;
  occurredAt: string;
  publisher: string;
  financingDomain: string | null;
  access?: {
    kind: "OWN_DATA" | "CONSENT" | "BREAK_GLASS";
    consentId?: string;
    relationship?: string;
    breakGlassId?: string;
  };
}

/** One entry of GET /v1/clients/{subject}/access-log. */
interface AccessLogEntry {
  sequence: number;
  at: string;
  userId: string;
  organisation: string;
  purpose: string;
  legalBasis: string;
  emergency: boolean;
  /** The verified roles the user acted with; null on entries logged before roles were recorded. */
  role: string | null;
  objects: { kind: string; ids: string[] };
}

const basisText: Record<string, string> = {
  OWN_DATA: "own organisation's record",
  CONSENT: "client's consent + care relationship",
  BREAK_GLASS: "emergency access (break-glass)",
};

const storageKey = "bz-identities";
const loadIdentities = (): Identity[] => JSON.parse(sessionStorage.getItem(storageKey) ?? "[]") as Identity[];

/** The client timeline viewer (professionals): pick an identity and a client; see what they may see. */
export function mountTimeline(root: HTMLElement): () => void {
  let identities = loadIdentities();
  const viewer = el("select", { id: "timeline-identity" });
  const auditor = el("select", { id: "log-identity" });
  const subject = el("input", {
    id: "timeline-subject",
    size: "60",
    value: sessionStorage.getItem("bz-subject") ?? "",
    placeholder: "the client's pseudonym",
  });
  const newLabel = el("input", { id: "identity-label", placeholder: "e.g. Trajekt social worker" });
  const newToken = el("input", { id: "identity-token", type: "password", autocomplete: "off" });
  const timelineBox = el(
    "section",
    { class: "card", "aria-labelledby": "timeline-heading" },
    el("h2", { id: "timeline-heading" }, "What this professional sees"),
  );
  const logBox = el(
    "section",
    { class: "card", "aria-labelledby": "log-heading" },
    el("h2", { id: "log-heading" }, "The client's access log"),
  );
  const reason = el("textarea", { id: "break-glass-reason", rows: "2", cols: "60" });
  const breakGlassOutcome = el("p", { role: "status", "aria-live": "polite" });

  const fillSelects = () => {
    for (const select of [viewer, auditor]) {
      const chosen = select.value;
      select.replaceChildren(
        ...identities.map((identity, i) =>
          el("option", { value: String(i), selected: String(i) === chosen }, identity.label),
        ),
      );
    }
  };
  const tokenOf = (select: HTMLSelectElement) => identities[Number(select.value)]?.token;
  const headers = (select: HTMLSelectElement): Record<string, string> => {
    const token = tokenOf(select);
    return token === undefined ? {} : { authorization: `Bearer ${token}` };
  };
  const problem = (error: unknown) =>
    error instanceof ApiError ? `${error.problem.title}: ${error.problem.detail}` : String(error);

  const show = async () => {
    const client = subject.value.trim();
    sessionStorage.setItem("bz-subject", client);
    if (client === "") return;
    const path = `/v1/clients/${encodeURIComponent(client)}`;
    try {
      const answer = await getJson<{
        entries: TimelineEntry[];
        breakGlass?: { expiresAt: string; reason: string } | null;
      }>(`${path}/timeline?limit=200`, { headers: headers(viewer) });
      timelineBox.replaceChildren(
        el(
          "h2",
          { id: "timeline-heading" },
          `What ${identities[Number(viewer.value)]?.label ?? "this professional"} sees`,
        ),
        ...(answer.breakGlass
          ? [
              el(
                "p",
                { class: "error" },
                `Emergency access open until ${answer.breakGlass.expiresAt}: ${answer.breakGlass.reason}`,
              ),
            ]
          : []),
        table(
          `${answer.entries.length} entries, newest first`,
          ["when", "event", "publisher", "financing", "basis"],
          answer.entries.map((e) => [
            new Date(e.occurredAt).toLocaleDateString("nl-NL"),
            e.eventType,
            e.publisher,
            e.financingDomain ?? "–",
            e.access === undefined
              ? "own organisation's record"
              : `${basisText[e.access.kind] ?? e.access.kind}${e.access.consentId ? ` (${e.access.consentId})` : ""}`,
          ]),
        ),
      );
    } catch (error) {
      timelineBox.replaceChildren(
        el("h2", { id: "timeline-heading" }, "What this professional sees"),
        el("p", { class: "error", role: "alert" }, problem(error)),
      );
    }
    try {
      const log = await getJson<{ entries: AccessLogEntry[] }>(`${path}/access-log?limit=100`, {
        headers: headers(auditor),
      });
      logBox.replaceChildren(
        el("h2", { id: "log-heading" }, "The client's access log"),
        table(
          "Who looked, why and on which basis (oldest first)",
          ["#", "when", "who", "role", "purpose", "basis", "emergency"],
          log.entries.map((e) => [
            e.sequence,
            new Date(e.at).toLocaleString("nl-NL"),
            `${e.userId} (${e.organisation})`,
            e.role ?? "",
            e.purpose,
            e.legalBasis,
            e.emergency ? "yes" : "no",
          ]),
          [0],
        ),
      );
    } catch (error) {
      logBox.replaceChildren(
        el("h2", { id: "log-heading" }, "The client's access log"),
        el("p", { class: "error", role: "alert" }, problem(error)),
      );
    }
  };

  const breakGlass = async () => {
    try {
      await getJson(`/v1/clients/${encodeURIComponent(subject.value.trim())}/break-glass`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers(viewer) },
        body: JSON.stringify({ reason: reason.value.trim() }),
      });
      breakGlassOutcome.className = "notice";
      breakGlassOutcome.textContent =
        "Emergency access opened; it is logged and reviewed by your privacy officer.";
      await show();
    } catch (error) {
      breakGlassOutcome.className = "error";
      breakGlassOutcome.textContent = problem(error);
    }
  };

  const addIdentity = () => {
    if (newLabel.value.trim() === "" || newToken.value.trim() === "") return;
    identities = [...identities, { label: newLabel.value.trim(), token: newToken.value.trim() }];
    sessionStorage.setItem(storageKey, JSON.stringify(identities));
    newLabel.value = "";
    newToken.value = "";
    fillSelects();
  };

  fillSelects();
  viewer.addEventListener("change", () => void show());
  root.append(
    el("h1", {}, "Client timeline"),
    el(
      "p",
      { class: "lede" },
      "Pick a professional and a client: the timeline shows exactly what consent and the care relationship allow, with the basis of each entry. Every read is access-logged.",
    ),
    el(
      "details",
      { class: "card" },
      el("summary", {}, "Add a demo identity (token printed by make demo)"),
      el(
        "div",
        { class: "row" },
        el("label", { for: "identity-label" }, "Name", newLabel),
        el("label", { for: "identity-token" }, "Bearer token", newToken),
        el("button", { type: "button", onclick: addIdentity }, "Add"),
      ),
    ),
    el(
      "div",
      { class: "row" },
      el("label", { for: "timeline-identity" }, "Viewing as", viewer),
      el("label", { for: "timeline-subject" }, "Client (pseudonym)", subject),
      el("label", { for: "log-identity" }, "Access log read as (client or privacy officer)", auditor),
      el("button", { type: "button", onclick: () => void show() }, "Show"),
    ),
    el("div", { class: "grid" }, timelineBox, logBox),
    el(
      "section",
      { class: "card", "aria-labelledby": "break-glass-heading" },
      el("h2", { id: "break-glass-heading" }, "Emergency access (break-glass)"),
      el(
        "p",
        { class: "status-line" },
        "Only with a current care relationship; the reason is logged and reviewed.",
      ),
      el("label", { for: "break-glass-reason" }, "Reason for emergency access", reason),
      el("button", { type: "button", onclick: () => void breakGlass() }, "Open emergency access"),
      breakGlassOutcome,
    ),
  );
  void show();
  return () => undefined;
}
