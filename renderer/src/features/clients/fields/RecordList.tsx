import { Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FormScope } from '../../../components/formScope';
import { SmallButton } from '../../../components/SmallButton';

/** One record among several in a form: a group named "Address 2", its actions at the top right. */
export function RecordCard({ name, actions, muted = false, children }: { name: string; actions: ReactNode; muted?: boolean; children: ReactNode }) {
  return (
    <Paper withBorder p="md" role="group" aria-label={name} bg={muted ? 'gray.0' : undefined}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{name}</Text>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

export function RemoveRecordButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <SmallButton danger onClick={onClick}>
      Remove {name.toLowerCase()}
    </SmallButton>
  );
}

interface RecordListProps<T> {
  scope: FormScope<T[]>;
  /** One record's name, as a sentence starts it: "Other name" makes groups "Other name 1" and "Remove other name 1". */
  itemName: string;
  addLabel: string;
  blank: () => T;
  /** Shown when the list is empty. */
  emptyText?: string;
  /** Lists that must keep at least this many records hide Remove below it. */
  minimum?: number;
  children: (item: FormScope<T>, index: number) => ReactNode;
}

/** Rows the officer adds and removes (other names, addresses, offences…), each a named group of fields. */
export function RecordList<T>({ scope, itemName, addLabel, blank, emptyText, minimum = 0, children }: RecordListProps<T>) {
  const listError = scope.error();
  return (
    <Stack gap="sm">
      {scope.value.length === 0 && emptyText && <Text c="dimmed">{emptyText}</Text>}
      {scope.value.map((_, index) => {
        const name = `${itemName} ${index + 1}`;
        return (
          // Rows have no stable id: removing one shifts the rest, as Mantine's form list helpers do too.
          <RecordCard key={index} name={name} actions={scope.value.length > minimum && <RemoveRecordButton name={name} onClick={() => scope.remove(index)} />}>
            {children(scope.item(index), index)}
          </RecordCard>
        );
      })}
      {listError && <Input.Error role="alert">{listError}</Input.Error>}
      <Group>
        <Button variant="default" onClick={() => scope.append(blank())}>
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
