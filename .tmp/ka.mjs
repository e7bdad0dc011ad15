import http from "node:http";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
const app = new Hono();
app.post("/big", bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => c.json({ e: 1 }, 413) }), async (c) => { await new Promise((r) => setTimeout(r, Number(process.env.DELAY ?? 0))); return c.json({ error: "too big" }, 413); });
app.get("/ok", (c) => c.text("ok"));
const server = serve({ fetch: app.fetch, port: 39123, hostname: "127.0.0.1" });
await new Promise((r) => setTimeout(r, 200));
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const send = (method, path, body) => new Promise((resolve, reject) => {
  const req = http.request({ host: "127.0.0.1", port: 39123, method, path, agent, headers: body ? { "content-length": body.length } : {} }, (res) => { let t = ""; res.on("data", (c) => (t += c)); res.on("end", () => resolve([res.statusCode, res.headers.connection, req.socket])); });
  req.on("error", reject); body ? req.end(body) : req.end();
});
const a = await send("POST", "/big", Buffer.alloc(3 * 1024 * 1024, 65));
console.log("first", a[0], a[1]);
try { const b = await send("GET", "/ok"); console.log("second", b[0], b[2] === a[2]); } catch (e) { console.log("second failed", e.message); }
server.close(); process.exit(0);
