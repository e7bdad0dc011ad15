import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The API server serves dist/ at "/" (locally and behind the StaticSite), so assets use absolute paths.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
