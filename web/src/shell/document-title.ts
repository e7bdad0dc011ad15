export const SYSTEM_NAME = "政务新媒体备案管理系统";

/** The browser tab names the view: "备案登记 - 政务新媒体备案管理系统". */
export function setDocumentTitle(view: string | undefined): void {
  document.title = view ? `${view} - ${SYSTEM_NAME}` : SYSTEM_NAME;
}
