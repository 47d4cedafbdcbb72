import { useState } from 'react';
import type {
  ChangeEvent,
  InputHTMLAttributes,
  ReactNode,
  Ref,
  TextareaHTMLAttributes,
} from 'react';

interface Labelled {
  id: string;
  label: ReactNode;
  /** A note under the field (`{id}-hint`), which the field is described by. */
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
}

type Native<Attributes> = Omit<Attributes, 'id' | 'value' | 'onChange'>;

/** A label, its text (date, password …) input, and the hint that describes it. */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  ...input
}: Labelled & Native<InputHTMLAttributes<HTMLInputElement>> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Frame id={id} label={label} hint={hint}>
      <input {...control({ id, hint, value, onChange })} {...input} />
    </Frame>
  );
}

/** A label, its textarea, and the hint that describes it. */
export function TextAreaField({
  id,
  label,
  hint,
  value,
  onChange,
  ...textarea
}: Labelled & Native<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <Frame id={id} label={label} hint={hint}>
      <textarea {...control({ id, hint, value, onChange })} {...textarea} />
    </Frame>
  );
}

/** What input and textarea share: the id, the value, and the hint they are described by. */
function control({ id, hint, value, onChange }: Omit<Labelled, 'label'>) {
  return {
    id,
    value,
    onChange: (event: ChangeEvent<{ value: string }>) => onChange(event.target.value),
    'aria-describedby': hint === undefined ? undefined : `${id}-hint`,
  };
}

function Frame({
  id,
  label,
  hint,
  children,
}: Omit<Labelled, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="figure-note">
          {hint}
        </p>
      )}
    </>
  );
}

/**
 * The text values of a form, each bound to its field with `bind(name)`; `reset(...names)` empties
 * the named ones again (a password after use, a form after its record was created).
 * `field(name, label)` is `bind` with the field's label and an id made from the form's:
 * `<TextField {...field('title', t('rounds.title'))} required />` is `#round-title`.
 */
export function useFields<Values extends Record<string, string>>(initial: Values, form = 'field') {
  const [values, setValues] = useState(initial);
  const bind = <Name extends keyof Values>(name: Name) => ({
    value: values[name],
    onChange: (value: Values[Name]) => setValues((current) => ({ ...current, [name]: value })),
  });
  const field = <Name extends keyof Values & string>(name: Name, label: string) => ({
    id: `${form}-${name}`,
    label,
    ...bind(name),
  });
  const reset = (...names: (keyof Values)[]) =>
    setValues((current) => ({
      ...current,
      ...Object.fromEntries(names.map((name) => [name, initial[name]])),
    }));
  return { values, bind, field, reset };
}
