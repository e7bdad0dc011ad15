import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import type { Plugin } from "esbuild";

/**
 * zod's classic API re-exports every locale it ships (`z.locales`, ~260 KB minified) though only the
 * default one is ever installed. Users never read zod's own messages — one error map turns every
 * issue into a Chinese field error (core `toFieldErrors`) — so Lambda bundles keep that default
 * (English, used only in logs) and no other.
 */
export function zodDefaultLocaleOnly(): Plugin {
  const localesDir = join(dirname(createRequire(import.meta.url).resolve("zod/package.json")), "v4", "locales");
  return {
    name: "zod-default-locale-only",
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: "zod-locales", namespace: "zod-default-locale" } : undefined));
      build.onLoad({ filter: /.*/, namespace: "zod-default-locale" }, () => ({ contents: `export { default as en } from "./en.js";`, resolveDir: localesDir, loader: "js" }));
    },
  };
}
