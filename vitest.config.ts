import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Two workers match the two cores here.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
