import { fail, type Services } from "@beian/core";
import { Hono } from "hono";
import { requireActor, requireRoles, type AppEnv } from "../guards.js";
import { annualXlsx, tableCsv, tableXlsx, XLSX_TYPE } from "../report-files.js";

/** RFC 6266 / 5987: a Chinese file name for browsers, an ASCII one for the rest. */
const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const fileName = (title: string) => title.replace(/[\\/:*?"<>|（）()\s]+/g, "");

/**
 * 统计报表 and the 工作台 (admins all units, operators their own; reviewers none), each table
 * exportable as CSV or XLSX, and the 年度统计表. Read-only. In AWS these run in the reports Lambda,
 * the only one beside register-files that carries exceljs.
 */
export function reportsApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.use("*", requireActor(services), requireRoles("admin", "operator"));

  app.get("/", (c) => c.json({ items: services.reports.list() }));
  app.get("/dashboard", async (c) => c.json(await services.reports.dashboard(c.get("actor"), c.req.query())));

  app.get("/export.csv", async (c) => {
    const table = await services.reports.table(c.get("actor"), c.req.query());
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", attachment(`${fileName(table.title)}.csv`, `${table.id}.csv`));
    return c.body(tableCsv(table));
  });

  app.get("/export.xlsx", async (c) => {
    const table = await services.reports.table(c.get("actor"), c.req.query());
    c.header("Content-Type", XLSX_TYPE);
    c.header("Content-Disposition", attachment(`${fileName(table.title)}.xlsx`, `${table.id}.xlsx`));
    return c.body(new Uint8Array(await tableXlsx(table)));
  });

  app.get("/annual.xlsx", async (c) => {
    const annual = await services.reports.annual(c.get("actor"), c.req.query());
    c.header("Content-Type", XLSX_TYPE);
    c.header("Content-Disposition", attachment(`${annual.year}年度政务新媒体统计表.xlsx`, `annual-${annual.year}.xlsx`));
    return c.body(new Uint8Array(await annualXlsx(annual)));
  });

  app.get("/:report", async (c) => {
    const report = c.req.param("report");
    if (report === "dashboard") throw fail("NOT_FOUND", "报表不存在");
    return c.json(await services.reports.report(c.get("actor"), report, c.req.query()));
  });

  return app;
}
