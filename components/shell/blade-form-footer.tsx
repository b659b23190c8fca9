'use client';

import { Button, DrawerFooter, Spinner } from '@fluentui/react-components';

interface BladeFormFooterProps {
  /** The id of the form the primary button submits. */
  formId: string;
  submitLabel: string;
  pending: boolean;
  /** Once done, the primary button stays off and Cancel becomes Close. */
  done?: boolean;
  onClose: () => void;
}

/** The footer of a blade that holds a form: its primary action, then Cancel (or Close once done). */
export function BladeFormFooter({ formId, submitLabel, pending, done = false, onClose }: BladeFormFooterProps) {
  return (
    <DrawerFooter>
      <Button appearance="primary" type="submit" form={formId} disabled={pending || done} icon={pending ? <Spinner size="tiny" /> : undefined}>
        {submitLabel}
      </Button>
      <Button appearance="subtle" onClick={onClose}>
        {done ? 'Close' : 'Cancel'}
      </Button>
    </DrawerFooter>
  );
}
