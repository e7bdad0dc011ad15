import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API server serves dist/ at "/" (locally and behind the StaticSite), so assets use absolute paths.
export default defineConfig({
  root: at("."),
  base: "/",
  resolve: { alias: { "@beian/core": at("../packages/core/src/index.ts"), "node:crypto": at("node-crypto-stub.ts") } },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx/dom" },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
