import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Architecture boundaries: domain rules stay pure, Prisma stays in lib/data and the job engine.
const prismaImports = {
  patterns: [
    { group: ['**/generated/prisma/**', '@prisma/*'], message: 'Prisma is reached only through lib/data.' },
    { group: ['**/lib/data/db', '@/lib/data/db'], message: 'Database access lives in lib/data.' },
  ],
};

// Components render what pages hand them: they reach the database, the job engine and the access
// checks through props and server actions only. A type may still be imported (it leaves no code),
// though the shapes the client renders belong in lib/schemas.
const serverLayers = [
  ['lib/data', 'take the data as props (its shapes live in lib/schemas); a server component that loads data belongs under app/'],
  ['lib/jobs', 'start and act on jobs through a server action of lib/actions'],
  ['lib/access', 'the server checks access; a component reads the role it was given (components/shell/vault-access)'],
].map(([layer, advice]) => ({
  group: [`**/${layer}`, `**/${layer}/**`],
  allowTypeImports: true,
  message: `components/ must not import ${layer} at run time: ${advice}.`,
}));

const localeFormatting = 'Format with lib/domain/display-format: the first use of Intl blocks a first visit (docs/first-paint.md).';

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
  {
    files: ['components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: serverLayers }] },
  },
  {
    // Code that runs in the browser formats numbers and times with lib/domain/display-format:
    // the first use of Intl blocks a first visit while the locale data loads (docs/first-paint.md).
    files: ['app/**', 'components/**', 'lib/domain/**', 'lib/schemas/**', 'lib/queries/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Intl', message: localeFormatting }],
      'no-restricted-properties': [
        'error',
        ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'].map((property) => ({ property, message: localeFormatting })),
      ],
    },
  },
];

export default config;
