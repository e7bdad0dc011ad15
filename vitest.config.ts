process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@beian/core": at("./packages/core/src/index.ts"),
      "@beian/store-dynamodb": at("./packages/store-dynamodb/src/index.ts"),
      "@beian/http": at("./packages/http/src/index.ts"),
      "@beian/workflow": at("./packages/workflow/src/index.ts"),
      "@beian/aws-adapters": at("./packages/aws-adapters/src/index.ts"),
      "@beian/local-runtime": at("./packages/local-runtime/src/index.ts"),
    },
  },
  esbuild: { jsx: "automatic", jsxImportSource: "hono/jsx" },
  test: {
    include: ["packages/*/test/**/*.test.ts", "stacks/test/**/*.test.ts", "web/test/**/*.test.ts", "functions/test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Polls wait on a real system (DynamoDB Local, the workflow engine, Chromium) that two suites
    // share on a 2-core CI machine; vitest's 1 s default was missed under that load.
    expect: { poll: { timeout: 15_000 } },
    env: { SST_TELEMETRY_DISABLED: "1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
