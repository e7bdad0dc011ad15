/** @jsxImportSource hono/jsx/dom */
import type { FieldError, ImportResult } from "@beian/core";
import { useRef, useState } from "hono/jsx/dom";
import { ApiError } from "../ui/api-client.js";
import { Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { registerApi } from "./api.js";

const TEMPLATE_COLUMNS =
  "主办单位编码、平台类型、账号名称、平台账号或网址、开设宗旨、信息发布范围、主管领导姓名、主管领导职务、主管领导电话、管理员姓名、管理员手机、管理员邮箱、管理员是否在编、运营方式、受托单位、合同到期日、认证状态、同平台多账号理由、备案日期";

type Outcome = { state: "idle" } | { state: "missing" } | { state: "busy"; dryRun: boolean } | { state: "done"; dryRun: boolean; result: ImportResult } | { state: "failed"; message: string; rows: FieldError[] };

function summary(dryRun: boolean, outcome: ImportResult): string {
  const fresh = dryRun ? outcome.total - outcome.existing.length : outcome.created.length;
  return dryRun
    ? `文件校验通过：共 ${outcome.total} 行，可新增 ${fresh} 个账号，${outcome.existing.length} 个已导入过。`
    : `导入完成：新增 ${fresh} 个账号，${outcome.existing.length} 个此前已导入（未重复创建）。`;
}

/** 批量导入 (admin): check a CSV / XLSX file, see every bad row, import only a clean file. */
export function RegisterImportView() {
  const file = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const send = async (dryRun: boolean) => {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setOutcome({ state: "missing" });
    setOutcome({ state: "busy", dryRun });
    try {
      setOutcome({ state: "done", dryRun, result: await registerApi.import(chosen, dryRun) });
    } catch (error) {
      const known = error instanceof ApiError ? error : undefined;
      setOutcome({ state: "failed", message: known?.message ?? "导入失败，请稍后重试", rows: (known?.fields ?? []).filter((f) => /^\d+\./.test(f.field)) });
    }
  };
  const busy = outcome.state === "busy";
  return (
    <>
      <div class="page-head">
        <PageTitle>批量导入</PageTitle>
        <a href="#/register">返回备案登记</a>
      </div>
      <section class="card">
        <p>导入已开设账号的存量数据。文件首行为列名，每行一个账号；多名管理员用“；”分隔。</p>
        <p class="hint">{`列：${TEMPLATE_COLUMNS}（受托单位、合同到期日、同平台多账号理由、备案日期可空）。“主办单位”填写单位编码（见组织机构）或单位全称。`}</p>
        <p>
          <a class="btn btn-secondary" href="/api/register/import-template.xlsx" download data-testid="import-template">
            下载导入模板（XLSX）
          </a>
        </p>
        <p class="hint">整份文件先全部校验：任何一行有误则整份文件不导入，请按错误表修改后重新上传。同一文件重复导入不会产生重复账号。</p>
        <div class="field">
          <label for="import-file">选择文件（CSV 或 XLSX，2 MB 以内）</label>
          <input id="import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="import-file" ref={file} />
        </div>
        <div class="register-actions">
          <button type="button" class="btn btn-secondary" data-testid="import-check" disabled={busy} onClick={() => send(true)}>
            检查文件
          </button>
          <button type="button" class="btn btn-primary" data-testid="import-run" disabled={busy} onClick={() => send(false)}>
            导入
          </button>
        </div>
      </section>
      <div class="import-result" role="status">
        {outcome.state === "missing" ? <Notice tone="warn">请先选择文件。</Notice> : null}
        {outcome.state === "busy" ? <Loading text={outcome.dryRun ? "正在检查…" : "正在导入…"} /> : null}
        {outcome.state === "done" ? (
          <Notice tone="ok">
            <span data-testid="import-summary">{summary(outcome.dryRun, outcome.result)}</span>
          </Notice>
        ) : null}
        {outcome.state === "failed" ? (
          <>
            <Notice tone="err">{outcome.message}</Notice>
            {outcome.rows.length ? <ImportErrors rows={outcome.rows} /> : null}
          </>
        ) : null}
      </div>
    </>
  );
}

const ImportErrors = ({ rows }: { rows: FieldError[] }) => (
  <div class="table-wrap card">
    <table class="data-table import-errors" data-testid="import-errors">
      <caption class="visually-hidden">导入错误</caption>
      <thead>
        <tr>
          <th scope="col">行号</th>
          <th scope="col">错误</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr data-testid="import-error-row">
            <td data-label="行号">{`第 ${r.field.split(".")[0]} 行`}</td>
            <td data-label="错误">{r.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
