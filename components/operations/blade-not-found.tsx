'use client';

import { Button, DrawerBody } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { Notice } from '@/components/shell/notice';
import { BladeHeader } from '@/components/shell/blade-header';

/** A blade link to an item (or plan) that no longer exists in this vault. */
export function BladeNotFound({ title, closeHref, what = 'replicated item' }: { title: string; closeHref: string; what?: string }) {
  const { open, close } = useBladeClose(closeHref);
  return (
    <BladeDrawer open={open} onClose={close} label={title}>
      <BladeHeader title={title} />
      <DrawerBody>
        <Notice intent="error">This {what} does not exist in this vault. It may have been removed.</Notice>
        <Button style={{ marginTop: 16 }} onClick={close}>
          Close
        </Button>
      </DrawerBody>
    </BladeDrawer>
  );
}
