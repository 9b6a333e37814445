import { Prose, SubHeading, TextList } from "./bits";
import { obj, texts } from "./partial";
import type { Positioning } from "./plan-types";
import type { SectionProps } from "./section-props";

export function PositioningSection({ value }: SectionProps) {
  const positioning = obj<Positioning>(value);
  const voice = obj<Positioning["brandVoice"]>(positioning.brandVoice);
  const traits = texts(voice.traits);
  return (
    <div className="space-y-2">
      {positioning.statement !== undefined ? (
        <blockquote className="border-l-4 border-brand-600 pl-4 text-lg dark:border-brand-300">
          <Prose value={positioning.statement} />
        </blockquote>
      ) : null}
      {positioning.valueProposition !== undefined ? (
        <>
          <SubHeading>Value proposition</SubHeading>
          <Prose value={positioning.valueProposition} />
        </>
      ) : null}
      {positioning.keyMessages !== undefined ? (
        <>
          <SubHeading>Key messages</SubHeading>
          <TextList value={positioning.keyMessages} />
        </>
      ) : null}
      {positioning.brandVoice !== undefined ? (
        <>
          <SubHeading>Brand voice</SubHeading>
          {traits.length > 0 ? <p>{traits.join(" · ")}</p> : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <TextList label="Do" value={voice.do} />
            <TextList label="Don’t" value={voice.dont} />
          </div>
        </>
      ) : null}
    </div>
  );
}
