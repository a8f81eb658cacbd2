import { el } from "./dom.ts";

/** The client timeline viewer (professionals). */
export function mountTimeline(root: HTMLElement): () => void {
  root.append(el("h1", {}, "Client timeline"));
  return () => undefined;
}
