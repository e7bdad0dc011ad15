import type { FilingInput } from "@beian/core";

export type Administrator = FilingInput["administrators"][number];

/** 新媒体建设申请表 as the form edits it: every field a string (or the administrators' rows). */
export interface FilingDraft {
  platform: string;
  accountName: string;
  platformAccountId: string;
  purpose: string;
  publishingScope: string;
  leaderName: string;
  leaderTitle: string;
  leaderPhone: string;
  administrators: Administrator[];
  operationMode: string;
  contractorName: string;
  contractEndDate: string;
  verification: string;
  justification: string;
}

export const blankAdministrator = (): Administrator => ({ name: "", phone: "", email: "", onPayroll: true });

export function draftOf(data: FilingInput | undefined): FilingDraft {
  return {
    platform: data?.platform ?? "",
    accountName: data?.accountName ?? "",
    platformAccountId: data?.platformAccountId ?? "",
    purpose: data?.purpose ?? "",
    publishingScope: data?.publishingScope ?? "",
    leaderName: data?.leader.name ?? "",
    leaderTitle: data?.leader.title ?? "",
    leaderPhone: data?.leader.phone ?? "",
    administrators: data?.administrators.length ? data.administrators : [blankAdministrator()],
    operationMode: data?.operationMode ?? "self",
    contractorName: data?.contractor?.name ?? "",
    contractEndDate: data?.contractor?.contractEndDate ?? "",
    verification: data?.verification ?? "unverified",
    justification: data?.justification ?? "",
  };
}

/**
 * The API body. Choice fields go as the user picked them: the server's schema is the judge of
 * what is valid, and its field errors come back to the form.
 */
export function inputOf(draft: FilingDraft): FilingInput {
  const note = draft.justification.trim();
  return {
    platform: draft.platform as FilingInput["platform"],
    accountName: draft.accountName,
    platformAccountId: draft.platformAccountId,
    purpose: draft.purpose,
    publishingScope: draft.publishingScope,
    leader: { name: draft.leaderName, title: draft.leaderTitle, phone: draft.leaderPhone },
    administrators: draft.administrators,
    operationMode: draft.operationMode as FilingInput["operationMode"],
    ...(draft.operationMode === "outsourced" ? { contractor: { name: draft.contractorName, contractEndDate: draft.contractEndDate } } : {}),
    verification: draft.verification as FilingInput["verification"],
    ...(note ? { justification: note } : {}),
  };
}
