/** Where the portal under test keeps its embedded database: the config starts it there, the fixtures seed into it. */
export const E2E_DATA_DIR = '.data/e2e';
