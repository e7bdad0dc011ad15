import "./content.css";
import type { NavLink, Route } from "../shell/route.js";
import { DraftDetailView, EditDraftView, NewDraftView } from "./draft-detail.js";
import { DraftListView } from "./draft-list.js";
import { DictionaryView } from "./dictionary-view.js";
import { MonitorView } from "./monitor-view.js";

export const contentRoutes: Route[] = [
  { pattern: "/content", title: "稿件管理", roles: ["admin", "operator"], view: DraftListView },
  { pattern: "/content/new", title: "撰写稿件", roles: ["operator"], view: NewDraftView },
  { pattern: "/content/:id", title: "稿件详情", roles: ["admin", "operator"], view: DraftDetailView },
  { pattern: "/content/:id/edit", title: "修改稿件", roles: ["operator"], view: EditDraftView },
  { pattern: "/word-dictionary", title: "错敏词库", roles: ["admin"], view: DictionaryView },
  { pattern: "/update-monitor", title: "更新监测", roles: ["admin", "operator"], view: MonitorView },
];

export const contentNav: NavLink[] = [
  { hash: "#/content", label: () => "稿件管理", roles: ["admin", "operator"], testId: "nav-content", order: 15, current: (path) => path.startsWith("/content") },
  { hash: "#/update-monitor", label: () => "更新监测", roles: ["admin", "operator"], testId: "nav-update-monitor", order: 35, current: (path) => path === "/update-monitor" },
  { hash: "#/word-dictionary", label: () => "错敏词库", roles: ["admin"], testId: "nav-word-dictionary", order: 65, current: (path) => path === "/word-dictionary" },
];
