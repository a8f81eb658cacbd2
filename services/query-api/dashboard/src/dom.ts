/** Children an element may take: nodes, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes (`on*` functions become listeners) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | ((event: Event) => void) | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A number with Dutch grouping, or a dash for none. */
export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return value.toLocaleString("nl-NL", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A table with a caption, header row and body rows; numeric columns are right-aligned. */
export function table(
  caption: string,
  headers: string[],
  rows: Child[][],
  numeric: number[] = [],
): HTMLTableElement {
  return el(
    "table",
    {},
    el("caption", {}, caption),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        headers.map((header, i) =>
          el("th", { scope: "col", class: numeric.includes(i) ? "num" : undefined }, header),
        ),
      ),
    ),
    el(
      "tbody",
      {},
      rows.length === 0
        ? el("tr", {}, el("td", { colspan: String(headers.length) }, "none"))
        : rows.map((row) =>
            el(
              "tr",
              {},
              row.map((cell, i) => el("td", { class: numeric.includes(i) ? "num" : undefined }, cell)),
            ),
          ),
    ),
  );
}

/** Offers `rows` as a CSV file download named `name`. */
export function downloadCsv(name: string, headers: string[], rows: (string | number | null)[][]): void {
  const quote = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const body = [headers, ...rows].map((row) => row.map(quote).join(",")).join("\n");
  const link = el("a", {
    href: URL.createObjectURL(new Blob([`${body}\n`], { type: "text/csv" })),
    download: name,
  });
  document.body.append(link);
  link.click();
  link.remove();
}
