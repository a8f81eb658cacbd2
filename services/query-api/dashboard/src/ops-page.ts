import * as echarts from "echarts";
import { ApiError, bearerToken, getJson, readEventStream, setBearerToken } from "./api.ts";
import { downloadCsv, el, formatNumber, table } from "./dom.ts";

/** GET /v1/ops/status, as the query API documents it. */
interface OpsStatus {
  at: string;
  partners: {
    partner: string;
    topic: string;
    received: number;
    recorded: number;
    lag: number;
    receivedPerSecond: number | null;
    recordedPerSecond: number | null;
    deadLetters: number;
  }[];
  partitions: {
    partner: string;
    topic: string;
    partition: number;
    end: number;
    committed: number;
    lag: number;
  }[];
  deadLetters: {
    partner: string;
    reason: string;
    count: number;
    samples: {
      partition: number;
      offset: string;
      error: string;
      originalTopic: string;
      originalPartition: number;
      originalOffset: string;
      failedAt: string;
    }[];
  }[];
  projections: {
    name: string;
    checkpoint: number | null;
    head: number | null;
    lag: number | null;
    updatedAt: string | null;
  }[];
  components: { name: string; status: "up" | "down" }[];
}

/** The ops page: live through server-sent events read with the ops credential; returns its clean-up. */
export function mountOps(root: HTMLElement): () => void {
  const live = el("p", { class: "status-line", role: "status", "aria-live": "polite" }, "connecting…");
  const body = el("div", { id: "ops-body" });
  const tokenInput = el("input", {
    id: "ops-token",
    type: "password",
    autocomplete: "off",
    value: bearerToken("ops") ?? "",
    "aria-describedby": "ops-token-help",
  });
  const connect = el("button", { type: "button" }, "Connect");
  const outcome = el("p", { role: "status", "aria-live": "polite" });
  root.append(
    el("h1", {}, "Ops: the pipelines"),
    el(
      "p",
      { class: "lede" },
      "Throughput, lag, dead letters, projections and health of every part, refreshed every two seconds.",
    ),
    el(
      "section",
      { class: "card wide", "aria-labelledby": "ops-credential" },
      el("h2", { id: "ops-credential" }, "Ops credential"),
      el(
        "div",
        { class: "row" },
        el("label", { for: "ops-token" }, "Bearer token (ops role)", tokenInput),
        connect,
      ),
      el(
        "p",
        { id: "ops-token-help", class: "status-line" },
        "The status, its stream and the replay all need a staff token with the OPS role. Kept for this browser tab only; `make demo` prints one.",
      ),
      outcome,
    ),
    live,
    body,
  );

  let chart: echarts.ECharts | undefined;
  const render = (status: OpsStatus) => {
    const received = status.partners.reduce((sum, p) => sum + (p.receivedPerSecond ?? 0), 0);
    const lag = status.partners.reduce((sum, p) => sum + p.lag, 0);
    const letters = status.partners.reduce((sum, p) => sum + p.deadLetters, 0);
    const up = status.components.filter((c) => c.status === "up").length;
    const chartBox = el("div", {
      class: "chart",
      role: "img",
      "aria-label": "Records per second per partner: received and recorded",
    });
    const replay = async (partner: string, reason: string, button: HTMLButtonElement) => {
      button.disabled = true;
      outcome.textContent = `replaying ${partner} ${reason}…`;
      try {
        const token = tokenInput.value.trim();
        const answer = await getJson<{ replayed: number }>("/v1/ops/dead-letters/replay", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(token === "" ? {} : { authorization: `Bearer ${token}` }),
          },
          body: JSON.stringify({ partner, reason }),
        });
        outcome.className = "notice";
        outcome.textContent = `${answer.replayed} dead letter(s) of ${partner} with reason ${reason} sent back to ${partner}'s topic; the recorder judges them again.`;
      } catch (error) {
        outcome.className = "error";
        outcome.textContent =
          error instanceof ApiError ? `Replay refused: ${error.problem.detail}` : String(error);
      } finally {
        button.disabled = false;
      }
    };
    // A refresh must not take the keyboard focus or close what the user opened.
    const focused = document.activeElement?.id;
    const opened = [...body.querySelectorAll("details[open]")].map((d) => d.id);
    body.replaceChildren(
      el(
        "div",
        { class: "kpis" },
        kpi("Records in per second", formatNumber(received, 1), "ops-kpi-rate"),
        kpi("Recorder lag (records)", formatNumber(lag), "ops-kpi-lag"),
        kpi("Dead letters", formatNumber(letters), "ops-kpi-dead-letters"),
        kpi("Components up", `${up} of ${status.components.length}`, "ops-kpi-up"),
      ),
      el(
        "div",
        { class: "grid" },
        el(
          "section",
          { class: "card", "aria-labelledby": "ops-health" },
          el("h2", { id: "ops-health" }, "Health"),
          table(
            "Readiness of each component",
            ["component", "status"],
            status.components.map((c) => [
              c.name,
              el("span", { class: `badge ${c.status}` }, c.status === "up" ? "up" : "down"),
            ]),
          ),
        ),
        el(
          "section",
          { class: "card", "aria-labelledby": "ops-throughput" },
          el("h2", { id: "ops-throughput" }, "Throughput per partner"),
          chartBox,
        ),
        el(
          "section",
          { class: "card wide", "aria-labelledby": "ops-partners" },
          el("h2", { id: "ops-partners" }, "Partners"),
          el(
            "button",
            {
              class: "secondary",
              type: "button",
              onclick: () =>
                downloadCsv(
                  "ops-partners.csv",
                  [
                    "partner",
                    "topic",
                    "received",
                    "recorded",
                    "lag",
                    "received_per_s",
                    "recorded_per_s",
                    "dead_letters",
                  ],
                  status.partners.map((p) => [
                    p.partner,
                    p.topic,
                    p.received,
                    p.recorded,
                    p.lag,
                    p.receivedPerSecond,
                    p.recordedPerSecond,
                    p.deadLetters,
                  ]),
                ),
            },
            "Download CSV",
          ),
          table(
            "Records per partner topic",
            ["partner", "topic", "received", "recorded", "lag", "in / s", "recorded / s", "dead letters"],
            status.partners.map((p) => [
              p.partner,
              el("code", {}, p.topic),
              formatNumber(p.received),
              formatNumber(p.recorded),
              formatNumber(p.lag),
              formatNumber(p.receivedPerSecond, 1),
              formatNumber(p.recordedPerSecond, 1),
              formatNumber(p.deadLetters),
            ]),
            [2, 3, 4, 5, 6, 7],
          ),
        ),
        el(
          "section",
          { class: "card wide", "aria-labelledby": "ops-dead-letters" },
          el("h2", { id: "ops-dead-letters" }, "Dead letters by reason"),
          el(
            "p",
            { class: "status-line" },
            "A record the recorder could not accept waits in its partner's dead-letter topic with the reason; after the cause is fixed, replay sends it back. Keys and contents are not shown.",
          ),
          table(
            "Dead letters per partner and reason",
            ["partner", "reason", "count", "samples", "action"],
            status.deadLetters.map((group) => {
              const button = el(
                "button",
                { type: "button", id: `replay-${group.partner}-${group.reason}` },
                `Replay ${group.count}`,
              );
              button.setAttribute(
                "aria-label",
                `Replay ${group.count} dead letters of ${group.partner} with reason ${group.reason}`,
              );
              button.addEventListener("click", () => void replay(group.partner, group.reason, button));
              return [
                group.partner,
                el("code", {}, group.reason),
                formatNumber(group.count),
                el(
                  "details",
                  { id: `samples-${group.partner}-${group.reason}` },
                  el("summary", {}, `${group.samples.length} newest`),
                  el(
                    "ul",
                    {},
                    group.samples.map((s) =>
                      el(
                        "li",
                        {},
                        el("span", { class: "mono" }, `${s.partition}:${s.offset}`),
                        ` from ${s.originalTopic} ${s.originalPartition}:${s.originalOffset} at ${s.failedAt}: ${s.error}`,
                      ),
                    ),
                  ),
                ),
                button,
              ];
            }),
            [2],
          ),
        ),
        el(
          "section",
          { class: "card", "aria-labelledby": "ops-projections" },
          el("h2", { id: "ops-projections" }, "Projections"),
          table(
            "Checkpoint and lag of each read model",
            ["projection", "checkpoint", "store head", "lag", "updated"],
            status.projections.map((p) => [
              p.name,
              formatNumber(p.checkpoint),
              formatNumber(p.head),
              formatNumber(p.lag),
              p.updatedAt === null ? "–" : new Date(p.updatedAt).toLocaleTimeString("nl-NL"),
            ]),
            [1, 2, 3],
          ),
        ),
        el(
          "section",
          { class: "card", "aria-labelledby": "ops-partitions" },
          el("h2", { id: "ops-partitions" }, "Consumer lag per partition"),
          table(
            "Recorder group: committed offset against end offset",
            ["topic", "partition", "end", "committed", "lag"],
            status.partitions.map((p) => [
              el("code", {}, p.topic),
              p.partition,
              formatNumber(p.end),
              formatNumber(p.committed),
              formatNumber(p.lag),
            ]),
            [1, 2, 3, 4],
          ),
        ),
      ),
    );
    for (const id of opened) document.getElementById(id)?.setAttribute("open", "");
    if (focused) document.getElementById(focused)?.focus();
    chart?.dispose();
    chart = echarts.init(chartBox);
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 56 },
      xAxis: { type: "category", data: status.partners.map((p) => p.partner), axisLabel: { rotate: 30 } },
      yAxis: { type: "value", name: "records / s" },
      series: [
        {
          name: "received",
          type: "bar",
          data: status.partners.map((p) => p.receivedPerSecond ?? 0),
          itemStyle: { color: "#1d4ed8" },
        },
        {
          name: "recorded",
          type: "bar",
          data: status.partners.map((p) => p.recordedPerSecond ?? 0),
          itemStyle: { color: "#0f766e" },
        },
      ],
    });
    live.textContent = `updated ${new Date(status.at).toLocaleTimeString("nl-NL")}`;
  };

  // The stream is read with fetch so it carries the credential; a dropped stream is opened again
  // after a pause, a refused one waits for a new credential.
  let stream = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    stream.abort();
    clearTimeout(retry);
    const controller = new AbortController();
    stream = controller;
    const token = tokenInput.value.trim();
    setBearerToken("ops", token);
    if (token === "") {
      live.textContent = "give the ops credential to see the pipelines";
      return;
    }
    live.textContent = "connecting…";
    readEventStream(
      "/v1/ops/stream",
      { headers: { authorization: `Bearer ${token}` }, signal: controller.signal },
      (event) => {
        if (event.event === "status") render(JSON.parse(event.data) as OpsStatus);
        else if (event.event === "unavailable") live.textContent = "the status could not be read; retrying";
      },
    ).then(
      () => {
        if (!controller.signal.aborted) {
          live.textContent = "connection lost; reconnecting…";
          retry = setTimeout(open, 3000);
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && (error.problem.status === 401 || error.problem.status === 403)) {
          live.textContent = `not shown: ${error.problem.detail}`;
          body.replaceChildren();
          return;
        }
        live.textContent = "connection lost; reconnecting…";
        retry = setTimeout(open, 3000);
      },
    );
  };
  connect.addEventListener("click", open);
  tokenInput.addEventListener("change", open);
  open();
  return () => {
    stream.abort();
    clearTimeout(retry);
    chart?.dispose();
  };
}

function kpi(label: string, value: string, id: string): HTMLElement {
  return el(
    "div",
    { class: "kpi" },
    el("div", { class: "label", id }, label),
    el("div", { class: "value", "aria-labelledby": id }, value),
  );
}
