import { describe, expect, it } from "vitest";
import { diffFiling, DomainError, FILING_FIELD_LABELS, filingInputSchema, formatFilingNumber, normalizePlatformAccountId, parseOrThrow } from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";

function fieldErrors(body: unknown) {
  try {
    parseOrThrow(filingInputSchema, body, FILING_FIELD_LABELS);
    return [];
  } catch (error) {
    return (error as DomainError).fields;
  }
}

describe("open-account filing input", () => {
  it("accepts a complete self-run filing", () => {
    expect(fieldErrors(filingInput())).toEqual([]);
  });

  it("reports each bad field with a stable code and a Chinese message", () => {
    const errors = fieldErrors({
      ...filingInput(),
      accountName: "",
      platform: "myspace",
      purpose: "很".repeat(501),
      leader: { name: "李明", title: "主任", phone: "12345" },
      administrators: [{ name: "王芳", phone: "13800000002", email: "not-an-email", onPayroll: true }],
    });
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(byField.accountName).toMatchObject({ code: "REQUIRED", message: "账号名称为必填项" });
    expect(byField.platform).toMatchObject({ code: "INVALID_CHOICE", message: "平台类型的取值无效" });
    expect(byField.purpose).toMatchObject({ code: "TOO_LONG", message: "开设宗旨不能超过 500 个字" });
    // The message says what is expected, not only that it is wrong.
    expect(byField["leader.phone"]).toMatchObject({ code: "INVALID_FORMAT", message: expect.stringContaining("应为 11 位手机号") });
    expect(byField["administrators.0.email"]).toMatchObject({ code: "INVALID_FORMAT", message: "后台管理人员·第 1 项·邮箱格式不正确，应为电子邮箱地址（如 name@example.gov.cn）" });
    for (const e of errors) expect(e.message, e.field).toMatch(/[\u4e00-\u9fff]/);
  });

  it("requires a contractor exactly when operation is outsourced, and rejects unknown fields", () => {
    expect(fieldErrors({ ...filingInput(), operationMode: "outsourced" })).toEqual([
      { field: "contractor", code: "REQUIRED", message: "委托运营须填写受托单位及合同到期日" },
    ]);
    expect(fieldErrors({ ...filingInput(), password: "secret" })[0]).toMatchObject({ code: "UNKNOWN_FIELD" });
    expect(fieldErrors({ ...filingInput(), administrators: [] })[0]).toMatchObject({ field: "administrators", code: "REQUIRED" });
  });
});

describe("platform accounts and filing numbers", () => {
  it("normalizes the many spellings of one account to one key", () => {
    const forms = ["https://www.weibo.com/u/123/", "weibo.com/u/123", "HTTP://WEIBO.COM/u/123?from=share", " weibo.com/u/123# "];
    expect(new Set(forms.map(normalizePlatformAccountId))).toEqual(new Set(["weibo.com/u/123"]));
  });

  it("formats readable filing numbers", () => {
    expect(formatFilingNumber(2026, "wechat", 42)).toBe("BA-2026-WX-00042");
  });

  it("lists what a resubmission changed", () => {
    const before = filingInput();
    const after = { ...before, accountName: "清河发布", leader: { ...before.leader, phone: "13900000009" } };
    expect(diffFiling(before, after).map((c) => c.field)).toEqual(["账号名称", "主管领导"]);
    expect(diffFiling(before, before)).toEqual([]);
  });
});
