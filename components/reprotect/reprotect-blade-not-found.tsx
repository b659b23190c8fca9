'use client';

import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle } from '@fluentui/react-components';
import { Notice } from '@/components/shell/notice';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useRouter } from 'next/navigation';

/** A blade link to an item that no longer exists (or belongs to another vault). */
export function ReprotectBladeNotFound({ closeHref }: { closeHref: string }) {
  const router = useRouter();
  const close = () => router.push(closeHref, { scroll: false });
  return (
    <BladeDrawer onClose={close}>
      <DrawerHeader>
        <DrawerHeaderTitle>Re-Protect</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <Notice intent="error" role={null}>
          This replicated item does not exist in this vault. It may have been removed.
        </Notice>
        <Button style={{ marginTop: 16 }} onClick={close}>
          Close
        </Button>
      </DrawerBody>
    </BladeDrawer>
  );
}
