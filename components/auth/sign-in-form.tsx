'use client';

import { Button, makeStyles, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { TextField } from '@/components/lab/form-fields';
import { Notice } from '@/components/shell/notice';
import { signInAction } from '@/lib/actions/auth';
import { signInSchema, type SignInInput } from '@/lib/schemas/access';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
    padding: '16px',
  },
  card: {
    width: '100%',
    maxWidth: '440px',
    boxSizing: 'border-box',
    padding: '44px',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    display: 'grid',
    gap: '16px',
  },
  product: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground2, margin: 0 },
  title: { ...typographyStyles.title3, margin: 0 },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});

/** The portal's sign-in: email and password, with the server's answer (wrong, or slowed down) above the fields. */
export function SignInForm({ returnTo }: { returnTo: string }) {
  const styles = useStyles();
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const signIn = useMutation({
    mutationFn: (input: SignInInput) => signInAction(input, returnTo),
    onSuccess: (result) => {
      // A full load, so that every page and cache starts from the new session.
      if (result.ok) window.location.assign(result.data.returnTo);
      else form.setValue('password', '');
    },
  });
  const refusal = signIn.data && !signIn.data.ok ? signIn.data.error.message : null;
  const signingIn = signIn.isPending || signIn.data?.ok === true;
  return (
    <main className={styles.page}>
      <form className={styles.card} noValidate aria-labelledby="sign-in-title" onSubmit={form.handleSubmit((input) => signIn.mutate(input))}>
        <p className={styles.product}>Vault Portal</p>
        <h1 id="sign-in-title" className={styles.title}>
          Sign in
        </h1>
        {refusal ? (
          <Notice intent="error" title="You are not signed in">
            {refusal}
          </Notice>
        ) : null}
        {signIn.isError ? (
          <Notice intent="error" title="You are not signed in">
            The portal did not answer. Try again in a moment.
          </Notice>
        ) : null}
        <TextField control={form.control} name="email" label="Email address" type="email" autoComplete="username" required placeholder="someone@contoso.com" />
        <TextField control={form.control} name="password" label="Password" type="password" autoComplete="current-password" required />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={signingIn} icon={signingIn ? <Spinner size="tiny" /> : undefined}>
            Sign in
          </Button>
        </div>
      </form>
    </main>
  );
}
