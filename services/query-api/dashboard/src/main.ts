import { mountOps } from "./ops-page.ts";
import { mountTimeline } from "./timeline-page.ts";
import { mountWards } from "./ward-page.ts";

/** The pages, by the hash route that opens them. */
const pages: Record<string, { title: string; mount: (root: HTMLElement) => () => void }> = {
  wards: { title: "Ward overview", mount: mountWards },
  timeline: { title: "Client timeline", mount: mountTimeline },
  ops: { title: "Ops", mount: mountOps },
};

let unmount: (() => void) | undefined;

function show(): void {
  const name = /^#\/([a-z]+)/.exec(location.hash)?.[1] ?? "wards";
  const page = pages[name] ?? pages.wards;
  if (page === undefined) return;
  unmount?.();
  const main = document.getElementById("main");
  if (main === null) return;
  main.replaceChildren();
  document.title = `${page.title} — Blauwe Zorg`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-page]")) {
    if (link.dataset.page === name) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  unmount = page.mount(main);
  // Moving between pages puts keyboard and screen-reader users at the new page's start.
  if (document.activeElement?.closest("nav")) main.focus();
}

window.addEventListener("hashchange", show);
show();
