import type { AnnualReport, ReportAnswers } from "@beian/core";

/** The report form as typed: every field a string (or a flag), turned into the API's shape on send. */
export interface ReportDraft {
  messagesReceived: string;
  messagesAnswered: string;
  averageReplyDays: string;
  functionsWorking: string;
  incidents: string;
  incidentDescription: string;
  rectification: string;
  grade: string;
  selfText: string;
  leaderName: string;
  leaderTitle: string;
  leaderConfirmed: boolean;
  confirmedOn: string;
  rectificationReport: string;
}

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

export function draftOf(answers: AnnualReport["answers"], today: string): ReportDraft {
  const a = answers ?? {};
  return {
    messagesReceived: text(a.interaction?.messagesReceived),
    messagesAnswered: text(a.interaction?.messagesAnswered),
    averageReplyDays: text(a.interaction?.averageReplyDays),
    functionsWorking: a.interaction?.functionsWorking === undefined ? "" : a.interaction.functionsWorking ? "yes" : "no",
    incidents: text(a.security?.incidents ?? 0),
    incidentDescription: text(a.security?.description),
    rectification: text(a.rectification),
    grade: text(a.selfAssessment?.grade),
    selfText: text(a.selfAssessment?.text),
    leaderName: text(a.leader?.name),
    leaderTitle: text(a.leader?.title),
    leaderConfirmed: a.leader?.confirmed === true,
    confirmedOn: text(a.leader?.confirmedOn ?? today),
    rectificationReport: text(a.rectificationReport),
  };
}

/** A number as typed, or the text itself when it is not one (the server then says what is wrong). */
const number = (value: string): number | string | undefined => (value.trim() === "" ? undefined : Number.isFinite(Number(value)) ? Number(value) : value);
const optional = (value: string) => (value.trim() ? value : undefined);
const prune = <T extends object>(value: T): T | undefined => {
  const kept = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length ? (kept as T) : undefined;
};

/** What the form sends: fields left empty are left out (a draft may be partial; the submission is checked whole). */
export function answersOf(d: ReportDraft): ReportAnswers {
  return prune({
    interaction: prune({
      messagesReceived: number(d.messagesReceived),
      messagesAnswered: number(d.messagesAnswered),
      averageReplyDays: number(d.averageReplyDays),
      functionsWorking: d.functionsWorking === "" ? undefined : d.functionsWorking === "yes",
    }),
    security: prune({ incidents: number(d.incidents), description: optional(d.incidentDescription) }),
    rectification: optional(d.rectification),
    selfAssessment: prune({ grade: optional(d.grade), text: optional(d.selfText) }),
    leader: prune({ name: optional(d.leaderName), title: optional(d.leaderTitle), confirmed: d.leaderConfirmed, confirmedOn: optional(d.confirmedOn) }),
    rectificationReport: optional(d.rectificationReport),
  }) as unknown as ReportAnswers;
}
