import { TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { removeAt, replaceAt } from './list-edit';
import { RepeatedFields } from './repeated-fields';

/** Nơi nhận, line by line as printed. */
export function RecipientsEditor({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const recipients = draft.recipients;
  return (
    <RepeatedFields
      items={recipients}
      itemLabel={(index) => labels.recipient(index + 1)}
      renderItem={(recipient, index) => (
        <TextInput
          aria-label={labels.recipient(index + 1)}
          description={labels.recipientHint}
          value={recipient.text}
          // Retyped, the line may no longer name the unit it was linked to.
          onChange={(event) =>
            change({
              recipients: replaceAt(recipients, index, { unitId: null, text: event.currentTarget.value }),
            })
          }
          {...fields.of(`recipients.${index}.text`)}
        />
      )}
      onRemove={(index) => change({ recipients: removeAt(recipients, index) })}
      onAdd={() => change({ recipients: [...recipients, { unitId: null, text: '' }] })}
      addLabel={labels.addRecipient}
    />
  );
}
