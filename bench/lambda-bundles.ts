import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";
import type { MailTransport } from "@beian/aws-adapters";
import { lambdaEsbuild } from "../stacks/function-defaults.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const functionsDir = join(root, "functions");

export interface LambdaBundle {
  name: string;
  bytes: number;
  /** Packages that ended up inside the bundle (from esbuild's metafile). */
  packages: string[];
  /** The project's own source files in the bundle (metafile inputs outside node_modules). */
  modules: string[];
  /** What the bundle exports (Lambda calls `handler`). */
  exports: string[];
}

/**
 * The options SST's Node.js builder uses for an ESM function, plus ours (function-defaults.ts), for
 * a deployment mailing through `transport` (SMTP bundles nodemailer; SES leaves it out).
 */
export function deployedBuildOptions(entry: string, transport: MailTransport = "ses"): BuildOptions {
  const esbuild = lambdaEsbuild(transport);
  return {
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    keepNames: true,
    platform: "node",
    format: "esm",
    mainFields: ["module", "main"],
    external: ["sharp", "pg-native", ...esbuild.external],
    target: esbuild.target,
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
      ].join("\n"),
    },
    metafile: true,
    write: false,
    logLevel: "silent",
  };
}

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];

/** Bundles every Lambda entry point in functions/ as deployed and reports its minified size. */
export async function measureLambdaBundles(): Promise<LambdaBundle[]> {
  const entries = (await readdir(functionsDir)).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts")).sort();
  const bundles: LambdaBundle[] = [];
  for (const file of entries) {
    const result = await build(deployedBuildOptions(join(functionsDir, file)));
    const bytes = result.outputFiles!.reduce((sum, output) => sum + output.contents.byteLength, 0);
    const inputs = Object.keys(result.metafile!.inputs);
    const packages = [...new Set(inputs.map(packageOf).filter((name): name is string => !!name))].sort();
    const modules = inputs.filter((input) => !input.includes("node_modules/")).sort();
    const exports = Object.values(result.metafile!.outputs).flatMap((output) => output.exports);
    bundles.push({ name: basename(file, ".ts"), bytes, packages, modules, exports });
  }
  return bundles;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bundles = await measureLambdaBundles();
  console.log("Lambda bundles (esbuild, minified, ESM, node22, @aws-sdk/* external):");
  for (const bundle of bundles) {
    console.log(`  ${bundle.name.padEnd(22)} ${(bundle.bytes / 1024).toFixed(1).padStart(8)} KB   ${bundle.packages.join(", ")}`);
  }
}
