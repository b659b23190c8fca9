import { Link } from '@fluentui/react-components';
import { SUBJECT_LINK_TEXT, subjectHref } from '@/components/shell/vault-links';
import type { Reason } from '@/lib/domain/reprotect/reasons';

/** A link to the page where the reason's subject is shown (and, in the lab, fixed). */
export function SubjectLink({ reason, vaultName }: { reason: Reason; vaultName: string }) {
  if (!reason.subject) return null;
  return (
    <Link as="a" href={subjectHref(vaultName, reason.subject)} inline>
      {SUBJECT_LINK_TEXT[reason.subject.kind]}
    </Link>
  );
}

