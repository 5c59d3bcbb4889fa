import { Button, Group, Stack, Text } from '@mantine/core';
import { useId, useLayoutEffect, useRef } from 'react';
import { usePlanMessages } from '../use-plan-messages';
import classes from './rich-text-editor.module.css';

interface RichTextEditorProps {
  label: string;
  html: string;
  onChange: (html: string) => void;
}

type Command = 'heading' | 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/**
 * A light editor for the narrative sections: headings, bold, italic and lists, which is what the plans
 * use. The browser's own editing keeps it small; the server sanitises whatever it is sent.
 */
export function RichTextEditor({ label, html, onChange }: RichTextEditorProps) {
  const plans = usePlanMessages();
  const labels = plans.editor.richText;
  const labelId = useId();
  const editable = useRef<HTMLDivElement>(null);

  // The browser edits the content; it is only replaced when the text changed elsewhere (a part removed
  // above it, a newer version loaded), so typing never moves the cursor.
  useLayoutEffect(() => {
    if (editable.current && editable.current.innerHTML !== html) editable.current.innerHTML = html;
  }, [html]);

  const run = (command: Command) => {
    editable.current?.focus();
    if (command === 'heading') document.execCommand('formatBlock', false, 'h3');
    else document.execCommand(command);
    if (editable.current) onChange(editable.current.innerHTML);
  };

  const tools: { command: Command; label: string; text: string }[] = [
    { command: 'heading', label: labels.heading, text: 'H' },
    { command: 'bold', label: labels.bold, text: 'B' },
    { command: 'italic', label: labels.italic, text: 'I' },
    { command: 'insertUnorderedList', label: labels.bulletList, text: '•' },
    { command: 'insertOrderedList', label: labels.numberedList, text: '1.' },
  ];

  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        {label}
      </Text>
      <div>
        <Group gap={4} className={classes.toolbar} role="toolbar" aria-label={`${labels.toolbar}: ${label}`}>
          {tools.map((tool) => (
            <Button
              key={tool.command}
              size="compact-sm"
              variant="subtle"
              color="dark"
              aria-label={tool.label}
              title={tool.label}
              // Keep the selection in the text while the button is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(tool.command)}
              fw={tool.command === 'bold' ? 800 : 500}
              fs={tool.command === 'italic' ? 'italic' : undefined}
            >
              {tool.text}
            </Button>
          ))}
        </Group>
        {/* biome-ignore lint/a11y/useSemanticElements: a textarea cannot hold formatted text */}
        <div
          ref={editable}
          className={classes.editable}
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-labelledby={labelId}
          tabIndex={0}
          onInput={(event) => onChange(event.currentTarget.innerHTML)}
        />
      </div>
    </Stack>
  );
}
