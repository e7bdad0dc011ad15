import type { ReviewSection } from "@beian/core";
import { ChangeTable } from "./change-table.js";

/** How a kind described its item, as plain HTML: rows, before → after tables, text, marked text, notices. */
export function ReviewSections(props: { sections: ReviewSection[] }) {
  return (
    <>
      {props.sections.map((section) => {
        switch (section.type) {
          case "rows":
            return (
              <section>
                <h2>{section.heading}</h2>
                <table data-testid={section.testId}>
                  {section.rows.map(([label, value]) => (
                    <tr>
                      <th>{label}</th>
                      <td>{value}</td>
                    </tr>
                  ))}
                </table>
              </section>
            );
          case "changes":
            return (
              <section>
                <h2>{section.heading}</h2>
                {section.note && <p>{section.note}</p>}
                <ChangeTable rows={section.changes} before={section.before ?? "修改前"} after={section.after ?? "修改后"} testId={section.testId ?? "changes"} />
              </section>
            );
          case "text":
            return (
              <section>
                <h2>{section.heading}</h2>
                <div class="long-text" data-testid={section.testId}>
                  {section.text.split(/\n+/).map((p) => (
                    <p>{p}</p>
                  ))}
                </div>
              </section>
            );
          case "marked":
            return (
              <section>
                <h2>{section.heading}</h2>
                {section.note && <p class="muted">{section.note}</p>}
                <div class="long-text marked" data-testid={section.testId}>
                  {section.segments.map((s) =>
                    s.mark === "ins" ? <ins title={s.note}>{s.text}</ins> : s.mark === "del" ? <del title={s.note}>{s.text}</del> : s.mark ? <mark class={s.mark} title={s.note}>{s.text}</mark> : s.text,
                  )}
                </div>
              </section>
            );
          case "columns":
            return (
              <section>
                <h2>{section.heading}</h2>
                <div class="columns" data-testid={section.testId}>
                  {section.columns.map((column) => (
                    <div class="column">
                      <h3>{column.heading}</h3>
                      <table data-testid={column.testId}>
                        {column.rows.map(([label, value]) => (
                          <tr>
                            <th>{label}</th>
                            <td>{value}</td>
                          </tr>
                        ))}
                      </table>
                    </div>
                  ))}
                </div>
              </section>
            );
          case "notice":
            return (
              <section>
                {section.heading && <h2>{section.heading}</h2>}
                <p class={`notice ${section.tone === "warn" ? "warn" : "info"}`} data-testid={section.testId}>
                  {section.text}
                </p>
              </section>
            );
        }
      })}
    </>
  );
}
