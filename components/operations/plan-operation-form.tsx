'use client';

import { DrawerBody } from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { PlanSkippedMachines } from '@/components/recovery-plans/plan-skipped-machines';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import type { ActionResult } from '@/lib/schemas/action-result';
import type { PlanBladeData } from '@/lib/schemas/plan-operations';
import { OperationOutcome } from './operation-outcome';
import { RoleNotice } from './role-notice';

interface PlanOperationFormProps {
  /** "Failover", "Commit": the operation's name in the blade's messages. */
  operation: string;
  formId: string;
  /** What a role without the Operator's rights may do with the blade. */
  roleNotice: string;
  canSubmit: boolean;
  /** Why OK did nothing, once pressed while some machine is blocked. */
  notPossible: ReactNode;
  submit: {
    mutate(input: undefined): void;
    isPending: boolean;
    data?: ActionResult<{ jobId: string }>;
    error: Error | null;
  };
  /** From OK until the blade has gone. */
  settling: boolean;
  skipped: PlanBladeData<unknown>['skipped'];
  /** "failed over", "committed": what the skipped machines were not. */
  done: string;
  onClose(): void;
  children: ReactNode;
}

/** The form of a recovery plan's failover or commit blade: a row per machine, one OK for the plan. */
export function PlanOperationForm(props: PlanOperationFormProps) {
  const { operation, formId, submit, settling, onClose } = props;
  const [tried, setTried] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (props.canSubmit) submit.mutate(undefined);
  };
  return (
    <>
      <DrawerBody>
        <form id={formId} noValidate onSubmit={onSubmit} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}>
          <RoleNotice permission="items.failover" title={props.roleNotice} />
          {tried && !props.canSubmit && !submit.data ? (
            <Notice intent="error" title={`${operation} is not possible yet`}>
              {props.notPossible}
            </Notice>
          ) : null}
          <OperationOutcome operation={operation} result={submit.data} requestError={submit.error} />
          {props.children}
          <PlanSkippedMachines skipped={props.skipped} done={props.done} />
        </form>
      </DrawerBody>
      <BladeFormFooter permission="items.failover" formId={formId} submitLabel="OK" pending={submit.isPending} done={settling} onClose={onClose} />
    </>
  );
}
