import type { MailTransport } from "@beian/aws-adapters";
import type { FunctionProps } from "sst/constructs";
import { zodDefaultLocaleOnly } from "./zod-locales-plugin.js";

/**
 * esbuild options every Lambda is bundled with. The Node.js 22 runtime ships AWS SDK v3, so the
 * SDK stays out of the bundle (the API handler is ~30 KB instead of ~1.5 MB). nodemailer (~190 KB
 * minified) is bundled only when mail goes out over SMTP; with SES it is left out, and the SMTP
 * mailer's `import("nodemailer")` is then never reached.
 */
export function lambdaEsbuild(transport: MailTransport) {
  return {
    external: ["@aws-sdk/*", ...(transport === "ses" ? ["nodemailer"] : [])],
    target: "node22",
    // Chinese text as UTF-8, not \uXXXX escapes: the messages, mails and pages are mostly Chinese.
    charset: "utf8" as const,
    plugins: [zodDefaultLocaleOnly()],
  };
}

/** SST types its build options with its own copy of esbuild; ours are the same at run time. */
type NodeJsBuild = NonNullable<FunctionProps["nodejs"]>;

export function functionDefaults(transport: MailTransport): FunctionProps {
  return {
    runtime: "nodejs22.x",
    architecture: "arm_64",
    memorySize: "512 MB",
    timeout: "30 seconds",
    // No X-Ray: it would add permissions nobody uses (and the China regions have no X-Ray for Lambda).
    tracing: "disabled",
    nodejs: { format: "esm", minify: true, esbuild: lambdaEsbuild(transport) as unknown as NodeJsBuild["esbuild"] },
  };
}
