import type { Services } from "@beian/core";
import { Hono } from "hono";
import { requireActor, requireRoles, type AppEnv } from "../guards.js";
import { inspectionResultsXlsx } from "../inspection-results-xlsx.js";
import { XLSX_TYPE } from "../register-files.js";

/** RFC 6266 / 5987: a Chinese file name for browsers, an ASCII one for the rest. */
const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 年度检查结果 as XLSX (admins): in AWS it runs in the register-files Lambda, beside the register's files. */
export function inspectionFilesApi(services: Services) {
  const app = new Hono<AppEnv>();
  app.get("/campaigns/:year/export.xlsx", requireActor(services), requireRoles("admin"), async (c) => {
    const raw = c.req.param("year");
    const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
    const rows = await services.inspection.results.exportRows(c.get("actor"), year);
    c.header("Content-Type", XLSX_TYPE);
    c.header("Content-Disposition", attachment(`${year}年度检查结果.xlsx`, `inspection-${year}.xlsx`));
    return c.body(new Uint8Array(await inspectionResultsXlsx(year, rows)));
  });
  return app;
}
