import { spawn } from "node:child_process";
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
});
