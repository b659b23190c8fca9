import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Architecture boundaries: domain rules stay pure, Prisma stays in lib/data and the job engine.
const prismaImports = {
  patterns: [
    { group: ['**/generated/prisma/**', '@prisma/*'], message: 'Prisma is reached only through lib/data.' },
    { group: ['**/lib/data/db', '@/lib/data/db'], message: 'Database access lives in lib/data.' },
  ],
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/data/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...prismaImports.patterns,
            { group: ['next', 'next/*', 'react', 'react-dom', '@/lib/data/*', '**/lib/data/*'], message: 'lib/domain holds pure rules only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/schemas/**', 'lib/queries/**'],
    rules: { 'no-restricted-imports': ['error', prismaImports] },
  },
];

export default config;
