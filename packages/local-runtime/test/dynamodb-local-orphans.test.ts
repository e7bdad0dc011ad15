import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../src/free-port.js";
import { isDynamoLocal, startDynamoLocal } from "../src/dynamodb-local.js";

describe("DynamoDB Local's pid file and log", () => {
  it("never kills a process that merely reuses an old pid, and keeps DynamoDB Local's output in a log file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beian-ddb-"));
    const pidFile = join(dir, "dynamodb.pid");
    const logFile = join(dir, "dynamodb.log");
    // A stale pid file naming an unrelated, living process.
    const bystander = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    writeFileSync(pidFile, String(bystander.pid));
    expect(isDynamoLocal(bystander.pid!, "/nowhere/DynamoDBLocal.jar")).toBe(false);

    const dynamo = await startDynamoLocal({ port: await freePort(), pidFile, logFile });
    try {
      expect(bystander.exitCode).toBeNull();
      expect(bystander.signalCode).toBeNull();
      const pid = Number(readFileSync(pidFile, "utf8"));
      expect(pid).not.toBe(bystander.pid);
      expect(isDynamoLocal(pid, "")).toBe(true);
      expect(readFileSync(logFile, "utf8")).toContain("DynamoDB Local starting");
    } finally {
      await dynamo.stop();
      bystander.kill();
    }
    expect(existsSync(pidFile)).toBe(false);
  });

  it("dies with its parent, even when the parent is killed with SIGKILL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beian-ddb-"));
    const pidFile = join(dir, "dynamodb.pid");
    const script = fileURLToPath(new URL("./fixtures/dynamo-parent.ts", import.meta.url));
    const parent = spawn(process.execPath, ["--import", "tsx", script, String(await freePort()), pidFile], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    parent.stdout!.on("data", (chunk) => (output += String(chunk)));
    await expect.poll(() => output, { timeout: 30_000 }).toContain("ready");
    const jvm = Number(readFileSync(pidFile, "utf8"));
    expect(isDynamoLocal(jvm, "")).toBe(true);

    parent.kill("SIGKILL");
    await once(parent, "exit");
    await expect.poll(() => isDynamoLocal(jvm, ""), { timeout: 10_000 }).toBe(false);
  }, 60_000);
});
