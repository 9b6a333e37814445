import { SubHeading, TextList } from "./bits";
import { obj } from "./partial";
import type { Assumptions } from "./plan-types";
import type { SectionProps } from "./section-props";

export function AssumptionsSection({ value }: SectionProps) {
  const data = obj<Assumptions>(value);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {data.assumptions !== undefined ? (
        <div>
          <SubHeading>What the plan assumes</SubHeading>
          <TextList value={data.assumptions} />
        </div>
      ) : null}
      {data.openQuestions !== undefined ? (
        <div>
          <SubHeading>Questions for you</SubHeading>
          <TextList value={data.openQuestions} />
        </div>
      ) : null}
    </div>
  );
}
