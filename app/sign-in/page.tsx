import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { identifyCaller } from '@/lib/access/caller';
import { safeReturnPath } from '@/lib/domain/access/return-path';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<{ returnTo?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { returnTo } = await searchParams;
  const target = safeReturnPath(Array.isArray(returnTo) ? returnTo[0] : returnTo);
  const caller = await identifyCaller(await headers());
  if (caller.ok) redirect(target);
  return <SignInForm returnTo={target} />;
}
