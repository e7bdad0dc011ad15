import { describe, expect, it } from "vitest";
import {
  computeFigures,
  DEFAULT_INDICATORS,
  DEFAULT_INSPECTION_SCHEDULE as SCHEDULE,
  editability,
  GENESIS_HASH,
  markReminded,
  nextUnitDue,
  NOTHING_DUE,
  progressDelta,
  reminderDue,
  remindersCoveredAt,
  reportAnswersSchema,
  REPORT_FIELD_LABELS,
  scoreOf,
  tally,
  toFieldErrors,
  updateGaps,
  type Account,
  type AnnualFigureSources,
} from "@beian/core";

describe("scoring against the inspection indicators", () => {
  it("deducts from 100 within each item's maximum and grades 合格 / 基本合格 / 不合格 at 80 and 60", () => {
    expect(scoreOf(DEFAULT_INDICATORS, [], {})).toEqual({ score: 100, result: "qualified" });
    expect(scoreOf(DEFAULT_INDICATORS, [], { timeliness: 20 })).toEqual({ score: 80, result: "qualified" });
    expect(scoreOf(DEFAULT_INDICATORS, [], { timeliness: 20, wording: 0.5 })).toEqual({ score: 79.5, result: "basic" });
    expect(scoreOf(DEFAULT_INDICATORS, [], { timeliness: 20, wording: 15, functions: 5.5 })).toEqual({ score: 59.5, result: "failed" });
    // An item cannot take more than its maximum, nor give points back.
    expect(scoreOf(DEFAULT_INDICATORS, [], { timeliness: 99, wording: -10 }).score).toBe(80);
  });

  it("fails a report outright for any 单项否决 item, whatever the score", () => {
    expect(scoreOf(DEFAULT_INDICATORS, ["no-update"], {})).toEqual({ score: 100, result: "failed" });
    expect(scoreOf(DEFAULT_INDICATORS, ["not-an-indicator"], {}).result).toBe("qualified");
  });

  it("takes its thresholds from the configuration", () => {
    const strict = { ...DEFAULT_INDICATORS, grades: { qualifiedFrom: 90, basicFrom: 75 } };
    expect(scoreOf(strict, [], { timeliness: 12 }).result).toBe("basic");
    expect(scoreOf(strict, [], { timeliness: 20, wording: 6 }).result).toBe("failed");
  });
});

describe("a unit's deadline: reminders and the settlement", () => {
  const state = (deadline: string, reminded: Record<string, string> = {}) => ({ deadline, reminded });

  it("is due 7 days before, 1 day before, then the day after the deadline, and never again once settled", () => {
    expect(nextUnitDue(state("2026-11-30"), "2026-11-01", SCHEDULE)).toBe("2026-11-23");
    expect(reminderDue(state("2026-11-30"), "2026-11-22", SCHEDULE)).toBeUndefined();
    expect(reminderDue(state("2026-11-30"), "2026-11-23", SCHEDULE)).toBe(7);
    const after7 = state("2026-11-30", markReminded(state("2026-11-30"), 7, SCHEDULE));
    expect(nextUnitDue(after7, "2026-11-23", SCHEDULE)).toBe("2026-11-29");
    expect(reminderDue(after7, "2026-11-29", SCHEDULE)).toBe(1);
    const after1 = state("2026-11-30", markReminded(after7, 1, SCHEDULE));
    expect(nextUnitDue(after1, "2026-11-29", SCHEDULE)).toBe("2026-12-01");
    expect(reminderDue(after1, "2026-12-01", SCHEDULE)).toBeUndefined();
    expect(nextUnitDue({ ...after1, settledFor: "2026-11-30" }, "2026-12-01", SCHEDULE)).toBe(NOTHING_DUE);
  });

  it("sends only the most urgent reminder to a late sweep, and none for days the opening mail already covered", () => {
    expect(reminderDue(state("2026-11-30"), "2026-11-29", SCHEDULE)).toBe(1);
    expect(markReminded(state("2026-11-30"), 1, SCHEDULE)).toEqual({ "1": "2026-11-30", "7": "2026-11-30" });
    // Opened on 25 November with a deadline of the 30th: the 7-day reminder is the opening mail itself.
    const covered = state("2026-11-30", remindersCoveredAt("2026-11-30", "2026-11-25", SCHEDULE));
    expect(covered.reminded).toEqual({ "7": "2026-11-30" });
    expect(nextUnitDue(covered, "2026-11-25", SCHEDULE)).toBe("2026-11-29");
  });

  it("reminds again for an extended deadline", () => {
    const reminded = state("2026-11-30", { "7": "2026-11-30", "1": "2026-11-30" });
    const extended = { ...reminded, deadline: "2026-12-15" };
    expect(nextUnitDue(extended, "2026-11-30", SCHEDULE)).toBe("2026-12-08");
    expect(reminderDue(extended, "2026-12-08", SCHEDULE)).toBe(7);
  });
});

describe("progress counters", () => {
  const fresh = { status: "pending", outcome: "open", round: 0 } as const;

  it("moves a report from 未提交 to 审核中 to 已通过 合格, changing only the counters that change", () => {
    expect(tally(fresh)).toMatchObject({ total: 1, unsubmitted: 1, submitted: 0 });
    expect(progressDelta(fresh, { ...fresh, status: "in_review", round: 1 })).toEqual({ unsubmitted: -1, submitted: 1, inReview: 1 });
    expect(progressDelta({ ...fresh, status: "in_review", round: 1 }, { status: "approved", round: 1, outcome: "inspected", result: "qualified" })).toEqual({ inReview: -1, approved: 1, qualified: 1 });
    expect(progressDelta(fresh, fresh)).toEqual({});
  });

  it("counts an overdue report as overdue for good, suspended until cancelled", () => {
    const suspended = { ...fresh, outcome: "suspended", suspendReason: "overdue" } as const;
    expect(progressDelta(fresh, suspended)).toEqual({ unsubmitted: -1, overdue: 1, suspended: 1 });
    expect(progressDelta(suspended, { ...suspended, outcome: "cancelled" })).toEqual({ suspended: -1, cancelled: 1 });
  });
});

describe("when a unit may fill in and submit", () => {
  it("allows the annual report until its deadline unless in review, and the rectification until the grace period ends", () => {
    expect(editability({ status: "pending", outcome: "open" }, "2026-11-30", "2026-11-30")).toEqual({ editable: true, phase: "annual" });
    expect(editability({ status: "returned", outcome: "open" }, "2026-11-30", "2026-12-01")).toMatchObject({ editable: false, reason: "提交截止日期 2026-11-30 已过" });
    expect(editability({ status: "in_review", outcome: "open" }, "2026-11-30", "2026-11-10").editable).toBe(false);
    expect(editability({ status: "approved", outcome: "suspended", graceUntil: "2026-12-31" }, "2026-11-30", "2026-12-31")).toEqual({ editable: true, phase: "rectification" });
    expect(editability({ status: "approved", outcome: "suspended", graceUntil: "2026-12-31" }, "2026-11-30", "2027-01-01").editable).toBe(false);
    expect(editability({ status: "approved", outcome: "inspected" }, "2026-11-30", "2026-11-10").editable).toBe(false);
  });
});

describe("the unit's answers", () => {
  const valid = {
    interaction: { messagesReceived: 5, messagesAnswered: 5, averageReplyDays: 1, functionsWorking: true },
    security: { incidents: 0 },
    rectification: "已整改",
    selfAssessment: { grade: "qualified", text: "好" },
    leader: { name: "李明", title: "局长", confirmed: true, confirmedOn: "2026-11-01" },
  };
  const errorsOf = (answers: unknown) => {
    const result = reportAnswersSchema.safeParse(answers);
    return result.success ? [] : toFieldErrors(result.error, REPORT_FIELD_LABELS);
  };

  it("refuses missing or malformed answers with Chinese messages and stable codes", () => {
    expect(errorsOf(valid)).toEqual([]);
    expect(errorsOf({ ...valid, rectification: " ", selfAssessment: { grade: "excellent", text: "好" }, leader: { ...valid.leader, confirmed: false, confirmedOn: "2026-13-01" } })).toEqual([
      { field: "rectification", code: "REQUIRED", message: "上年度问题整改情况为必填项" },
      { field: "selfAssessment.grade", code: "INVALID_CHOICE", message: "自评·自评等次的取值无效" },
      { field: "leader.confirmed", code: "LEADER_NOT_CONFIRMED", message: "须由主管领导确认后提交" },
      { field: "leader.confirmedOn", code: "INVALID_DATE", message: "主管领导确认·确认日期格式不正确，应为有效日期（年-月-日，如 2026-12-01）" },
    ]);
  });

  it("checks answers against each other once each is well formed", () => {
    expect(errorsOf({ ...valid, interaction: { ...valid.interaction, messagesAnswered: 9 }, security: { incidents: 1 } })).toEqual([
      { field: "interaction.messagesAnswered", code: "MORE_THAN_RECEIVED", message: "已答复数不能多于收到的留言数" },
      { field: "security.description", code: "REQUIRED", message: "发生安全事件时须说明事件及处置情况" },
    ]);
  });
});

describe("the figures the system pre-fills", () => {
  const account = {
    accountId: "a1",
    filingNumber: "BA-2026-WX-00001",
    filingId: "f1",
    unitId: "u1",
    platform: "wechat",
    platformKey: "wechat:gh_x",
    accountName: "清河发布",
    status: "filed",
    data: {
      platform: "wechat",
      accountName: "清河发布",
      platformAccountId: "gh_x",
      purpose: "p",
      publishingScope: "s",
      leader: { name: "李明", title: "主任", phone: "13800000001" },
      administrators: [{ name: "王芳", phone: "13800000002", email: "w@x.cn", onPayroll: true }],
      operationMode: "outsourced",
      contractor: { name: "某公司", contractEndDate: "2026-11-30" },
      verification: "verified",
    },
    filedAt: "2025-03-01T00:00:00.000Z",
    updatedAt: "2025-03-01T00:00:00.000Z",
    auditSeq: 1,
    auditHead: GENESIS_HASH,
  } as Account;
  const publication = (id: string, at: string, source: "system" | "manual", draftId?: string, contentType?: "original" | "repost") => ({ publicationId: id, accountId: "a1", unitId: "u1", platform: "wechat" as const, source, draftId, contentType, title: id, publishedAt: at, recordedBy: "p", recordedByName: "王芳", recordedAt: at });
  const sources: AnnualFigureSources = {
    year: 2026,
    now: new Date("2026-11-10T02:00:00Z"),
    account,
    unitName: "清河县政府办",
    chain: [
      { entityId: "a1", seq: 2, at: "2025-12-31T15:00:00Z", actorId: "s", actorName: "系统", action: "update_violation", details: {}, prevHash: "", hash: "" },
      { entityId: "a1", seq: 3, at: "2026-06-01T02:00:00Z", actorId: "s", actorName: "系统", action: "update_violation", details: {}, prevHash: "", hash: "" },
      { entityId: "a1", seq: 4, at: "2026-07-01T02:00:00Z", actorId: "p", actorName: "周敏", action: "account_changed", details: { reason: "更换管理员" }, prevHash: "", hash: "" },
    ],
    publications: [
      publication("p1", "2026-01-05T02:00:00Z", "system", "d1", "original"),
      publication("p2", "2026-01-25T02:00:00Z", "system", "d2", "repost"),
      publication("p3", "2026-10-30T02:00:00Z", "manual"),
    ],
    drafts: [
      { draftId: "d1", hits: 3, confirmed: 1 },
      { draftId: "d2", hits: 0, confirmed: 0 },
    ],
    reviewTasks: [
      { kind: "content", itemId: "d1", round: 1, stage: "first", status: "decided", decision: "return", createdAt: "2026-01-02T00:00:00Z", decidedAt: "2026-01-03T00:00:00Z" },
      { kind: "content", itemId: "d1", round: 2, stage: "first", status: "decided", decision: "approve", createdAt: "2026-01-03T00:00:00Z", decidedAt: "2026-01-04T00:00:00Z" },
      { kind: "content", itemId: "d2", round: 1, stage: "first", status: "decided", decision: "reject", createdAt: "2026-01-20T00:00:00Z", decidedAt: "2026-01-21T00:00:00Z" },
    ] as never,
    credentialTasks: [{ taskId: "t", accountId: "a1", unitId: "u1", accountName: "", filingNumber: "", state: "open", reason: "admin_change", removedAdmins: [], addedAdmins: [], openedAt: "2026-07-01T00:00:00Z", dueAt: "2026-07-08T00:00:00Z" }],
    thresholds: { warnDays: 10, violationDays: 14 },
  };

  it("counts the year's publications by month and type, the longest gap, warnings, violations, reviews, custody and the contract", () => {
    const f = computeFigures(sources);
    expect(f.period).toEqual({ from: "2026-01-01", to: "2026-11-10" });
    expect(f.publications).toMatchObject({ total: 3, original: 1, repost: 1, outside: 1, longestGapDays: 278, lastPublishedAt: "2026-10-30T02:00:00Z" });
    expect(f.publications.byMonth).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    // Gaps from 1 Jan: 4, 20, 278 and 11 days; three reach the 10-day warning.
    expect(f.monitor).toEqual({ warnings: 3, violations: 1 });
    expect(f.words).toEqual({ drafts: 2, hits: 3, confirmed: 1 });
    expect(f.reviews).toEqual({ rounds: 3, approvals: 1, returns: 1, rejections: 1 });
    expect(f.custody).toEqual({ holders: 0, openTasks: 1, overdueTasks: 1 });
    expect(f.contract).toMatchObject({ mode: "委托运营", contractor: "某公司", endDate: "2026-11-30", state: "合同即将到期", daysLeft: 20 });
    expect(f.changes.map((c) => c.label)).toEqual(["更新违规（两周未更新）", "变更备案办结"]);
  });

  it("measures gaps in Beijing days from the start of watching to the end of the period", () => {
    expect(updateGaps([], "2026-01-01T00:00:00+08:00", "2026-01-11T23:00:00+08:00").map((g) => g.days)).toEqual([10]);
    expect(updateGaps(["2026-01-03T23:30:00+08:00"], "2026-01-01T00:00:00+08:00", "2026-01-04T00:30:00+08:00").map((g) => g.days)).toEqual([2, 1]);
  });
});
