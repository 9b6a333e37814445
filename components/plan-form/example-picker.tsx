import { EXAMPLE_BUSINESSES, type ExampleBusiness } from "./examples";

interface ExamplePickerProps {
  onPick: (example: ExampleBusiness) => void;
  /** The example last used, to say so in the status line. */
  picked: ExampleBusiness | null;
}

/** Buttons that fill the form with a realistic example to start from. */
export function ExamplePicker({ onPick, picked }: ExamplePickerProps) {
  return (
    <fieldset className="space-y-2" data-testid="examples">
      <legend className="text-base font-semibold">Start from an example</legend>
      <p id="examples-hint" className="field-hint">
        Fills every field below with a sample business; change anything before you write the plan.
      </p>
      <ul className="grid gap-2 sm:grid-cols-3">
        {EXAMPLE_BUSINESSES.map((example) => (
          <li key={example.id} className="flex">
            <button
              type="button"
              data-example={example.id}
              onClick={() => onPick(example)}
              className="btn-secondary h-auto w-full flex-col items-start text-left"
            >
              <span>{example.label}</span>
              <span className="text-sm font-normal muted">{example.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="text-sm" data-testid="example-status">
        {picked
          ? `Filled in the ${picked.label.toLowerCase()} example (${picked.values.businessName}). Edit it or write the plan.`
          : ""}
      </p>
    </fieldset>
  );
}
