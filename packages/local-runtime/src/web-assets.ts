import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { MiddlewareHandler } from "hono";
import { build } from "vite";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "test" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the page with Vite when dist is missing or older than its sources. */
export async function ensureWebBuilt(webDir: string): Promise<string> {
  const dist = join(webDir, "dist");
  const index = join(dist, "index.html");
  if (!existsSync(index) || statSync(index).mtimeMs < newestMtime(webDir)) {
    await build({ root: webDir, logLevel: "warn", configFile: existsSync(join(webDir, "vite.config.ts")) ? join(webDir, "vite.config.ts") : false });
  }
  return dist;
}

/** Serves built assets; any other GET outside /api falls back to index.html (client-side routes). */
export function webAssets(distDir: string): MiddlewareHandler {
  const root = relative(process.cwd(), distDir) || ".";
  const assets = serveStatic({ root });
  const indexHtml = () => readFileSync(join(distDir, "index.html"), "utf8");
  return async (c, next) => {
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.req.path.startsWith("/api/")) return next();
    const asset = await assets(c, async () => {});
    return asset ?? c.html(indexHtml());
  };
}
