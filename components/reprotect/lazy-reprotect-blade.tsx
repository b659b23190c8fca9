'use client';

import dynamic from 'next/dynamic';

// The blade's form, rules and Fluent drawer load only when a blade is opened, so the
// grid underneath ships without them.
export const LazyReprotectBlade = dynamic(() => import('./reprotect-blade').then((module) => module.ReprotectBlade));
