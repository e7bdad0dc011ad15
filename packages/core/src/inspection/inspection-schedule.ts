import { NOTHING_DUE } from "../content/monitor/monitor-entry.js";
import { addDays } from "../custody/contract-watch.js";

/**
 * When the yearly inspection runs and how long units have: configuration with the regulations'
 * defaults (every November; 30 days to rectify), not code paths.
 */
export interface InspectionSchedule {
  /** "MM-DD" the yearly trigger opens the campaign (Beijing). */
  openOn: string;
  /** "MM-DD" of the default deadline. */
  deadlineOn: string;
  graceDays: number;
  /** Reminders to units with reports not submitted, in days before the deadline. */
  reminderDays: number[];
  /** How long after `openOn` a local runtime that was not running on the day still opens the campaign. */
  catchUpDays: number;
}

export const DEFAULT_INSPECTION_SCHEDULE: InspectionSchedule = { openOn: "11-01", deadlineOn: "11-30", graceDays: 30, reminderDays: [7, 1], catchUpDays: 14 };

export const openDateOf = (year: number, schedule: InspectionSchedule) => `${year}-${schedule.openOn}`;
export const defaultDeadlineOf = (year: number, schedule: InspectionSchedule) => `${year}-${schedule.deadlineOn}`;

/** What a unit's inspection still owes on its deadline: reminders sent (keyed by the deadline they were for) and the settlement. */
export interface UnitDeadlineState {
  deadline: string;
  /** Days-before → the deadline that reminder was sent for (an extended deadline is reminded again). */
  reminded: Record<string, string>;
  /** The deadline the overdue reports were suspended for. */
  settledFor?: string;
}


/** The reminder due today, if any: the most urgent one whose day has come and that was not sent for this deadline. */
export function reminderDue(state: UnitDeadlineState, today: string, schedule: InspectionSchedule): number | undefined {
  if (today > state.deadline) return undefined;
  const due = [...schedule.reminderDays].sort((a, b) => a - b).find((days) => addDays(state.deadline, -days) <= today && state.reminded[String(days)] !== state.deadline);
  return due;
}

/** Marks a reminder sent, and the earlier ones with it (a late sweep never sends "7 days left" after "1 day left"). */
export function markReminded(state: UnitDeadlineState, days: number, schedule: InspectionSchedule): Record<string, string> {
  const reminded = { ...state.reminded };
  for (const d of schedule.reminderDays) if (d >= days) reminded[String(d)] = state.deadline;
  return reminded;
}

/** Reminders whose day is today or already past when the unit is first told: the opening mail stands for them. */
export function remindersCoveredAt(deadline: string, today: string, schedule: InspectionSchedule): Record<string, string> {
  return Object.fromEntries(schedule.reminderDays.filter((days) => addDays(deadline, -days) <= today).map((days) => [String(days), deadline]));
}

/** The next day the sweep must look at the unit: an unsent reminder's day, else the day after the deadline, else never. */
export function nextUnitDue(state: UnitDeadlineState, today: string, schedule: InspectionSchedule): string {
  if (state.settledFor === state.deadline) return NOTHING_DUE;
  const days = schedule.reminderDays.filter((d) => state.reminded[String(d)] !== state.deadline).map((d) => addDays(state.deadline, -d)).filter((day) => day > today);
  return days.sort()[0] ?? addDays(state.deadline, 1);
}
