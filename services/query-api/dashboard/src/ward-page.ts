import { el } from "./dom.ts";

/** The ward overview (analysts). */
export function mountWards(root: HTMLElement): () => void {
  root.append(el("h1", {}, "Ward overview"), el("p", { class: "lede" }, "The four wards side by side."));
  return () => undefined;
}
