import * as echarts from "echarts";
import { ApiError, authorization, bearerToken, getJson, setBearerToken } from "./api.ts";
import { type Child, downloadCsv, el, formatNumber, table } from "./dom.ts";

/** An indicator definition, as GET /v1/indicators lists them. */
interface Indicator {
  id: string;
  version: number;
  title: string;
  description: string;
  unit: string;
  /** For a breakdown (its own indicator id): the dimension it splits its total by. */
  breakdown?: string | null;
}

/** One protected figure, as GET /v1/indicators/{id} answers. */
interface Figure {
  indicator: string;
  version: number;
  ward: string;
  period: string;
  value: number | null;
  status: "PUBLISHED" | "SUPPRESSED" | "NO_DATA";
  reason: "PRIMARY" | "COMPLEMENTARY" | "WITHHELD" | null;
  /** A breakdown figure's value: a partner, an age band, or a pair FROM>TO; null for a total. */
  breakdownValue?: string | null;
}

const wards = ["WITTEVROUWENVELD", "WYCKERPOORT", "NAZARETH", "LIMMEL"];
const wardName: Record<string, string> = {
  WITTEVROUWENVELD: "Wittevrouwenveld",
  WYCKERPOORT: "Wyckerpoort",
  NAZARETH: "Nazareth",
  LIMMEL: "Limmel",
  DISTRICT: "Maastricht-Oost",
};
const positiveHealth = [
  ["positive-health-body-functions", "Body functions"],
  ["positive-health-mental-wellbeing", "Mental well-being"],
  ["positive-health-meaning", "Meaning"],
  ["positive-health-quality-of-life", "Quality of life"],
  ["positive-health-participation", "Participation"],
  ["positive-health-daily-functioning", "Daily functioning"],
] as const;

/** Why a cell is hidden: a short marker for the cell, and the full reason on hover and for screen readers. */
export const suppressionText: Record<NonNullable<Figure["reason"]>, { short: string; full: string }> = {
  PRIMARY: {
    short: "suppressed: small cell",
    full: "suppressed: fewer people than the disclosure threshold",
  },
  COMPLEMENTARY: {
    short: "suppressed: by subtraction",
    full: "suppressed: it would reveal a small cell by subtraction from totals or other cells",
  },
  WITHHELD: {
    short: "withheld",
    full: "withheld: this table could not be protected safely, so none of it is shown",
  },
};

/** A figure's cell: the value, or the suppression marker with its reason (never a number). */
export function figureCell(figure: Figure | undefined, digits = 0): Child {
  if (figure === undefined || figure.status === "NO_DATA") return "no data";
  if (figure.status === "SUPPRESSED" || figure.value === null) {
    const text = suppressionText[figure.reason ?? "WITHHELD"];
    return el("span", { class: "suppressed", title: text.full, "aria-label": text.full }, text.short);
  }
  return formatNumber(figure.value, digits);
}

const definitionText = (d: Indicator) =>
  `${d.title} (${d.id} v${d.version}): ${d.description} Unit: ${d.unit}.`;

/** The ward overview (analysts): the four wards side by side, from the protected indicator API. */
export function mountWards(root: HTMLElement): () => void {
  const charts: echarts.ECharts[] = [];
  const tokenInput = el("input", {
    id: "analyst-token",
    type: "password",
    autocomplete: "off",
    value: bearerToken("analyst") ?? "",
  });
  const content = el("div", { "aria-live": "polite" }, el("p", {}, "Loading the ward figures…"));
  const reload = el("button", { type: "button" }, "Show figures");
  root.append(
    el("h1", {}, "Ward overview"),
    el(
      "p",
      { class: "lede" },
      "Wittevrouwenveld, Wyckerpoort, Nazareth and Limmel side by side. Small cells are suppressed; hover a figure for its definition and version.",
    ),
    el(
      "div",
      { class: "row" },
      el("label", { for: "analyst-token" }, "Analyst credential (bearer)", tokenInput),
      reload,
    ),
    content,
  );

  const figuresOf = async (id: string) =>
    (await getJson<{ figures: Figure[] }>(`/v1/indicators/${id}`, { headers: authorization("analyst") }))
      .figures;

  const load = async () => {
    setBearerToken("analyst", tokenInput.value.trim());
    for (const chart of charts.splice(0)) chart.dispose();
    try {
      const { indicators } = await getJson<{ indicators: Indicator[] }>("/v1/indicators", {
        headers: authorization("analyst"),
      });
      const latest = new Map<string, Indicator>();
      for (const d of indicators) if ((latest.get(d.id)?.version ?? 0) < d.version) latest.set(d.id, d);
      const def = (id: string): Indicator =>
        latest.get(id) ?? { id, version: 0, title: id, description: "", unit: "" };
      // Every indicator of the catalogue is read and shown in the table of all indicators; the
      // charts pick the ones they draw by id, and a chart whose indicators are not in the
      // catalogue is left out rather than drawn empty.
      const all = new Map(
        await Promise.all([...latest.keys()].map(async (id) => [id, await figuresOf(id)] as const)),
      );
      const get = (id: string) => all.get(id) ?? [];
      // The lagged waterbed relation per ward, from published figures only (absent in older builds).
      const waterbed = new Map(
        await Promise.all(
          [...wards, "DISTRICT"].map(
            async (w) =>
              [
                w,
                await getJson<{ relations: LagRelation[] }>(`/v1/wards/${w}/waterbed`, {
                  headers: authorization("analyst"),
                })
                  .then((answer) => answer.relations)
                  .catch(() => [] as LagRelation[]),
              ] as const,
          ),
        ),
      );
      const has = (...wanted: string[]) => wanted.every((id) => latest.has(id));
      const periods = [...new Set([...all.values()].flatMap((figures) => figures.map((f) => f.period)))];
      const quarters = periods.filter((p) => p.includes("-Q")).sort();
      const years = periods.filter((p) => /^\d{4}$/.test(p)).sort();
      const year = years.at(-1) ?? "";
      const find = (id: string, ward: string, period: string) =>
        get(id).find((f) => f.ward === ward && f.period === period);
      const partnerCare = has("clients-in-care-by-partner")
        ? partnerCareCard(
            def("clients-in-care-by-partner"),
            get("clients-in-care-by-partner"),
            quarters,
            charts,
          )
        : undefined;
      const referralFlow = has("referrals-completed-by-pair", "referrals-unanswered")
        ? referralFlowCard(
            def("referrals-completed-by-pair"),
            get("referrals-completed-by-pair"),
            get("referrals-unanswered"),
            year,
            charts,
          )
        : undefined;
      content.replaceChildren(
        el(
          "div",
          { class: "grid" },
          has("clients-in-care") &&
            section("ward-care", "Care use per ward and quarter", def("clients-in-care"), [
              chartBox("care-use", "Clients in care per ward and quarter"),
              csvButton("clients-in-care.csv", get("clients-in-care")),
              table(
                `${def("clients-in-care").title} per quarter`,
                ["quarter", ...wards.map((w) => nameOf(w))],
                quarters.map((q) => [q, ...wards.map((w) => figureCell(find("clients-in-care", w, q)))]),
                [1, 2, 3, 4],
              ),
            ]),
          partnerCare?.card,
          has("costs-social-domain", "costs-mental-health-zvw") &&
            section(
              "ward-waterbed",
              "Waterbed: social domain against insured mental-health care",
              def("costs-social-domain"),
              [
                chartBox(
                  "waterbed",
                  "Social-domain costs against insured mental-health costs per quarter, district",
                ),
                csvButton("waterbed.csv", [...get("costs-social-domain"), ...get("costs-mental-health-zvw")]),
                lagTable(waterbed),
              ],
            ),
          has(...positiveHealth.map(([id]) => id)) &&
            section(
              "ward-positive-health",
              `Positive Health per ward, ${year}`,
              def("positive-health-meaning"),
              [
                chartBox("spider", `Positive Health spider chart per ward for ${year}`),
                csvButton(
                  "positive-health.csv",
                  positiveHealth.flatMap(([id]) => get(id)),
                ),
                table(
                  `Positive Health dimension means, ${year}`,
                  ["dimension", ...wards.map((w) => nameOf(w))],
                  positiveHealth.map(([id, label]) => [
                    el("span", { title: definitionText(def(id)) }, label),
                    ...wards.map((w) => figureCell(find(id, w, year), 1)),
                  ]),
                  [1, 2, 3, 4],
                ),
              ],
            ),
          has("stacked-care-households", "coordinated-households") &&
            section(
              "ward-households",
              `Stacked care and family coordination, ${year}`,
              def("stacked-care-households"),
              [
                csvButton("households.csv", [
                  ...get("stacked-care-households"),
                  ...get("coordinated-households"),
                ]),
                table(
                  `Households per ward, ${year}`,
                  ["ward", "households with stacked care", "with a family coordinator"],
                  [...wards, "DISTRICT"].map((w) => [
                    nameOf(w),
                    figureCell(find("stacked-care-households", w, year)),
                    figureCell(find("coordinated-households", w, year)),
                  ]),
                  [1, 2],
                ),
              ],
            ),
          has("referrals-made", "referrals-accepted", "referrals-rejected", "referrals-unanswered") &&
            section("ward-referrals", `Referral loops, ${year}`, def("referrals-unanswered"), [
              chartBox(
                "referrals",
                `Referrals made per ward flowing to accepted, rejected and unanswered in ${year}`,
              ),
              csvButton(
                "referrals.csv",
                [
                  "referrals-made",
                  "referrals-accepted",
                  "referrals-rejected",
                  "referrals-unanswered",
                ].flatMap((id) => get(id)),
              ),
            ]),
          referralFlow?.card,
          everyIndicator(
            [...latest.values()].filter((d) => d.breakdown == null),
            find,
            [...years].reverse(),
            quarters,
          ),
        ),
      );
      partnerCare?.render();
      referralFlow?.render();
      const euro = (id: string, q: string) => {
        const f = find(id, "DISTRICT", q);
        return f?.status === "PUBLISHED" && f.value !== null ? f.value / 100 : null;
      };
      draw("care-use", {
        tooltip: { trigger: "axis", formatter: tooltip(def("clients-in-care")) },
        legend: { top: 0 },
        xAxis: { type: "category", data: quarters },
        yAxis: { type: "value", name: "clients" },
        series: wards.map((w) => ({
          name: nameOf(w),
          type: "line",
          connectNulls: false,
          data: quarters.map((q) => published(find("clients-in-care", w, q))),
        })),
      });
      draw("waterbed", {
        tooltip: {
          trigger: "axis",
          formatter: tooltip(def("costs-social-domain"), def("costs-mental-health-zvw")),
        },
        legend: { top: 0 },
        xAxis: { type: "category", data: quarters },
        yAxis: { type: "value", name: "euro" },
        series: [
          {
            name: "social domain (Wmo, Jeugdwet)",
            type: "line",
            data: quarters.map((q) => euro("costs-social-domain", q)),
          },
          {
            name: "mental health (Zvw)",
            type: "line",
            data: quarters.map((q) => euro("costs-mental-health-zvw", q)),
          },
        ],
      });
      draw("spider", {
        tooltip: { formatter: tooltip(def("positive-health-meaning")) },
        legend: { top: 0 },
        radar: {
          indicator: positiveHealth.map(([, label]) => ({ name: label, max: 10 })),
          radius: "62%",
          center: ["50%", "58%"],
        },
        series: [
          {
            type: "radar",
            data: wards.map((w) => ({
              name: nameOf(w),
              value: positiveHealth.map(([id]) => published(find(id, w, year)) ?? "-"),
            })),
          },
        ],
      });
      const outcomes = [
        ["referrals-accepted", "accepted"],
        ["referrals-rejected", "rejected"],
        ["referrals-unanswered", "unanswered (unmet need)"],
      ] as const;
      const links = wards
        .flatMap((w) =>
          outcomes.map(([id, label]) => ({
            source: nameOf(w),
            target: label,
            value: published(find(id, w, year)) ?? 0,
          })),
        )
        .filter((l) => l.value > 0);
      draw("referrals", {
        tooltip: { trigger: "item", formatter: tooltip(def("referrals-made"), def("referrals-unanswered")) },
        series: [
          {
            type: "sankey",
            left: 8,
            right: 140,
            data: [
              ...wards.map((w) => ({ name: nameOf(w) })),
              ...outcomes.map(([, label]) => ({ name: label })),
            ],
            links,
            label: { color: "#14213d" },
          },
        ],
      });
    } catch (error) {
      content.replaceChildren(
        el(
          "p",
          { class: "error", role: "alert" },
          error instanceof ApiError && error.problem.status === 404
            ? "The ward indicators API (/v1/indicators) is not part of this build yet."
            : error instanceof ApiError
              ? `The figures could not be read: ${error.problem.detail}`
              : `The figures could not be read: ${String(error)}`,
        ),
      );
    }
  };

  function draw(id: string, option: echarts.EChartsOption): void {
    const box = document.getElementById(`chart-${id}`);
    if (box === null) return;
    const chart = echarts.init(box);
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 64, right: 16, top: 40, bottom: 32 },
      ...option,
    });
    charts.push(chart);
  }
  reload.addEventListener("click", () => void load());
  void load();
  return () => {
    for (const chart of charts.splice(0)) chart.dispose();
  };
}

/** A ward's display name. */
function nameOf(ward: string): string {
  return wardName[ward] ?? ward;
}

function published(figure: Figure | undefined): number | null {
  return figure?.status === "PUBLISHED" ? figure.value : null;
}

function tooltip(...definitions: Indicator[]): () => string {
  return () => definitions.map((d) => `${d.title} — ${d.id} v${d.version}`).join("<br>");
}

function chartBox(id: string, label: string): HTMLElement {
  return el("div", { id: `chart-${id}`, class: "chart", role: "img", "aria-label": label });
}

function section(id: string, title: string, definition: Indicator, children: Child[]): HTMLElement {
  return el(
    "section",
    { class: "card", "aria-labelledby": id },
    el("h2", { id, title: definitionText(definition) }, title),
    el(
      "p",
      { class: "status-line" },
      `Definition ${definition.id} v${definition.version}; hover the title for its text.`,
    ),
    ...children,
  );
}

/** Every indicator of the catalogue for one period (a year or a quarter the user picks), with its CSV. */
function everyIndicator(
  definitions: Indicator[],
  find: (id: string, ward: string, period: string) => Figure | undefined,
  years: string[],
  quarters: string[],
): HTMLElement {
  const columns = [...wards, "DISTRICT"];
  const picker = el(
    "select",
    { id: "every-indicator-period" },
    [...years, ...[...quarters].reverse()].map((period) => el("option", { value: period }, period)),
  );
  const holder = el("div", {});
  const rowsOf = (period: string) =>
    definitions.map((d) => [
      el("span", { title: definitionText(d) }, `${d.title} (v${d.version})`),
      d.unit,
      ...columns.map((w) => {
        // Counts and cents are whole; means (scores, days) show one decimal.
        const figure = find(d.id, w, period);
        return figureCell(figure, Number.isInteger(figure?.value ?? 0) ? 0 : 1);
      }),
    ]);
  const show = () =>
    holder.replaceChildren(
      table(
        `Every indicator per ward, ${picker.value}`,
        ["indicator", "unit", ...columns.map(nameOf)],
        rowsOf(picker.value),
        [2, 3, 4, 5, 6],
      ),
    );
  picker.addEventListener("change", show);
  show();
  return el(
    "section",
    { class: "card wide", "aria-labelledby": "ward-every-indicator" },
    el("h2", { id: "ward-every-indicator" }, "Every indicator in the catalogue"),
    el(
      "p",
      { class: "status-line" },
      `${definitions.length} definitions from GET /v1/indicators; hover a name for its definition.`,
    ),
    el("label", { for: "every-indicator-period" }, "Period", picker),
    holder,
    el(
      "button",
      {
        type: "button",
        class: "secondary",
        onclick: () =>
          downloadCsv(
            `every-indicator-${picker.value}.csv`,
            csvHeader,
            definitions.flatMap((d) =>
              columns.flatMap((w) => {
                const f = find(d.id, w, picker.value);
                return f === undefined ? [] : [csvRow(f)];
              }),
            ),
          ),
      },
      "Download CSV",
    ),
  );
}

/** A card that draws its chart once it is in the page (ECharts needs the box's size). */
interface Card {
  card: HTMLElement;
  render(): void;
}

/** The distinct breakdown values of `figures`, sorted. */
function valuesOf(figures: Figure[]): string[] {
  return [
    ...new Set(figures.flatMap((f) => (typeof f.breakdownValue === "string" ? [f.breakdownValue] : []))),
  ].sort();
}

/** Clients in care per partner and quarter, for the ward the user picks (the district first). */
function partnerCareCard(
  definition: Indicator,
  figures: Figure[],
  quarters: string[],
  charts: echarts.ECharts[],
): Card {
  const picker = el(
    "select",
    { id: "partner-care-ward" },
    ["DISTRICT", ...wards].map((w) => el("option", { value: w }, nameOf(w))),
  );
  const box = chartBox(
    "care-partner",
    "Clients in care per partner and quarter, stacked, for the chosen ward",
  );
  const holder = el("div", {});
  const partners = valuesOf(figures);
  const at = (ward: string, period: string, partner: string) =>
    figures.find((f) => f.ward === ward && f.period === period && f.breakdownValue === partner);
  let chart: echarts.ECharts | undefined;
  const render = () => {
    const ward = picker.value;
    holder.replaceChildren(
      table(
        `Clients in care per partner and quarter, ${nameOf(ward)}`,
        ["quarter", ...partners],
        quarters.map((q) => [q, ...partners.map((p) => figureCell(at(ward, q, p)))]),
        partners.map((_, i) => i + 1),
      ),
    );
    if (chart !== undefined) charts.splice(charts.indexOf(chart), 1);
    chart?.dispose();
    chart = echarts.init(box);
    charts.push(chart);
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 64, right: 16, top: 56, bottom: 32 },
      tooltip: { trigger: "axis", formatter: tooltip(definition) },
      legend: { top: 0, type: "scroll" },
      xAxis: { type: "category", data: quarters },
      yAxis: { type: "value", name: "clients" },
      series: partners.map((p) => ({
        name: p,
        type: "bar",
        stack: "partners",
        data: quarters.map((q) => published(at(ward, q, p))),
      })),
    });
  };
  picker.addEventListener("change", render);
  return {
    card: section("ward-care-partner", "Care use per partner and quarter", definition, [
      el("label", { for: "partner-care-ward" }, "Ward", picker),
      box,
      el(
        "p",
        { class: "status-line" },
        "A partner's bar is left out of a quarter where its cell is suppressed; the table marks why.",
      ),
      csvButton("clients-in-care-by-partner.csv", figures),
      holder,
    ]),
    render,
  };
}

/**
 * The referral loop between partners in the district for `year`: referrals completed from the
 * referring to the receiving partner (the published pair cells), and beside it each ward's
 * referrals nobody answered (unmet need). The table marks the suppressed pair cells.
 */
function referralFlowCard(
  definition: Indicator,
  completedByPair: Figure[],
  unanswered: Figure[],
  year: string,
  charts: echarts.ECharts[],
): Card {
  const completed = completedByPair.filter((f) => f.ward === "DISTRICT" && f.period === year);
  const pairs = valuesOf(completed);
  const hidden = completed.filter((f) => f.status !== "PUBLISHED").length;
  const unmet = "unanswered (unmet need)";
  const box = chartBox(
    "referral-flow",
    `Referrals completed in ${year} from the referring to the receiving partner, and each ward's unanswered referrals`,
  );
  const render = () => {
    const links: { source: string; target: string; value: number }[] = [];
    for (const figure of completed) {
      const [from, to] = (figure.breakdownValue ?? "").split(">");
      const value = published(figure);
      if (from && to && value !== null && value > 0)
        links.push({ source: `${from} refers`, target: `${to} completes`, value });
    }
    for (const ward of wards) {
      const value = published(unanswered.find((f) => f.ward === ward && f.period === year));
      if (value !== null && value > 0) links.push({ source: `${nameOf(ward)} (ward)`, target: unmet, value });
    }
    const names = [...new Set(links.flatMap((l) => [l.source, l.target]))];
    const chart = echarts.init(box);
    charts.push(chart);
    chart.setOption({
      aria: { enabled: true },
      tooltip: { trigger: "item", formatter: tooltip(definition) },
      series: [
        {
          type: "sankey",
          left: 8,
          right: 180,
          data: names.map((name) => ({ name })),
          links,
          label: { color: "#14213d" },
        },
      ],
    });
  };
  return {
    card: section("ward-referral-flow", `Referral loops between partners, district, ${year}`, definition, [
      box,
      el(
        "p",
        { class: "status-line" },
        `${hidden} of ${completed.length} partner pairs are suppressed and not drawn; the table marks them.`,
      ),
      csvButton("referrals-completed-by-pair.csv", completedByPair),
      table(
        `Referrals completed per partner pair, district, ${year}`,
        ["from → to", "completed"],
        pairs.map((pair) => [
          pair.replace(">", " → "),
          figureCell(completed.find((f) => f.breakdownValue === pair)),
        ]),
        [1],
      ),
    ]),
    render,
  };
}

/** The lagged relation of GET /v1/wards/{ward}/waterbed, one per lag. */
interface LagRelation {
  lag: number;
  pairs: number;
  correlation: number | null;
  changePairs: number;
  changeCorrelation: number | null;
}

/** Per lag and ward: how social-domain changes in a quarter go with mental-health changes later. */
function lagTable(byWard: Map<string, LagRelation[]>): HTMLElement {
  const columns = [...wards, "DISTRICT"];
  const lags = [...new Set([...byWard.values()].flatMap((relations) => relations.map((r) => r.lag)))].sort(
    (a, b) => a - b,
  );
  const cell = (relation: LagRelation | undefined) =>
    relation === undefined || relation.changeCorrelation === null
      ? el("span", { title: "fewer than three published quarter pairs, or no variance" }, "–")
      : el(
          "span",
          {
            title: `Pearson r of quarter-on-quarter changes over ${relation.changePairs} published quarter pairs`,
          },
          `${formatNumber(relation.changeCorrelation, 2)} (n=${relation.changePairs})`,
        );
  return table(
    "Lagged relation: change in social-domain costs in quarter t against change in mental-health costs in t + lag (Pearson r, published quarters only)",
    ["lag (quarters)", ...columns.map(nameOf)],
    lags.map((lag) => [String(lag), ...columns.map((w) => cell(byWard.get(w)?.find((r) => r.lag === lag)))]),
    [1, 2, 3, 4, 5],
  );
}

/** The dashboard's CSV columns: the API's, with a suppressed value as `x` and the breakdown's value. */
const csvHeader = ["indicator", "version", "ward", "period", "breakdown_value", "value", "status", "reason"];

/** One figure as a CSV row; a suppressed value is the API's marker `x`, never a number; no data is empty. */
function csvRow(f: Figure): (string | number | null)[] {
  return [
    f.indicator,
    f.version,
    f.ward,
    f.period,
    f.breakdownValue ?? null,
    f.status === "SUPPRESSED" ? "x" : f.value,
    f.status,
    f.reason,
  ];
}

function csvButton(name: string, figures: Figure[]): HTMLElement {
  return el(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => downloadCsv(name, csvHeader, figures.map(csvRow)),
    },
    "Download CSV",
  );
}
