'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { ActionResult } from '@/lib/schemas/action-result';
import { sendUntilNotBusy } from '@/components/operations/send-until-not-busy';

/**
 * Runs a lab Server Action. A refusal puts the server's field errors under the
 * fields of the form (when there is one); a success refreshes the page's data.
 */
export function useFormAction<Input, Output, Form extends FieldValues = FieldValues>(
  action: (input: Input) => Promise<ActionResult<Output>>,
  form?: UseFormReturn<Form>,
) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendUntilNotBusy<Input, Output>(action),
    onSuccess: async (result) => {
      if (!result.ok) {
        for (const [field, message] of Object.entries(result.error.fieldErrors)) {
          form?.setError(field as Path<Form>, { message });
        }
        return;
      }
      await queryClient.invalidateQueries();
      router.refresh();
    },
  });
}
