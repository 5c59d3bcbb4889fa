import { useRef, useState } from 'react';
import { PasswordField } from '../../components/password-field';

type PasswordFieldName = 'currentPassword' | 'newPassword' | 'confirmPassword';
export type PasswordErrors<F extends PasswordFieldName> = Partial<Record<F, string>>;

const emptyOf = <F extends PasswordFieldName>(fields: readonly F[]) =>
  Object.fromEntries(fields.map((field) => [field, ''])) as Record<F, string>;

/**
 * The password fields of a form that sets a new password: what is typed in each, each one's error, and
 * the first field in error focused when errors are shown.
 */
export function usePasswordFields<F extends PasswordFieldName>(fields: readonly F[]) {
  const [values, setValues] = useState(() => emptyOf(fields));
  const [errors, setErrors] = useState<PasswordErrors<F>>({});
  const inputs = useRef(new Map<F, HTMLInputElement | null>());
  const focus = (field: F) => inputs.current.get(field)?.focus();

  const showErrors = (found: PasswordErrors<F>) => {
    setErrors(found);
    const first = fields.find((field) => found[field]);
    if (first) focus(first);
  };

  const input = (field: F, label: string, more: { description?: string; describedBy?: string } = {}) => (
    <PasswordField
      ref={(element) => {
        inputs.current.set(field, element);
      }}
      label={label}
      description={more.description}
      aria-describedby={more.describedBy}
      name={field}
      autoComplete={field === 'currentPassword' ? 'current-password' : 'new-password'}
      required
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={errors[field]}
    />
  );

  return { values, showErrors, input, focus, clear: () => setValues(emptyOf(fields)) };
}
