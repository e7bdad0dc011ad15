import type { AssessmentForm, FieldError } from "@beian/core";

/** A field's form name: kept apart from the decision's own fields. */
export const assessmentName = (name: string) => `a:${name}`;

/**
 * A kind's assessment form on the confirm page (e.g. an inspection's score sheet), fields grouped,
 * showing what the reviewer typed when the page comes back with errors.
 */
export function AssessmentFields(props: { form: AssessmentForm; values?: Record<string, string[]>; errors?: FieldError[] }) {
  const groups = [...new Set(props.form.fields.map((f) => f.group))];
  const typed = (name: string) => props.values?.[name];
  const errorFor = (name: string) => props.errors?.find((e) => e.field === name)?.message;
  return (
    <section data-testid="assessment">
      <h2>{props.form.heading}</h2>
      {props.form.note ? <p class="muted">{props.form.note}</p> : null}
      {groups.map((group) => (
        <fieldset>
          <legend>{group}</legend>
          {props.form.fields
            .filter((f) => f.group === group)
            .map((field) =>
              field.type === "check" ? (
                <label class="check">
                  <input type="checkbox" name={assessmentName(field.name)} value={field.value} checked={typed(field.name) ? typed(field.name)!.includes(field.value) : field.checked} /> {field.label}
                </label>
              ) : (
                <>
                  <label class="number">
                    <span>{field.label}</span>
                    <input type="number" name={assessmentName(field.name)} min={field.min} max={field.max} step={field.step} value={typed(field.name)?.[0] ?? String(field.value)} aria-invalid={errorFor(field.name) ? "true" : undefined} />
                  </label>
                  {errorFor(field.name) && <p class="field-error">{errorFor(field.name)}</p>}
                </>
              ),
            )}
        </fieldset>
      ))}
      {props.form.fields.some((f) => f.type === "check") && errorFor(props.form.fields.find((f) => f.type === "check")!.name) && <p class="field-error">{errorFor(props.form.fields.find((f) => f.type === "check")!.name)}</p>}
    </section>
  );
}
