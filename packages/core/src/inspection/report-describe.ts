import type { ReviewSection } from "../review/kind.js";
import { STAGE_LABELS } from "../review/stages.js";
import { formatShanghai } from "../shared/time.js";
import { SUSPEND_REASON_LABELS, type AnnualReport } from "./annual-report.js";
import type { ReportFigures } from "./figures.js";
import { INSPECTION_RESULT_LABELS } from "./indicators.js";
import type { ReportAnswers } from "./report-input.js";

const day = (iso: string | undefined) => (iso ? formatShanghai(iso).slice(0, 10) : "—");
const ratio = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : "—");

/** The system's figures as rows (the left column reviewers and units see). */
export function figureRows(f: ReportFigures): [string, string][] {
  const p = f.publications;
  const months = p.byMonth.map((n, i) => `${i + 1}月 ${n}`).join("，");
  return [
    ["统计期间", `${f.period.from} 至 ${f.period.to}`],
    ["本年度发布", `${p.total} 条（原创 ${p.original}，转载 ${p.repost}，系统外发布 ${p.outside}）`],
    ["各月发布", months],
    ["最近一次更新", day(p.lastPublishedAt)],
    ["最长未更新间隔", p.longestGap ? `${p.longestGapDays} 天（${day(p.longestGap.from)} 至 ${day(p.longestGap.to)}）` : `${p.longestGapDays} 天`],
    ["更新预警", `${f.monitor.warnings} 次（间隔达到预警天数）${f.monitor.state ? `，当前监测状态：${f.monitor.state}` : ""}`],
    ["更新违规", `${f.monitor.violations} 次（已记入账号审计记录）`],
    ["错敏词", `送审稿件 ${f.words.drafts} 篇，检出 ${f.words.hits} 处，严重错敏词说明理由后保留 ${f.words.confirmed} 处`],
    ["审核情况", `送审 ${f.reviews.rounds} 轮，通过 ${f.reviews.approvals} 次，退回修改 ${f.reviews.returns} 次，不予通过 ${f.reviews.rejections} 次`],
    ["账号安全", `最近更换密码：${f.custody.lastPasswordChangeAt ?? "未登记"}；登记持有人 ${f.custody.holders} 人；待办更换密码/解绑任务 ${f.custody.openTasks} 项（逾期 ${f.custody.overdueTasks} 项）`],
    ["运营方式", f.contract.contractor ? `${f.contract.mode}：${f.contract.contractor}，合同至 ${f.contract.endDate}（${f.contract.state}）` : f.contract.mode],
  ];
}

/** What the unit wrote, as rows (the right column). */
export function answerRows(a: Partial<ReportAnswers> | undefined): [string, string][] {
  const i = a?.interaction;
  const leader = a?.leader;
  return [
    ["收到留言", i?.messagesReceived !== undefined ? `${i.messagesReceived} 条` : "—"],
    ["已答复", i?.messagesAnswered !== undefined ? `${i.messagesAnswered} 条（答复率 ${ratio(i.messagesAnswered, i.messagesReceived ?? 0)}）` : "—"],
    ["平均答复天数", i?.averageReplyDays !== undefined ? `${i.averageReplyDays} 天` : "—"],
    ["互动功能", i?.functionsWorking === undefined ? "—" : i.functionsWorking ? "正常" : "不正常"],
    ["安全事件", a?.security?.incidents !== undefined ? `${a.security.incidents} 起${a.security.description ? `：${a.security.description}` : ""}` : "—"],
    ["上年度问题整改", a?.rectification ?? "—"],
    ["自评", a?.selfAssessment?.grade ? `${INSPECTION_RESULT_LABELS[a.selfAssessment.grade]}：${a.selfAssessment.text ?? ""}` : "—"],
    ["主管领导确认", leader?.confirmed ? `${leader.name}（${leader.title}）于 ${leader.confirmedOn} 确认` : "未确认"],
  ];
}

/** The confirm page's and the mails' view of a report: the figures beside the answers, the account, its year's records. */
export function describeReport(report: AnnualReport): ReviewSection[] {
  const sections: ReviewSection[] = [];
  if (report.outcome === "suspended") {
    const reason = report.suspendReason ? SUSPEND_REASON_LABELS[report.suspendReason] : "年度检查未通过";
    sections.push({ type: "notice", heading: "整改报告", tone: "warn", text: `该账号因“${reason}”于 ${day(report.suspendedAt)} 停用，整改期至 ${report.graceUntil}。本报告通过（合格或基本合格）后账号即恢复。`, testId: "rectification-notice" });
    if (report.answers?.rectificationReport) sections.push({ type: "text", heading: "整改报告内容", text: report.answers.rectificationReport, testId: "rectification-report" });
  }
  const figures = report.figures;
  sections.push({
    type: "columns",
    heading: "系统数据与单位填报",
    testId: "figures-and-answers",
    columns: [
      { heading: figures ? `系统数据（${formatShanghai(figures.computedAt)} 提交时）` : "系统数据", rows: figures ? figureRows(figures) : [["系统数据", "尚未提交"]], testId: "figures" },
      { heading: "单位填报", rows: answerRows(report.answers), testId: "answers" },
    ],
  });
  if (report.assessment) {
    const sheet = report.assessment;
    const stage = sheet.stage ? STAGE_LABELS[sheet.stage as keyof typeof STAGE_LABELS] ?? "" : "";
    sections.push({ type: "notice", tone: "info", text: `${stage}评分：${sheet.score} 分，${INSPECTION_RESULT_LABELS[sheet.result]}${sheet.vetoes.length ? `（单项否决 ${sheet.vetoes.length} 项）` : ""}`, testId: "prior-score" });
  }
  if (figures) {
    const a = figures.account;
    sections.push({
      type: "rows",
      heading: "账号备案信息（提交时）",
      testId: "account-facts",
      rows: [
        ["账号", `${a.platformLabel}「${a.accountName}」（${a.platformAccountId}）`],
        ["备案编号", a.filingNumber],
        ["主办单位", a.unitName],
        ["状态", a.status],
        ["主管领导", a.leader],
        ["后台管理人员", a.administrators],
        ["认证", a.verification],
      ],
    });
    if (figures.changes.length) sections.push({ type: "rows", heading: "本年度账号记录", rows: figures.changes.map((c) => [day(c.at), c.detail ? `${c.label}：${c.detail}` : c.label]), testId: "year-changes" });
  }
  return sections;
}
