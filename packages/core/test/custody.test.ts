import { describe, expect, it } from "vitest";
import {
  completeCredentialTaskSchema,
  contractFlag,
  custodyInputSchema,
  DomainError,
  openCredentialTasksForAdminChange,
  parseWithoutSecrets,
  type Account,
} from "@beian/core";
import { filingInput } from "../../../test/support/fixtures.js";

const codesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).fields.map((f) => f.code);
  }
  throw new Error("expected a validation error");
};

const holder = { name: "王芳", post: "信息员", devices: ["办公室电脑"] };

describe("credential custody input never takes a password", () => {
  it("accepts holders, devices and the last change date", () => {
    expect(parseWithoutSecrets(custodyInputSchema, { holders: [holder], lastPasswordChangeAt: "2026-03-01" })).toMatchObject({ holders: [holder] });
  });

  it("refuses password-like fields, nested too, before anything else", () => {
    expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [holder], password: "x" }))).toEqual(["PASSWORD_NOT_ALLOWED"]);
    expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [{ ...holder, 密码: "abc" }] }))).toEqual(["PASSWORD_NOT_ALLOWED"]);
    expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [holder], note: "密码：Qh@2026" }))).toEqual(["PASSWORD_NOT_ALLOWED"]);
  });

  it("reports a date in the wrong format once, in Chinese", () => {
    try {
      parseWithoutSecrets(completeCredentialTaskSchema, { rotatedOn: "2026/12/02", devicesUnbound: true });
      throw new Error("expected a validation error");
    } catch (error) {
      const fields = (error as DomainError).fields;
      expect(fields).toHaveLength(1);
      expect(fields[0]).toMatchObject({ field: "rotatedOn", code: "INVALID_DATE" });
      expect(fields[0].message).toMatch(/^更换密码日期格式不正确/);
    }
  });

  it("reports other mistakes per field", () => {
    expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [], lastPasswordChangeAt: "2026-13-45" }))).toEqual(["REQUIRED", "INVALID_DATE"]);
    // A day that does not exist is refused, not rolled over into the next month.
    expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [{ name: "王芳", devices: [] }], lastPasswordChangeAt: "2026-02-31" }))).toEqual(["INVALID_DATE"]);
    // A keyword followed by something password-like is refused even without a separator.
    for (const note of ["密码 Qh2026!", "pw: Qh2026!", "the password is Qh2026!"]) {
      expect(codesOf(() => parseWithoutSecrets(custodyInputSchema, { holders: [{ name: "王芳", devices: [] }], note })), note).toEqual(["PASSWORD_NOT_ALLOWED"]);
    }
    expect(parseWithoutSecrets(custodyInputSchema, { holders: [{ name: "王芳", devices: [] }], note: "每季度更换一次密码，密码已于2026-01-01更换" }).note).toContain("每季度");
  });
});

const account = (overrides: Partial<Account> = {}): Account => ({
  accountId: "acc-1",
  filingNumber: "BA-2026-WX-00001",
  filingId: "f-1",
  unitId: "unit-1",
  platform: "wechat",
  platformKey: "wechat:gh_x",
  accountName: "清河发布",
  status: "filed",
  data: filingInput({ operationMode: "outsourced", contractor: { name: "清河传媒", contractEndDate: "2026-06-30" } }),
  filedAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  auditSeq: 1,
  auditHead: "h",
  ...overrides,
});

describe("委托运营 contract flags (Beijing dates)", () => {
  it("is active before the last 30 days, expiring within them, ended after the end date", () => {
    expect(contractFlag(account(), new Date("2026-05-30T15:00:00Z"))).toMatchObject({ state: "active", daysLeft: 31 });
    expect(contractFlag(account(), new Date("2026-05-30T16:00:00Z"))).toMatchObject({ state: "expiring", daysLeft: 30 });
    expect(contractFlag(account(), new Date("2026-06-30T15:59:00Z"))).toMatchObject({ state: "expiring", daysLeft: 0 });
    expect(contractFlag(account(), new Date("2026-06-30T16:00:00Z"))).toMatchObject({ state: "ended", daysLeft: -1 });
  });

  it("does not flag self-run or cancelled accounts", () => {
    expect(contractFlag(account({ data: filingInput() }), new Date("2026-06-01T00:00:00Z"))).toBeUndefined();
    expect(contractFlag(account({ status: "cancelled" }), new Date("2026-06-01T00:00:00Z"))).toBeUndefined();
  });
});

describe("an administrator change opens a rotate/unbind task", () => {
  const admin = (name: string, email: string) => ({ name, phone: "13800000002", email, onPayroll: true });
  const options = { newId: () => "task-1", dueDays: 7 };

  it("opens one task due in 7 days when somebody left, naming who left and who joined", () => {
    const [task] = openCredentialTasksForAdminChange(account(), [admin("王芳", "wf@x.cn"), admin("李四", "ls@x.cn")], [admin("李四", "LS@x.cn"), admin("赵六", "zl@x.cn")], "2026-03-01T02:00:00.000Z", options);
    expect(task).toMatchObject({ state: "open", removedAdmins: ["王芳"], addedAdmins: ["赵六"], unitId: "unit-1", dueAt: "2026-03-08T02:00:00.000Z" });
  });

  it("opens none when administrators were only added or nothing changed", () => {
    expect(openCredentialTasksForAdminChange(account(), [admin("李四", "ls@x.cn")], [admin("李四", "ls@x.cn"), admin("赵六", "zl@x.cn")], "2026-03-01T00:00:00.000Z", options)).toEqual([]);
  });
});
