import { z } from "zod";
import { calendarDate, requiredText } from "../shared/validation.js";
import { INSPECTION_RESULTS } from "./indicators.js";

const count = z.number().int().min(0).max(10_000_000);

/**
 * What the unit reports that the system cannot know: interaction (留言办理), security incidents, the
 * rectification of last year's problems, its self-assessment and the responsible leader's
 * confirmation; after a suspension, the rectification report (整改报告) too.
 */
export const reportAnswersSchema = z
  .strictObject({
    interaction: z.strictObject({
      messagesReceived: count,
      messagesAnswered: count,
      averageReplyDays: z.number().min(0).max(365),
      functionsWorking: z.boolean(),
    }),
    security: z.strictObject({
      incidents: z.number().int().min(0).max(1000),
      description: z.string().trim().max(1000).optional(),
    }),
    rectification: requiredText(2000),
    selfAssessment: z.strictObject({ grade: z.enum(INSPECTION_RESULTS), text: requiredText(2000) }),
    leader: z.strictObject({
      name: requiredText(20),
      title: requiredText(40),
      confirmed: z.boolean().refine((v) => v, { error: "须由主管领导确认后提交", params: { code: "LEADER_NOT_CONFIRMED" } }),
      confirmedOn: calendarDate,
    }),
    rectificationReport: z.string().trim().max(3000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.interaction.messagesAnswered > value.interaction.messagesReceived) {
      ctx.addIssue({ code: "custom", path: ["interaction", "messagesAnswered"], message: "已答复数不能多于收到的留言数", params: { code: "MORE_THAN_RECEIVED" } });
    }
    if (value.security.incidents > 0 && !value.security.description) {
      ctx.addIssue({ code: "custom", path: ["security", "description"], message: "发生安全事件时须说明事件及处置情况", params: { code: "REQUIRED" } });
    }
  });

export type ReportAnswers = z.infer<typeof reportAnswersSchema>;

/** A saved draft: any part may be missing, but what is there has the right shape. */
export const reportDraftSchema = z.strictObject({
  interaction: z
    .strictObject({ messagesReceived: count.optional(), messagesAnswered: count.optional(), averageReplyDays: z.number().min(0).max(365).optional(), functionsWorking: z.boolean().optional() })
    .optional(),
  security: z.strictObject({ incidents: z.number().int().min(0).max(1000).optional(), description: z.string().trim().max(1000).optional() }).optional(),
  rectification: z.string().trim().max(2000).optional(),
  selfAssessment: z.strictObject({ grade: z.enum(INSPECTION_RESULTS).optional(), text: z.string().trim().max(2000).optional() }).optional(),
  leader: z.strictObject({ name: z.string().trim().max(20).optional(), title: z.string().trim().max(40).optional(), confirmed: z.boolean().optional(), confirmedOn: calendarDate.optional() }).optional(),
  rectificationReport: z.string().trim().max(3000).optional(),
});

export const REPORT_FIELD_LABELS: Record<string, string> = {
  interaction: "互动情况",
  "interaction.messagesReceived": "收到留言数",
  "interaction.messagesAnswered": "已答复留言数",
  "interaction.averageReplyDays": "平均答复天数",
  "interaction.functionsWorking": "互动功能是否正常",
  security: "安全情况",
  "security.incidents": "安全事件数",
  "security.description": "安全事件说明",
  rectification: "上年度问题整改情况",
  selfAssessment: "自评",
  "selfAssessment.grade": "自评等次",
  "selfAssessment.text": "自评说明",
  leader: "主管领导确认",
  "leader.name": "主管领导姓名",
  "leader.title": "主管领导职务",
  "leader.confirmed": "主管领导确认",
  "leader.confirmedOn": "确认日期",
  rectificationReport: "整改报告",
};
