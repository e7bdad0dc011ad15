import type { ContentDeps } from "./content-deps.js";
import { draftService } from "./draft-service.js";
import { monitorService } from "./monitor/monitor-service.js";
import { monitorView } from "./monitor/monitor-view.js";
import { publicationService } from "./publication-service.js";
import { reviewRecordService } from "./review-record.js";
import { submissionService } from "./submission.js";
import { dictionaryService } from "./words/dictionary-service.js";

/**
 * Content (先审后发): drafts and their rounds, the 错敏词 dictionary and check, publication records,
 * the 审核记录 and the update monitor. It records only events other capabilities handle (the
 * review's start and abandon-task, mail); it registers no handler of its own.
 */
export function contentService(deps: ContentDeps) {
  const dictionary = dictionaryService(deps);
  const monitor = monitorService(deps);
  return {
    drafts: draftService(deps, dictionary),
    submit: submissionService(deps, dictionary),
    publications: publicationService(deps, monitor),
    reviewRecord: reviewRecordService(deps),
    dictionary,
    monitor: { ...monitor, list: monitorView(deps) },
  };
}

export type ContentService = ReturnType<typeof contentService>;
