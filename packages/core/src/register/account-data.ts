import { z } from "zod";
import { PLATFORM_IDS } from "../shared/platforms.js";
import { calendarDate, emailAddress, phoneNumber, requiredText } from "../shared/validation.js";

export const OPERATION_MODES = ["self", "outsourced"] as const;
export const VERIFICATION_STATUSES = ["verified", "in_progress", "unverified"] as const;

export const administratorSchema = z.strictObject({
  name: requiredText(20),
  phone: phoneNumber,
  email: emailAddress,
  onPayroll: z.boolean(),
});

/**
 * 新媒体建设申请表: what an account is filed with. An open filing submits it, a change filing
 * submits it as it should become, and the register keeps it as the account's data.
 */
export const filingInputSchema = z
  .strictObject({
    platform: z.enum(PLATFORM_IDS),
    accountName: requiredText(30),
    platformAccountId: requiredText(200),
    purpose: requiredText(500),
    publishingScope: requiredText(500),
    leader: z.strictObject({ name: requiredText(20), title: requiredText(40), phone: phoneNumber }),
    administrators: z.array(administratorSchema).min(1).max(10),
    operationMode: z.enum(OPERATION_MODES),
    contractor: z.strictObject({ name: requiredText(100), contractEndDate: calendarDate }).optional(),
    verification: z.enum(VERIFICATION_STATUSES),
    justification: z.string().trim().max(500).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.operationMode === "outsourced" && !value.contractor) {
      ctx.addIssue({ code: "custom", path: ["contractor"], message: "委托运营须填写受托单位及合同到期日", params: { code: "REQUIRED" } });
    }
    if (value.operationMode === "self" && value.contractor) {
      ctx.addIssue({ code: "custom", path: ["contractor"], message: "自主运营无需填写受托单位", params: { code: "NOT_ALLOWED" } });
    }
  });

export type FilingInput = z.infer<typeof filingInputSchema>;
export type AccountData = FilingInput;
