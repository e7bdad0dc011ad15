import type { CredentialTask } from "../../custody/credential-task.js";
import type { FigureCount } from "../figures.js";
import { NOW } from "../figures.js";
import type { FigureSource } from "../figure-source.js";
import { monthOf } from "../months.js";

export const CREDENTIAL_SETS = {
  /** [unit, due | late] → tasks by the month they fell due; late = completed after the deadline. */
  credentialTasks: { platform: false, period: "month" },
  /** [unit, dueAt, taskId] → open tasks now (overdue once dueAt has passed). */
  openCredentialTasks: { platform: false, period: "now" },
} as const;

/** 更换密码 / 解绑设备 tasks: open ones by deadline, and those done late. */
export const credentialTaskFigures: FigureSource<CredentialTask> = {
  entity: "credentialTask",
  sets: CREDENTIAL_SETS,
  count(t) {
    const out: FigureCount[] = [{ set: "credentialTasks", period: monthOf(t.dueAt), key: [t.unitId, "due"], n: 1 }];
    if (t.state === "open") out.push({ set: "openCredentialTasks", period: NOW, key: [t.unitId, t.dueAt, t.taskId], n: 1 });
    if (t.state === "done" && t.completedAt && t.completedAt > t.dueAt) out.push({ set: "credentialTasks", period: monthOf(t.dueAt), key: [t.unitId, "late"], n: 1 });
    return out;
  },
};
