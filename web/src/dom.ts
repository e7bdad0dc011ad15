/** A tiny element builder. Text always goes in as text nodes, never as HTML, so data cannot inject markup. */

type Attrs = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") el.className = String(value);
    else if (value === true) el.setAttribute(name, "");
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function mount(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A page title that takes focus after navigation, so screen readers announce the new view. */
export function pageTitle(text: string, ...extra: Child[]): HTMLHeadingElement {
  const title = h("h1", { class: "page-title", tabindex: -1 }, text, ...extra);
  queueMicrotask(() => title.isConnected && title.focus({ preventScroll: true }));
  return title;
}

export function notice(tone: "info" | "ok" | "warn" | "err", ...children: Child[]): HTMLDivElement {
  return h("div", { class: `notice notice-${tone}`, role: tone === "err" ? "alert" : "status" }, ...children);
}
