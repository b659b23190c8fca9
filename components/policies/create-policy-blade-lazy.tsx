'use client';

import dynamic from 'next/dynamic';

// The blade and its form code load only when the blade is opened.
export const CreatePolicyBladeLazy = dynamic(() => import('./create-policy-blade').then((module) => module.CreatePolicyBlade), { ssr: false });
