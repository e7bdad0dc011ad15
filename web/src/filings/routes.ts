import "./filings.css";
import type { FilingKind } from "@beian/core";
import type { SignedInPerson } from "../auth/api.js";
import type { NavLink, Route } from "../shell/route.js";
import { filingDetailView, type AccountPanel } from "./filing-detail.js";
import { editFilingView, NewFilingView, type ResubmitForm } from "./filing-form-views.js";
import { FilingListView } from "./filing-list.js";

/**
 * What other features add to a filing's views without this feature knowing them: the register
 * account's panel on the detail, and the resubmit forms of the kinds they own (变更, 注销).
 */
export interface FilingExtensions {
  AccountPanel: AccountPanel;
  resubmitForms: Partial<Record<FilingKind, ResubmitForm>>;
}

const listTitle = (person: SignedInPerson) => (person.roles.includes("admin") ? "备案管理" : "我的备案");

export function filingRoutes(extensions: FilingExtensions): Route[] {
  return [
    { pattern: "/filings", title: listTitle, roles: ["admin", "operator"], view: FilingListView },
    { pattern: "/filings/new", title: "新媒体建设申请表", roles: ["operator"], view: NewFilingView },
    { pattern: "/filings/:id", title: "备案详情", view: filingDetailView(extensions.AccountPanel) },
    { pattern: "/filings/:id/edit", title: "修改后重新提交", roles: ["operator"], view: editFilingView(extensions.resubmitForms) },
  ];
}

export const filingNav: NavLink[] = [
  {
    hash: "#/filings",
    label: listTitle,
    roles: ["admin", "operator"],
    order: 10,
    current: (path) => path === "/filings" || path.startsWith("/filings/"),
  },
];
