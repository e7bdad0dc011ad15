import type { FunctionProps } from "sst/constructs";

/**
 * esbuild options every Lambda is bundled with. The Node.js 22 runtime ships AWS SDK v3, so the
 * SDK stays out of the bundle (the API handler is ~30 KB instead of ~1.5 MB).
 */
export const LAMBDA_ESBUILD = { external: ["@aws-sdk/*"], target: "node22" } as const;

export const FUNCTION_DEFAULTS: FunctionProps = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  memorySize: "512 MB",
  timeout: "30 seconds",
  // No X-Ray: it would add permissions nobody uses.
  tracing: "disabled",
  nodejs: { format: "esm", minify: true, esbuild: { ...LAMBDA_ESBUILD, external: [...LAMBDA_ESBUILD.external] } },
};
