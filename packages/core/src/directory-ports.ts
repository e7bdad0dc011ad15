import type { AuditRecord } from "./audit-chain.js";
import type { Person, Unit } from "./people.js";
import type { ReviewChain, ReviewItemKind } from "./review-chains.js";
import type { ReviewLink } from "./review-link.js";
import type { ReviewTask } from "./review-task.js";
import type { Stage } from "./stages.js";

/** The head of the directory's audit chain: every directory change appends to this one chain. */
export interface DirectoryHead {
  auditSeq: number;
  auditHead: string;
}

/** One directory change written atomically with its audit record, conditioned on the chain head. */
export interface DirectoryChange {
  expectedAuditSeq: number;
  audit: AuditRecord;
  /** Units to write; a moved unit brings its re-pathed descendants. */
  units?: Unit[];
  person?: Person;
  /** Set when the person's email is new or changed: claimed in the same transaction (unique). */
  claimEmail?: string;
  releaseEmail?: string;
  chain?: ReviewChain;
  deleteChain?: { kind: ReviewItemKind; scope: string };
}

/** Which part of a directory change failed its condition. */
export class DirectoryConflict extends Error {
  constructor(readonly part: "head" | "email") {
    super(`directory write failed on ${part}`);
    this.name = "DirectoryConflict";
  }
}

export interface DirectoryAdminStore {
  getDirectoryHead(): Promise<DirectoryHead>;
  commitDirectoryChange(change: DirectoryChange): Promise<void>;
  listDirectoryAudit(): Promise<AuditRecord[]>;
  /** Every unit, ordered by path (a depth-first walk of the tree). */
  listUnits(): Promise<Unit[]>;
  /** The unit's descendants (not itself), from one query on the path index. */
  descendantUnitIds(unitId: string): Promise<string[]>;
  listPeople(): Promise<Person[]>;
  listPeopleByUnit(unitId: string): Promise<Person[]>;
  getPeople(personIds: string[]): Promise<Person[]>;
  listChains(kind: ReviewItemKind): Promise<ReviewChain[]>;
}

/** A reassignment: the task gets new assignees and a new version, the filing its audit record. */
export interface Reassignment {
  itemId: string;
  expectedAuditSeq: number;
  audit: AuditRecord;
  task: ReviewTask;
  expectedLinkHash: string;
}

export interface ReviewLinkStore {
  putReviewLinks(links: ReviewLink[]): Promise<void>;
  getReviewLink(linkHash: string): Promise<ReviewLink | undefined>;
  listTaskLinks(itemId: string, round: number, stage: Stage): Promise<ReviewLink[]>;
  markLinkMailed(link: ReviewLink, at: string): Promise<void>;
  /** Takes links out of their reviewers' 待我审核 lists (they still resolve, to explain themselves). */
  closeLinks(links: ReviewLink[]): Promise<void>;
  listOpenLinks(reviewerId: string): Promise<ReviewLink[]>;
  /** Pending review tasks across the register, for the admin's reassignment list. */
  listPendingTasks(): Promise<ReviewTask[]>;
  /** Fails with StoreConflict("task") if the task was decided or reassigned meanwhile. */
  commitReassignment(change: Reassignment): Promise<void>;
}
