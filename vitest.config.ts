import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The tokenizer loads once per worker; two workers match the two cores here.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
