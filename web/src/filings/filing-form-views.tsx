/** @jsxImportSource hono/jsx/dom */
import type { FilingKind } from "@beian/core";
import type { Child } from "hono/jsx";
import type { SignedInPerson } from "../auth/api.js";
import type { ViewProps } from "../shell/route.js";
import { LoadError, Loading, Notice } from "../ui/notice.js";
import { PageTitle } from "../ui/page-title.js";
import { useLoad } from "../ui/use-load.js";
import { filingApi, filingHref, type FilingRow } from "./api.js";
import { FilingForm } from "./filing-form.js";

/** The form a returned filing of another kind (变更, 注销) is resubmitted with; its feature provides it. */
export type ResubmitForm = (props: { filing: FilingRow; person: SignedInPerson; navigate: (hash: string) => void }) => Child;

/** #/filings/new */
export const NewFilingView = ({ navigate }: ViewProps) => (
  <>
    <PageTitle>新媒体建设申请表</PageTitle>
    <FilingForm navigate={navigate} />
  </>
);

/** #/filings/:id/edit: a returned filing of any kind, edited and resubmitted for a new round. */
export const editFilingView =
  (forms: Partial<Record<FilingKind, ResubmitForm>>) =>
  ({ params, person, navigate }: ViewProps) => {
    const detail = useLoad(() => filingApi.get(params.id));
    if (detail.state === "loading") return <Loading />;
    if (detail.state === "error") return <LoadError error={detail.error} />;
    const { filing } = detail.data;
    if (filing.status !== "returned") {
      return (
        <>
          <PageTitle>修改备案申请</PageTitle>
          <Notice tone="warn">
            只有被退回修改的备案申请可以重新提交。 <a href={filingHref.detail(filing.filingId)}>返回详情</a>
          </Notice>
        </>
      );
    }
    const Form = forms[filing.kind];
    return (
      <>
        <PageTitle>
          修改后重新提交<small>{filing.data.accountName}</small>
        </PageTitle>
        {Form ? <Form filing={filing} person={person} navigate={navigate} /> : <FilingForm filing={filing} navigate={navigate} />}
      </>
    );
  };
