/** @jsxImportSource hono/jsx/dom */
import type { Child } from "hono/jsx";
import { errorMessage } from "./api-client.js";

export type Tone = "info" | "ok" | "warn" | "err";

export function Notice(props: { tone: Tone; testId?: string; children?: Child }) {
  return (
    <div class={`notice notice-${props.tone}`} role={props.tone === "err" ? "alert" : "status"} data-testid={props.testId}>
      {props.children}
    </div>
  );
}

export const Loading = (props: { text?: string }) => <p class="loading">{props.text ?? "正在加载…"}</p>;

export const LoadError = (props: { error: unknown; fallback?: string }) => <Notice tone="err">{errorMessage(props.error, props.fallback)}</Notice>;
