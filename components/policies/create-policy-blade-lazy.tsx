'use client';

import dynamic from 'next/dynamic';

// The blades and their form code load only when a blade is opened.
export const CreatePolicyBladeLazy = dynamic(() => import('./create-policy-blade').then((module) => module.CreatePolicyBlade), { ssr: false });
export const EditPolicyBladeLazy = dynamic(() => import('./edit-policy-blade').then((module) => module.EditPolicyBlade), { ssr: false });
