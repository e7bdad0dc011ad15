import type { Hono } from "hono";
import { TEST_BASE_URL } from "./test-system.js";

/**
 * Drives the Hono app in-process like a browser would: keeps the session cookie and follows
 * nothing implicitly, so tests see every status.
 */
export class HttpClient {
  private cookie = "";

  constructor(private readonly app: Hono) {}

  async request(method: string, path: string, init: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (this.cookie) headers.cookie = this.cookie;
    let body = init.body;
    if (init.json !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(init.json);
    }
    const url = path.startsWith("http") ? path : `${TEST_BASE_URL}${path}`;
    const response = await this.app.request(url, { method, headers, body });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0];
    return response;
  }

  get(path: string) {
    return this.request("GET", path);
  }

  post(path: string, json: unknown) {
    return this.request("POST", path, { json });
  }

  put(path: string, json: unknown) {
    return this.request("PUT", path, { json });
  }

  postForm(path: string, fields: [string, string][]) {
    return this.request("POST", path, {
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  hasSession() {
    return this.cookie.length > 0;
  }

  /** The raw cookie pair, to replay a session from another client (e.g. after logout). */
  get session(): string {
    return this.cookie;
  }

  set session(value: string) {
    this.cookie = value;
  }
}
