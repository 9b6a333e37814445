import { Facts, Prose, SubHeading, Tag, TextList } from "./bits";
import { capitalize, items, obj, txt } from "./partial";
import type { Audience, Persona, Segment } from "./plan-types";
import type { SectionProps } from "./section-props";

export function AudienceSection({ value }: SectionProps) {
  const audience = obj<Audience>(value);
  const segments = items(audience.segments).map((s) => obj<Segment>(s));
  const target = obj<Audience["target"]>(audience.target);
  const personas = items(audience.personas).map((p) => obj<Persona>(p));
  return (
    <div className="space-y-2">
      {segments.length > 0 ? (
        <>
          <SubHeading>Segments</SubHeading>
          <ul className="space-y-3">
            {segments.map((segment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
              <li key={index}>
                <p className="font-semibold">
                  {txt(segment.name) ?? "…"} <Tag>{capitalize(txt(segment.priority))}</Tag>
                </p>
                <Prose value={segment.description} />
                <TextList label="Needs" value={segment.needs} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {audience.target !== undefined ? (
        <div className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3 dark:border-brand-300 dark:bg-slate-800/60">
          <p className="font-semibold">Chosen target: {txt(target.segment) ?? "…"}</p>
          <Prose value={target.rationale} />
        </div>
      ) : null}
      {personas.length > 0 ? (
        <>
          <SubHeading>Personas</SubHeading>
          <div className="grid gap-3 md:grid-cols-2">
            {personas.map((persona, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: streamed lists only grow at the end
              <article key={index} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
                <h4 className="font-semibold">{txt(persona.name) ?? "…"}</h4>
                {txt(persona.quote) ? (
                  <blockquote className="border-l-2 border-slate-300 pl-3 italic dark:border-slate-600">
                    “{txt(persona.quote)}”
                  </blockquote>
                ) : null}
                <Prose value={persona.summary} />
                <Facts rows={[["Profile", txt(persona.demographics)]]} />
                <TextList label="Goals" value={persona.goals} />
                <TextList label="Pain points" value={persona.painPoints} />
                <TextList label="Where to reach them" value={persona.channels} />
                <TextList label="Objections" value={persona.objections} />
              </article>
            ))}
          </div>
        </>
      ) : null}
    </div>
  );
}
