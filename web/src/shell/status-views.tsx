/** @jsxImportSource hono/jsx/dom */
import { Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";

/** No route matches the hash. */
export const NotFoundView = () => (
  <>
    <PageTitle>页面不存在</PageTitle>
    <Notice tone="warn" testId="not-found">
      页面不存在。<a href="#/">返回首页</a>
    </Notice>
  </>
);

/** The route exists but the signed-in person's roles do not include it: nothing of the view is rendered. */
export const ForbiddenView = () => (
  <>
    <PageTitle>无权查看</PageTitle>
    <Notice tone="warn" testId="forbidden">
      无权查看此页面。<a href="#/">返回首页</a>
    </Notice>
  </>
);
