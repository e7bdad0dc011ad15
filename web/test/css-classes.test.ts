import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src", import.meta.url));
const SHARED = join(SRC, "styles.css");

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith(".css") ? [join(dir, entry.name)] : []));
}

/** The classes a stylesheet's selectors start with (`.a .b, .c:hover` → a, c). */
function leadingClasses(css: string): Set<string> {
  const classes = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const [, selectors] of text.matchAll(/([^{}]+)\{/g)) {
    if (selectors.trim().startsWith("@")) continue;
    for (const selector of selectors.split(",")) {
      const match = /^\s*\.([\w-]+)/.exec(selector);
      if (match) classes.add(match[1]);
    }
  }
  return classes;
}

/**
 * Every feature's stylesheet ends up in one bundle, so a class two features both define styles
 * both (the 工作台's `.figures` grid once laid out the annual report's panel). A feature may refine
 * a shared class from styles.css; a class of its own must be its alone.
 */
describe("the page's stylesheets", () => {
  it("finds the leading class of each selector (the check has teeth)", () => {
    expect([...leadingClasses(".a .b, .c:hover { x: 1 } /* .d { } */ @media (max-width: 1px) { .e { y: 2 } } div.f { }")]).toEqual(["a", "c", "e"]);
  });

  it("let no two features define the same class of their own", () => {
    const shared = leadingClasses(readFileSync(SHARED, "utf8"));
    const owners = new Map<string, string[]>();
    for (const file of cssFiles(SRC).filter((f) => f !== SHARED)) {
      for (const name of leadingClasses(readFileSync(file, "utf8"))) {
        if (!shared.has(name)) owners.set(name, [...(owners.get(name) ?? []), relative(SRC, file)]);
      }
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
