import http from "node:http";
import { serve } from "@hono/node-server";
import { expect, it } from "vitest";
import { freePort } from "../../../packages/local-runtime/src/free-port.js";
import { startTestSystem } from "../../../test/support/test-system.js";

function send(agent: http.Agent, port: number, method: string, path: string, body?: Buffer): Promise<{ status: number; socket: unknown; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, agent, headers: body ? { "content-type": "text/csv", "content-length": body.length } : {} }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, socket: req.socket, text }));
    });
    req.on("error", reject);
    if (body) req.end(body);
    else req.end();
  });
}

it("keeps the connection after a 413", async () => {
  const ts = await startTestSystem();
  const port = await freePort();
  const server = serve({ fetch: ts.system.app.fetch, hostname: "127.0.0.1", port });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const big = await send(agent, port, "POST", "/api/register/import", Buffer.alloc(3 * 1024 * 1024, 65));
  console.log("big", big.status, big.text.slice(0, 100));
  const after = await send(agent, port, "GET", "/api/meta");
  console.log("after", after.status, after.socket === big.socket);
  server.close();
  await ts.system.stop();
});
