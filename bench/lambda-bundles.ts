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
  /** Packages left to the runtime and imported when the module loads (`import … from`). */
  staticExternals: string[];
  /** Packages left to the runtime and imported only when code runs `import(…)`. */
  dynamicExternals: string[];
}

export interface BuiltLambda extends LambdaBundle {
  /** The bundle as it would be zipped (one ESM file). */
  code: Uint8Array;
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
    plugins: esbuild.plugins,
    charset: esbuild.charset,
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

/** The Lambda entry points in functions/, sorted. */
export async function lambdaEntries(): Promise<string[]> {
  return (await readdir(functionsDir)).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts")).sort();
}

/** Bundles one entry point of functions/ as deployed for a mail transport. */
export async function buildLambda(file: string, transport: MailTransport = "ses"): Promise<BuiltLambda> {
  const result = await build(deployedBuildOptions(join(functionsDir, file), transport));
  const [output] = result.outputFiles!;
  const inputs = Object.keys(result.metafile!.inputs);
  const outputs = Object.values(result.metafile!.outputs);
  const externals = (kind: string) => [...new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external && i.kind === kind).map((i) => i.path)))].sort();
  return {
    name: basename(file, ".ts"),
    bytes: output.contents.byteLength,
    packages: [...new Set(inputs.map(packageOf).filter((name): name is string => !!name))].sort(),
    modules: inputs.filter((input) => !input.includes("node_modules/")).sort(),
    exports: outputs.flatMap((o) => o.exports),
    staticExternals: externals("import-statement").filter((path) => !path.startsWith("node:") && !["module", "url"].includes(path)),
    dynamicExternals: externals("dynamic-import"),
    code: output.contents,
  };
}

/** Bundles every Lambda entry point in functions/ as deployed and reports its minified size. */
export async function measureLambdaBundles(transport: MailTransport = "ses"): Promise<LambdaBundle[]> {
  const bundles: LambdaBundle[] = [];
  for (const file of await lambdaEntries()) {
    const { code: _code, ...bundle } = await buildLambda(file, transport);
    bundles.push(bundle);
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
