import type { ReasonSubject } from '@/lib/domain/reprotect/reasons';
import { vaultPath } from './vault-sections';

/** Where the portal shows what a reason is about (and links on to the lab to fix it). */
export function subjectHref(vaultName: string, subject: ReasonSubject): string {
  const infrastructure = vaultPath(vaultName, 'infrastructure');
  switch (subject.kind) {
    case 'masterTarget':
      return `${infrastructure}/master-targets/${subject.id}`;
    case 'processServer':
      return `${infrastructure}/process-servers/${subject.id}`;
    case 'datastore':
      return `${infrastructure}/datastores/${subject.id}`;
    case 'connectivity':
      return `${infrastructure}/connectivity`;
    case 'configurationServer':
      return `${infrastructure}/configuration-servers`;
    case 'vcenter':
      return `${infrastructure}/vcenters`;
    case 'item':
      return `${vaultPath(vaultName, 'replicated-items')}/${subject.id}`;
    case 'recoveryPlan':
      return `${vaultPath(vaultName, 'recovery-plans')}/${subject.id}`;
    case 'job':
      return `${vaultPath(vaultName, 'jobs')}/${subject.id}`;
    case 'policy':
      return vaultPath(vaultName, 'policies');
  }
}

export const SUBJECT_LINK_TEXT: Record<ReasonSubject['kind'], string> = {
  masterTarget: 'View master target',
  processServer: 'View process server',
  datastore: 'View datastore',
  connectivity: 'View site connectivity',
  configurationServer: 'View configuration server',
  vcenter: 'View vCenter',
  item: 'Open replicated item',
  recoveryPlan: 'Open recovery plan',
  job: 'View job',
  policy: 'View policies',
};
