// Node.js resolve hook for code that runs outside Next.js but imports the portal's server
// modules (the browser tests' fixtures): `server-only` resolves as it does on a React server,
// to its empty module. Within Next.js the bundler decides, and refuses it in client code.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'server-only') return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
}
