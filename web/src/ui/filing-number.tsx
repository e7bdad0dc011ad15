/** @jsxImportSource hono/jsx/dom */

/** A filing number never breaks mid-number (BA-2026-WX-00001). */
export const FilingNumber = (props: { value: string; testId?: string }) => (
  <span class="mono filing-number" data-testid={props.testId}>
    {props.value}
  </span>
);

const FILING_NUMBER = /(BA-\d{4}-[A-Z]+-\d+)/;

/** A line of text whose filing numbers, wherever they appear in it, do not break either. */
export const TextWithFilingNumbers = (props: { text: string }) => (
  <>{props.text.split(FILING_NUMBER).map((part, i) => (i % 2 ? <FilingNumber value={part} /> : part))}</>
);
