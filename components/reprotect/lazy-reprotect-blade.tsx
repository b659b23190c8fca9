'use client';

import dynamic from 'next/dynamic';

// The blade's drawer, form and rules load only when a blade is opened, so the page
// underneath ships without them.
export const LazyReprotectBlade = dynamic(() => import('./reprotect-blade').then((module) => module.ReprotectBlade));
