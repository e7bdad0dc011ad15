import { fail, IMPORT_COLUMNS, IMPORT_TEMPLATE_EXAMPLE, registerTableRows, type Services } from "@beian/core";
import { Hono } from "hono";
import { bodyLimitOf, requireActor, requireRoles, type AppEnv } from "../guards.js";
import { importTemplateXlsx, readImportFile, registerCsv, registerXlsx, XLSX_TYPE } from "../register-files.js";

/** An export holds at most this many rows; the register of one organization is far smaller. */
const MAX_EXPORT_ROWS = 50_000;
const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const IMPORT_TYPES = /^(text\/csv|application\/vnd\.ms-excel|application\/octet-stream|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet)\b/i;

const importLimit = bodyLimitOf(MAX_IMPORT_BYTES, () => fail("BODY_TOO_LARGE", `导入文件过大（上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）`));

/** RFC 6266 / 5987: a Chinese file name for browsers, an ASCII one for the rest. */
const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * 备案登记 as files: export (admins and operators, scoped) and bulk import (admins). The only module
 * that reaches exceljs; in AWS it runs in its own Lambda so the API's cold start never pays for it.
 * Guards are per route: locally these routes share `/api/register` with `registerApi`.
 */
export function registerFilesApi(services: Services) {
  const app = new Hono<AppEnv>();
  const actor = requireActor(services);

  app.get("/export.csv", actor, async (c) => {
    const rows = registerTableRows(await services.register.all(c.get("actor"), c.req.query(), MAX_EXPORT_ROWS));
    c.header("Content-Type", "text/csv; charset=utf-8");
    c.header("Content-Disposition", attachment("备案登记表.csv", "register.csv"));
    return c.body(registerCsv(rows));
  });

  app.get("/export.xlsx", actor, async (c) => {
    const rows = registerTableRows(await services.register.all(c.get("actor"), c.req.query(), MAX_EXPORT_ROWS));
    c.header("Content-Type", XLSX_TYPE);
    c.header("Content-Disposition", attachment("备案登记表.xlsx", "register.xlsx"));
    return c.body(new Uint8Array(await registerXlsx(rows)));
  });

  /** The template to fill in: the columns, one example row and how to fill them in. */
  app.get("/import-template.xlsx", actor, requireRoles("admin"), async (c) => {
    c.header("Content-Type", XLSX_TYPE);
    c.header("Content-Disposition", attachment("备案登记导入模板.xlsx", "register-import-template.xlsx"));
    return c.body(new Uint8Array(await importTemplateXlsx(Object.values(IMPORT_COLUMNS), IMPORT_TEMPLATE_EXAMPLE)));
  });

  /** The file is the body (CSV or XLSX); `?dryRun=1` only checks it. */
  app.post("/import", actor, requireRoles("admin"), importLimit, async (c) => {
    if (!IMPORT_TYPES.test(c.req.header("content-type") ?? "")) {
      throw fail("UNSUPPORTED_MEDIA_TYPE", "请上传 CSV 或 XLSX 文件");
    }
    const dryRun = c.req.query("dryRun") === "1";
    const result = await services.registerImport.import(c.get("actor"), async () => readImportFile(Buffer.from(await c.req.arrayBuffer())), { dryRun });
    return c.json(result, dryRun ? 200 : 201);
  });

  return app;
}
