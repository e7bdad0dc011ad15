import "./reviews.css";
import type { NavLink, Route } from "../shell/route.js";
import { MyReviewsView } from "./my-reviews-view.js";
import { ReviewChainsView } from "./review-chains-view.js";

export const reviewRoutes: Route[] = [
  { pattern: "/my-reviews", title: "待我审核", roles: ["reviewer"], view: MyReviewsView },
  { pattern: "/review-chains", title: "审核流程配置", roles: ["admin"], view: ReviewChainsView },
];

export const reviewNav: NavLink[] = [
  { hash: "#/my-reviews", label: () => "待我审核", roles: ["reviewer"], testId: "nav-my-reviews", order: 40, current: (path) => path === "/my-reviews" },
  { hash: "#/review-chains", label: () => "审核流程配置", roles: ["admin"], testId: "nav-review-chains", order: 60, current: (path) => path === "/review-chains" },
];
