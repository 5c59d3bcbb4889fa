import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { type SectionKind, sectionKinds } from '../../../../contract/plans/content';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { removeAt, replaceAt } from './list-edit';
import { RepeatedFields } from './repeated-fields';
import { RichTextEditor } from './rich-text-editor';

export function SectionsEditor({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const sections = draft.sections;
  type Section = (typeof sections)[number];
  const update = (index: number, section: Section, changes: Partial<Section>) =>
    change({ sections: replaceAt(sections, index, { ...section, ...changes }) });
  return (
    <RepeatedFields
      items={sections}
      itemLabel={(index) => labels.sectionBody(index + 1)}
      renderItem={(section, index) => (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={labels.sectionHeading(index + 1)}
              value={section.heading ?? ''}
              onChange={(event) => update(index, section, { heading: event.currentTarget.value || null })}
              {...fields.of(`sections.${index}.heading`)}
            />
            <Select
              label={labels.sectionKind(index + 1)}
              data={sectionKinds.map((kind) => ({ value: kind, label: plans.sectionKinds[kind] }))}
              value={section.kind}
              onChange={(kind) => update(index, section, { kind: (kind ?? 'other') as SectionKind })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <RichTextEditor
            label={labels.sectionBody(index + 1)}
            html={section.html}
            onChange={(html) => update(index, section, { html })}
          />
        </>
      )}
      onRemove={(index) => change({ sections: removeAt(sections, index) })}
      onAdd={() => change({ sections: [...sections, { kind: 'other', heading: null, html: '' }] })}
      addLabel={labels.addSection}
    />
  );
}
