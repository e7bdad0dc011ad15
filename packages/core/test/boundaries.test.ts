import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The core's layering, enforced: capabilities in dependency order (each may import only itself and
 * those before it), and no core file reaches AWS, the database library or the HTTP framework.
 * The composition root (services.ts) and the barrel (index.ts) sit above every capability.
 */
export const CAPABILITY_ORDER = ["shared", "directory", "auth", "review", "register", "custody", "filing", "content", "inspection", "reports"] as const;
const ROOT_FILES = new Set(["index.ts", "services.ts"]);
const FORBIDDEN = [/^@aws-sdk\//, /^electrodb$/, /^hono(\/|$)/, /^@hono\//, /^@beian\//, /^aws-cdk-lib/, /^sst(\/|$)/];

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith(".ts") ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

const capabilityOf = (file: string) => relative(src, file).split("/")[0];

describe("core boundaries", () => {
  const files = sourceFiles(src);

  it("puts every core file in a known capability folder or the composition root", () => {
    const stray = files.filter((f) => !ROOT_FILES.has(relative(src, f)) && !(CAPABILITY_ORDER as readonly string[]).includes(capabilityOf(f)));
    expect(stray.map((f) => relative(src, f))).toEqual([]);
  });

  it("imports no AWS SDK, no ElectroDB, no Hono and no other package of ours", () => {
    const offending = files.flatMap((f) => specifiers(f).filter((s) => FORBIDDEN.some((re) => re.test(s))).map((s) => `${relative(src, f)} → ${s}`));
    expect(offending).toEqual([]);
  });

  it("depends in one direction only: no capability imports one above it", () => {
    const upward: string[] = [];
    for (const file of files) {
      if (ROOT_FILES.has(relative(src, file))) continue;
      const own = CAPABILITY_ORDER.indexOf(capabilityOf(file) as (typeof CAPABILITY_ORDER)[number]);
      for (const spec of specifiers(file).filter((s) => s.startsWith("."))) {
        const target = capabilityOf(resolve(dirname(file), spec));
        const at = CAPABILITY_ORDER.indexOf(target as (typeof CAPABILITY_ORDER)[number]);
        if (at < 0 || at > own) upward.push(`${relative(src, file)} → ${spec}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("would catch a violation (the check itself can fail)", () => {
    const probe = join(src, "directory", "probe.ts");
    const spec = "../review/kind.js";
    const target = capabilityOf(resolve(dirname(probe), spec));
    expect(CAPABILITY_ORDER.indexOf(target as "review")).toBeGreaterThan(CAPABILITY_ORDER.indexOf("directory"));
    expect(FORBIDDEN.some((re) => re.test("@aws-sdk/client-sfn"))).toBe(true);
    expect(specifiers(join(src, "services.ts"))).toContain("./review/review-service.js");
  });
});
